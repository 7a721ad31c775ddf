#include "http_client/http_sync_transport.h"

#include "http_client/request_headers.h"
#include "http_client/server_answer.h"

namespace fv {

HttpSyncTransport::HttpSyncTransport(const std::string& baseUrl, std::string appVersion, std::string token,
                                     HttpClientOptions options)
    : m_client(baseUrl, options), m_appVersion(std::move(appVersion)), m_token(std::move(token))
{
}

PushResponse HttpSyncTransport::push(const PushRequest& request)
{
    auto headers = this->headers();
    headers["Content-Type"] = "application/json";
    const auto response = m_client.request("POST", "/v1/sync/push", encode(request).dump(), headers);
    return pushResponseFromJson(jsonAnswer(response));
}

PullResponse HttpSyncTransport::pull(std::int64_t cursor, int limit)
{
    const auto target = "/v1/sync/pull?cursor=" + std::to_string(cursor) + "&limit=" + std::to_string(limit);
    const auto response = m_client.request("GET", target, {}, headers());
    return pullResponseFromJson(jsonAnswer(response));
}

std::vector<SettledConflict> HttpSyncTransport::settledConflicts(const std::vector<std::int64_t>& ids)
{
    const auto response = m_client.request("GET", settledConflictsTarget(ids), {}, headers());
    return settledConflictsFromJson(jsonAnswer(response));
}

HttpHeaders HttpSyncTransport::headers() const { return fieldVisitHeaders(m_appVersion, m_token); }

} // namespace fv
