#include "http/http_error.h"

#include "http/error_codes.h"
#include "http/json_response.h"
#include "util/error.h"

#include <nlohmann/json.hpp>

namespace fv::server {

HttpError::HttpError(Status status, std::string_view code, const std::string& message, std::optional<std::string> field)
    : std::runtime_error(message), m_status(status), m_code(code), m_field(std::move(field))
{
}

HttpError HttpError::fromDomain(const fv::Error& error)
{
    std::optional<std::string> field;
    if (!error.field().empty()) field = error.field();
    switch (error.domain()) {
    case ErrorDomain::Validation:
        return HttpError(Status::UnprocessableContent, error.code(), error.what(), std::move(field));
    case ErrorDomain::Protocol:
        return HttpError(Status::BadRequest, error.code(), error.what(), std::move(field));
    // An unreachable peer (Network) is the server's problem, like Store and Internal: the
    // client can do nothing about it.
    case ErrorDomain::Store:
    case ErrorDomain::Network:
    case ErrorDomain::Internal:
        break;
    }
    return HttpError(Status::InternalServerError, error_codes::internalError, "internal server error");
}

HttpError& HttpError::withHeader(std::string name, std::string value)
{
    m_headers.insert_or_assign(std::move(name), std::move(value));
    return *this;
}

Response HttpError::toResponse() const
{
    nlohmann::ordered_json body = {{"code", m_code}, {"message", message()}, {"field", nullptr}};
    if (m_field) body["field"] = *m_field;
    Response response = jsonResponse(m_status, body);
    for (const auto& [name, value] : m_headers) response.headers.insert_or_assign(name, value);
    return response;
}

} // namespace fv::server
