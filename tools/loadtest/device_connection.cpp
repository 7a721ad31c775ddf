#include "device_connection.h"

#include "http_client/login.h"
#include "http_client/server_answer.h"
#include "sync/protocol.h"

namespace fv::loadtest {
namespace {

// Each result carries its own "status"; a visit's fields say "status":"completed", never this.
constexpr std::string_view kApplied = R"("status":"applied")";

int countApplied(const std::string& body)
{
    int count = 0;
    for (auto at = body.find(kApplied); at != std::string::npos; at = body.find(kApplied, at + kApplied.size()))
        ++count;
    return count;
}

} // namespace

DeviceConnection::DeviceConnection(const std::string& url) : m_client(url) {}

void DeviceConnection::login(const std::string& userId, const std::string& password)
{
    m_token = fv::login(m_client, userId, password).token;
}

int DeviceConnection::push(const std::string& body)
{
    auto headers = syncHeaders();
    headers["Content-Type"] = "application/json";
    const auto response = m_client.request("POST", "/v1/sync/push", body, headers);
    if (!response.isSuccess()) throw serverError(response);
    return countApplied(response.body);
}

std::size_t DeviceConnection::pull(std::int64_t cursor, int limit)
{
    const auto target = "/v1/sync/pull?cursor=" + std::to_string(cursor) + "&limit=" + std::to_string(limit);
    const auto response = m_client.request("GET", target, {}, syncHeaders());
    if (!response.isSuccess()) throw serverError(response);
    return response.body.size();
}

HttpHeaders DeviceConnection::syncHeaders() const
{
    return {{"X-FieldVisit-App", kAppVersion},
            {"X-FieldVisit-Protocol", std::to_string(kProtocolVersion)},
            {"Authorization", "Bearer " + m_token},
            {"Accept", "application/json"}};
}

} // namespace fv::loadtest
