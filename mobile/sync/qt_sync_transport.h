#pragma once

#include "net/server_connection.h"
#include "sync/sync_transport.h"

// The sync protocol (server/PROTOCOL.md) over Qt's network stack: what the
// app hands to SyncEngine. Each call blocks (net/server_connection.h), so it
// belongs on a worker thread, never the UI's. Errors are those SyncTransport
// promises, with the server's own words (net/server_answer.h); calls never retry.
class QtSyncTransport final : public fv::SyncTransport {
public:
    // `baseUrl` as serverBaseUrl() makes it; `token` from sign-in; `appVersion`
    // is sent as X-FieldVisit-App.
    QtSyncTransport(QUrl baseUrl, QString appVersion, QString token, fv::app::ReplyLimits limits = {});
    ~QtSyncTransport() override;

    fv::PushResponse push(const fv::PushRequest& request) override;
    fv::PullResponse pull(std::int64_t cursor, int limit) override;
    std::vector<fv::SettledConflict> settledConflicts(const std::vector<std::int64_t>& ids) override;

    // After signing in again (a session that ended answers 401 "unauthorized").
    void setToken(QString token) { m_connection.setToken(std::move(token)); }

private:
    fv::Json exchange(const QNetworkRequest& request, const QByteArray& verb, const QByteArray& body);

    fv::app::ServerConnection m_connection;
};
