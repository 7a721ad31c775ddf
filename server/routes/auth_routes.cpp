#include "routes/auth_routes.h"

#include "domain/field.h"
#include "http/http_error.h"
#include "http/json_response.h"
#include "routes/request_context.h"
#include "storage/account_store.h"

namespace fv::server {
namespace {

struct LoginRequest {
    std::string userId;
    std::string password;

    static constexpr auto fields()
    {
        return std::tuple{field("userId", &LoginRequest::userId), field("password", &LoginRequest::password)};
    }
};

Response login(AccountStore& accounts, const Request& request)
{
    const auto credentials = decodeBody<LoginRequest>(request);
    const auto session = accounts.login(credentials.userId, credentials.password);
    // One answer for a wrong user and a wrong password: no hint which it was.
    if (!session) throw HttpError(Status::Unauthorized, "invalid_credentials", "wrong user name or password");
    return jsonResponse(
        Status::Ok,
        Json{{"token", session->token},
             {"expiresAt", session->expiresAt.toString()},
             {"user", {{"id", session->user.id}, {"name", session->user.name}, {"role", fv::toString(session->user.role)}}},
             {"projectIds", session->projectIds}});
}

} // namespace

Route loginRoute(AccountStore& accounts)
{
    return {.method = Method::Post,
            .pattern = "/v1/auth/login",
            .handler = [&accounts](const Request& request, const PathParams&) { return login(accounts, request); }};
}

} // namespace fv::server
