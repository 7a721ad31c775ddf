#pragma once

namespace fv::server {

// HTTP status codes the server uses. The underlying value is the wire number, so a code that
// is missing here can still be sent as `static_cast<Status>(n)`.
enum class Status : unsigned {
    Ok = 200,
    Created = 201,
    NoContent = 204,
    BadRequest = 400,
    Unauthorized = 401,
    Forbidden = 403,
    NotFound = 404,
    MethodNotAllowed = 405,
    RequestTimeout = 408,
    Conflict = 409,
    PayloadTooLarge = 413,
    UnprocessableContent = 422,
    RequestHeaderFieldsTooLarge = 431,
    InternalServerError = 500,
    ServiceUnavailable = 503,
};

constexpr unsigned toNumber(Status status) { return static_cast<unsigned>(status); }

} // namespace fv::server
