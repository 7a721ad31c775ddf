#pragma once

#include "net/reply_guard.h"
#include "sync/sync_transport.h"

#include <QString>
#include <QUrl>
#include <memory>

class QByteArray;
class QNetworkAccessManager;
class QNetworkRequest;
class QThread;

// The sync protocol (server/PROTOCOL.md) over Qt's network stack: what the
// app hands to SyncEngine. Each call blocks, waiting in a local event loop
// bounded by `limits`, so it belongs on a worker thread, never the UI's.
//
// Qt's network objects belong to one thread: the network access manager is
// made in the thread of the first call, and a call from another thread is
// refused (Internal/"wrong_thread"). Errors are those SyncTransport promises,
// with the server's own words (net/server_answer.h); calls never retry.
class QtSyncTransport final : public fv::SyncTransport {
public:
    // `baseUrl` as serverBaseUrl() makes it; `token` from sign-in; `appVersion`
    // is sent as X-FieldVisit-App.
    QtSyncTransport(QUrl baseUrl, QString appVersion, QString token, fv::app::ReplyLimits limits = {});
    ~QtSyncTransport() override;

    fv::PushResponse push(const fv::PushRequest& request) override;
    fv::PullResponse pull(std::int64_t cursor, int limit) override;

    // After signing in again (a session that ended answers 401 "unauthorized").
    void setToken(QString token) { m_token = std::move(token); }

private:
    QNetworkRequest request(const QString& pathAndQuery) const;
    fv::Json exchange(const QNetworkRequest& request, const QByteArray& verb, const QByteArray& body);
    QNetworkAccessManager& network();

    QUrl m_baseUrl;
    QString m_appVersion;
    QString m_token;
    fv::app::ReplyLimits m_limits;
    QThread* m_thread = nullptr;
    std::unique_ptr<QNetworkAccessManager> m_network;
};
