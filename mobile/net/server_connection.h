#pragma once

#include "net/reply_guard.h"

#include <QString>
#include <QUrl>
#include <memory>

class QByteArray;
class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;
class QThread;

namespace fv::app {

// A reply that has finished; deleted later, as the network stack may still hold queued events for it.
using FinishedReply = std::unique_ptr<QNetworkReply, void (*)(QNetworkReply*)>;

// What the sync and blob transports share: requests to one server that carry
// what every sync request carries (PROTOCOL.md: the token, the app and
// protocol versions), each sent and waited for in a local event loop bounded
// by `limits`. It blocks, so it belongs on a worker thread, never the UI's.
//
// Qt's network objects belong to one thread: the network access manager is
// made in the thread of the first request, and a request from another thread
// is refused (Internal/"wrong_thread"). Nothing here retries.
class ServerConnection {
public:
    // `baseUrl` as serverBaseUrl() makes it; `token` from sign-in; `appVersion`
    // is sent as X-FieldVisit-App.
    ServerConnection(QUrl baseUrl, QString appVersion, QString token, ReplyLimits limits);
    ~ServerConnection();

    QNetworkRequest request(const QString& pathAndQuery) const;
    // Sends `request` with `verb` (GET, HEAD, POST or PUT) and returns once the reply has finished.
    // The wait also ends when the thread is asked to quit (the app is closing): the request is
    // then abandoned and its reply reports a cancellation.
    FinishedReply send(const QNetworkRequest& request, const QByteArray& verb, const QByteArray& body = {});

    const ReplyLimits& limits() const { return m_limits; }
    // After signing in again (a session that ended answers 401 "unauthorized").
    void setToken(QString token) { m_token = std::move(token); }

private:
    QNetworkAccessManager& network();

    QUrl m_baseUrl;
    QString m_appVersion;
    QString m_token;
    ReplyLimits m_limits;
    QThread* m_thread = nullptr;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

} // namespace fv::app
