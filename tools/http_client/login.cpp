#include "http_client/login.h"

#include "http_client/http_client.h"
#include "http_client/server_answer.h"

namespace fv {
namespace {

[[noreturn]] void malformed(const std::string& what)
{
    throw Error(ErrorDomain::Protocol, "malformed_answer", "the server's login answer is malformed: " + what);
}

// Reads one member, ignoring members it does not know: a newer server may add some.
template <class T>
T read(const Json& json, const std::string& path)
{
    const auto key = path.substr(path.rfind('.') + 1);
    if (!json.is_object() || !json.contains(key)) malformed("missing " + path);
    auto decoded = decode<T>(json.at(key), path);
    if (!decoded.ok()) malformed(decoded.problems.front().path + " " + decoded.problems.front().message);
    return std::move(*decoded.value);
}

LoginResult loginResultFromJson(const Json& json)
{
    LoginResult result;
    result.token = read<std::string>(json, "token");
    result.expiresAt = read<Timestamp>(json, "expiresAt");
    const auto user = read<Json>(json, "user");
    result.user.id = read<std::string>(user, "user.id");
    result.user.name = read<std::string>(user, "user.name");
    result.user.role = read<std::string>(user, "user.role");
    result.projectIds = read<std::vector<std::string>>(json, "projectIds");
    if (result.token.empty()) malformed("token is empty");
    return result;
}

} // namespace

LoginResult login(HttpClient& client, const std::string& userId, const std::string& password)
{
    const Json body = {{"userId", userId}, {"password", password}};
    const auto response = client.request("POST", "/v1/auth/login", body.dump(),
                                         {{"Content-Type", "application/json"}, {"Accept", "application/json"}});
    return loginResultFromJson(jsonAnswer(response));
}

} // namespace fv
