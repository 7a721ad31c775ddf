#pragma once

#include "util/time.h"

#include <string>
#include <vector>

namespace fv {

class HttpClient;

// The signed-in user as the server describes them.
struct LoginUser {
    std::string id;   // the login name
    std::string name; // for people
    std::string role; // field_staff, project_lead, back_office or admin
};

// What POST /v1/auth/login answers: a bearer token for HttpSyncTransport and who it is for.
struct LoginResult {
    std::string token;
    Timestamp expiresAt;
    LoginUser user;
    std::vector<std::string> projectIds;
};

// Signs in. A wrong user or password throws Protocol/"invalid_credentials" (the server's
// answer); otherwise the errors are HttpClient's and serverError's.
LoginResult login(HttpClient& client, const std::string& userId, const std::string& password);

} // namespace fv
