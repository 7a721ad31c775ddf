#include "http_client/request_headers.h"

#include "sync/protocol.h"

namespace fv {

HttpHeaders fieldVisitHeaders(const std::string& appVersion, const std::string& token)
{
    return {{"X-FieldVisit-App", appVersion},
            {"X-FieldVisit-Protocol", std::to_string(kProtocolVersion)},
            {"Authorization", "Bearer " + token},
            {"Accept", "application/json"}};
}

} // namespace fv
