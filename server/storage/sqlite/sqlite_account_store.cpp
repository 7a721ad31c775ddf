#include "storage/sqlite/sqlite_account_store.h"

#include "auth/password_hash.h"
#include "db/server_database.h"
#include "storage/sqlite/project_members.h"
#include "store/stored_value.h"
#include "util/error.h"

namespace fv::server {
namespace {

constexpr std::size_t kMinPasswordLength = 8;

void checkPassword(const std::string& password)
{
    if (password.size() < kMinPasswordLength)
        throw ValidationError(Problems{{"password", "must be at least " + std::to_string(kMinPasswordLength) + " characters"}});
}

std::optional<std::pair<User, std::string>> findUser(sqlite::Database& db, const std::string& userId)
{
    // Cached: every authenticated request looks its user up.
    auto statement = db.cached("SELECT id, name, role, password_hash FROM users WHERE id = ?");
    statement->bindAll(userId);
    if (!statement->step()) return std::nullopt;
    return std::pair{
        User{statement->columnText(0), statement->columnText(1), storedEnum<Role>(statement->columnText(2))},
        statement->columnText(3)};
}

} // namespace

void SqliteAccountStore::createUser(const User& user, const std::string& password)
{
    if (user.id.empty() || user.id.find_first_of(" \t\r\n/") != std::string::npos)
        throw ValidationError(Problems{{"id", "must be a login name without spaces or slashes"}});
    checkPassword(password);
    const std::string hash = hashPassword(password); // slow on purpose: outside the lock
    m_database.locked([&](sqlite::Database& db) {
        if (findUser(db, user.id))
            throw Error(ErrorDomain::Validation, "user_exists", "user " + user.id + " already exists", "id");
        db.prepare("INSERT INTO users (id, name, role, password_hash, created_at) VALUES (?, ?, ?, ?, ?)")
            .bindAll(user.id, user.name, fv::toString(user.role), hash, Timestamp::now().toString())
            .run();
    });
}

void SqliteAccountStore::setPassword(const std::string& userId, const std::string& password)
{
    checkPassword(password);
    const std::string hash = hashPassword(password);
    m_database.locked([&](sqlite::Database& db) {
        sqlite::Transaction transaction(db);
        db.prepare("UPDATE users SET password_hash = ? WHERE id = ?").bindAll(hash, userId).run();
        if (db.changes() == 0) throw Error(ErrorDomain::Store, "not_found", "no user " + userId, "id");
        // A reset password ends every session that used the old one.
        db.prepare("DELETE FROM sessions WHERE user_id = ?").bindAll(userId).run();
        transaction.commit();
    });
}

void SqliteAccountStore::assignProject(const std::string& userId, const std::string& projectId)
{
    m_database.locked([&](sqlite::Database& db) {
        sqlite::Transaction transaction(db);
        if (!findUser(db, userId)) throw Error(ErrorDomain::Store, "not_found", "no user " + userId, "id");
        db.prepare("INSERT OR IGNORE INTO project_members (user_id, project_id) VALUES (?, ?)")
            .bindAll(userId, projectId)
            .run();
        // A device pulls by change sequence; re-stamping the project's records
        // makes the newly assigned user's next pull bring them, history included.
        db.prepare(
              "UPDATE records SET change_seq = change_seq + (SELECT max(change_seq) FROM records) "
              "WHERE project_id = ? OR id = (SELECT json_extract(fields, '$.customerId') FROM records WHERE id = ?)")
            .bindAll(projectId, projectId)
            .run();
        transaction.commit();
    });
}

std::optional<Session> SqliteAccountStore::login(const std::string& userId, const std::string& password)
{
    const auto found = m_database.locked([&](sqlite::Database& db) { return findUser(db, userId); });
    if (!found || !verifyPassword(found->second, password)) return std::nullopt;
    Session session{newToken(),
                    Timestamp{Timestamp::now().msSinceEpoch +
                              std::chrono::duration_cast<std::chrono::milliseconds>(kSessionLifetime).count()},
                    found->first,
                    {}};
    m_database.locked([&](sqlite::Database& db) {
        db.prepare("INSERT INTO sessions (token_digest, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)")
            .bindAll(tokenDigest(session.token), userId, Timestamp::now().toString(), session.expiresAt.toString())
            .run();
        const auto projects = assignedProjects(db, userId);
        session.projectIds.assign(projects.begin(), projects.end());
    });
    return session;
}

std::optional<User> SqliteAccountStore::userForToken(const std::string& token)
{
    return m_database.locked([&](sqlite::Database& db) -> std::optional<User> {
        auto statement = db.cached("SELECT user_id FROM sessions WHERE token_digest = ? AND expires_at > ?");
        statement->bindAll(tokenDigest(token), Timestamp::now().toString());
        if (!statement->step()) return std::nullopt;
        const auto found = findUser(db, statement->columnText(0));
        return found ? std::optional(found->first) : std::nullopt;
    });
}

std::vector<std::string> SqliteAccountStore::projectsOf(const std::string& userId)
{
    return m_database.locked([&](sqlite::Database& db) {
        const auto projects = assignedProjects(db, userId);
        return std::vector<std::string>(projects.begin(), projects.end());
    });
}

} // namespace fv::server
