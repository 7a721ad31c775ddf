#pragma once

#include "net/reply_guard.h"
#include "settings/app_settings.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

// POST /v1/auth/login, asynchronously on the UI thread. One request at a
// time; starting another abandons the first. Bounded like every request
// (net/reply_guard.h), so a sign-in never spins for ever.
class LoginRequest : public QObject {
    Q_OBJECT

public:
    LoginRequest(QNetworkAccessManager& network, fv::app::ReplyLimits limits, QObject* parent = nullptr);
    ~LoginRequest() override;

    void start(const QUrl& baseUrl, const QString& userId, const QString& password);
    void abort();
    bool isRunning() const { return !m_reply.isNull(); }

signals:
    void succeeded(const SignedInUser& user);
    // `code` as the server or the network gave it (net/server_answer.h), `message` its words.
    void failed(const QString& code, const QString& message);

private:
    void finish();

    QNetworkAccessManager& m_network;
    fv::app::ReplyLimits m_limits;
    QPointer<QNetworkReply> m_reply;
    QUrl m_baseUrl;
};
