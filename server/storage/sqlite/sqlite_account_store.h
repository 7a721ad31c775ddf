#pragma once

#include "storage/account_store.h"

#include <chrono>

namespace fv::server {

class ServerDatabase;

class SqliteAccountStore : public AccountStore {
public:
    // Sessions last a month: field staff may be offline for weeks and must
    // not find themselves locked out of syncing the work they did meanwhile.
    static constexpr std::chrono::hours kSessionLifetime{24 * 30};

    explicit SqliteAccountStore(ServerDatabase& database) : m_database(database) {}

    void createUser(const User& user, const std::string& password) override;
    void setPassword(const std::string& userId, const std::string& password) override;
    void assignProject(const std::string& userId, const std::string& projectId) override;
    std::optional<Session> login(const std::string& userId, const std::string& password) override;
    std::optional<User> userForToken(const std::string& token) override;
    std::vector<std::string> projectsOf(const std::string& userId) override;

private:
    ServerDatabase& m_database;
};

} // namespace fv::server
