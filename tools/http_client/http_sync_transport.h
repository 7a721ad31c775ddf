#pragma once

#include "http_client/http_client.h"
#include "sync/sync_transport.h"

#include <string>

namespace fv {

// The sync protocol (server/PROTOCOL.md) over HttpClient: what the load tool and end-to-end
// tests hand to SyncEngine. Owns one HttpClient, so one keep-alive connection.
//
// Errors are those SyncTransport promises: Network from the client; Protocol with the
// server's own code, message and field for an HTTP error; Protocol/"malformed_answer" for an
// answer that does not decode.
class HttpSyncTransport final : public SyncTransport {
public:
    // `token` comes from login(); `appVersion` is sent as X-FieldVisit-App.
    HttpSyncTransport(const std::string& baseUrl, std::string appVersion, std::string token,
                      HttpClientOptions options = {});

    PushResponse push(const PushRequest& request) override;
    PullResponse pull(std::int64_t cursor, int limit) override;
    std::vector<SettledConflict> settledConflicts(const std::vector<std::int64_t>& ids) override;

    // After signing in again (the server answers 401 "unauthorized" once a session ends).
    void setToken(std::string token) { m_token = std::move(token); }

private:
    HttpHeaders headers() const;

    HttpClient m_client;
    std::string m_appVersion;
    std::string m_token;
};

} // namespace fv
