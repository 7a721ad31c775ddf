#include "http/json_response.h"

#include <nlohmann/json.hpp>

namespace fv::server {

namespace {

template <class Json> Response makeJsonResponse(Status status, const Json& body)
{
    return jsonTextResponse(status, body.dump(-1, ' ', false, Json::error_handler_t::replace));
}

} // namespace

Response jsonResponse(Status status, const nlohmann::json& body) { return makeJsonResponse(status, body); }

Response jsonResponse(Status status, const nlohmann::ordered_json& body) { return makeJsonResponse(status, body); }

Response jsonTextResponse(Status status, std::string jsonText)
{
    Response response;
    response.status = status;
    response.headers.emplace("Content-Type", "application/json");
    response.body = std::move(jsonText);
    return response;
}

} // namespace fv::server
