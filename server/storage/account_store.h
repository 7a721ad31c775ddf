#pragma once

#include "auth/user.h"
#include "util/time.h"

#include <optional>
#include <string>
#include <vector>

namespace fv::server {

struct Session {
    std::string token;
    Timestamp expiresAt;
    User user;
    std::vector<std::string> projectIds;
};

// Users, their project assignments and their sessions. An interface so the
// PostgreSQL backend can implement it beside SQLite.
class AccountStore {
public:
    virtual ~AccountStore() = default;

    // Throws fv::Error (Validation, code "user_exists") when the id is taken.
    virtual void createUser(const User& user, const std::string& password) = 0;
    // Throws fv::Error (Store, "not_found") for an unknown user.
    virtual void setPassword(const std::string& userId, const std::string& password) = 0;
    virtual void assignProject(const std::string& userId, const std::string& projectId) = 0;

    // A new session for valid credentials; nullopt otherwise (no hint which part was wrong).
    virtual std::optional<Session> login(const std::string& userId, const std::string& password) = 0;
    // The user behind an unexpired token.
    virtual std::optional<User> userForToken(const std::string& token) = 0;
    virtual std::vector<std::string> projectsOf(const std::string& userId) = 0;
};

} // namespace fv::server
