#pragma once

#include "http_client/http_client.h"

#include <cstdint>
#include <string>

namespace fv::loadtest {

// One simulated device's kept-alive connection, sending bodies encoded ahead of time. The load
// tool shares the server's two cores, so the timed loops do as little client work as an honest
// check allows: the status, and for pushes the count of "applied" answers.
class DeviceConnection {
public:
    explicit DeviceConnection(const std::string& url);

    // Signs in (POST /v1/auth/login) and keeps the token for the sync requests.
    void login(const std::string& userId, const std::string& password);
    const std::string& token() const { return m_token; }

    // POSTs a push body; returns how many mutations the server answered "applied". Throws
    // fv::Error for a transfer failure or an HTTP error.
    int push(const std::string& body);
    // GETs one pull page; returns the size of the answer in bytes.
    std::size_t pull(std::int64_t cursor, int limit);

private:
    HttpHeaders syncHeaders() const;

    HttpClient m_client;
    std::string m_token;
};

// The X-FieldVisit-App every request of the tool sends.
inline constexpr const char* kAppVersion = "0.1.0";

} // namespace fv::loadtest
