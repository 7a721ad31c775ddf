#include "http_client/server_answer.h"

namespace fv {
namespace {

std::optional<Json> parseJson(const std::string& text)
{
    // Without exceptions: a body that is not JSON is an expected case here, not an error.
    auto json = Json::parse(text, nullptr, false);
    if (json.is_discarded()) return std::nullopt;
    return json;
}

bool isText(const Json& json, const char* key)
{
    const auto it = json.find(key);
    return it != json.end() && it->is_string();
}

} // namespace

Json jsonAnswer(const HttpResponse& response)
{
    if (!response.isSuccess()) throw serverError(response);
    auto json = parseJson(response.body);
    if (!json)
        throw Error(ErrorDomain::Protocol, "malformed_answer", "the server's answer is malformed: it is not JSON");
    return std::move(*json);
}

Error serverError(const HttpResponse& response)
{
    const auto json = parseJson(response.body);
    if (json && json->is_object() && isText(*json, "code") && isText(*json, "message")) {
        const std::string field = isText(*json, "field") ? json->at("field").get<std::string>() : "";
        return Error(ErrorDomain::Protocol, json->at("code").get<std::string>(), json->at("message").get<std::string>(),
                     field);
    }
    const auto status = std::to_string(response.status);
    return Error(ErrorDomain::Protocol, "http_" + status,
                 "the server answered HTTP " + status + " without a FieldVisit error body");
}

} // namespace fv
