#include "store/sqlite/database.h"

#include "util/error.h"

#include <sqlite3.h>

namespace fv::sqlite {
namespace {

[[noreturn]] void throwSqlite(sqlite3* db, int code, std::string_view context)
{
    const std::string detail = db ? sqlite3_errmsg(db) : sqlite3_errstr(code);
    const std::string errorCode = (code & 0xFF) == SQLITE_CONSTRAINT ? "constraint_failed"
                                  : (code & 0xFF) == SQLITE_BUSY     ? "database_busy"
                                                                     : "sqlite_error";
    throw Error(ErrorDomain::Store, errorCode, std::string(context) + ": " + detail);
}

} // namespace

Statement::Statement(sqlite3* db, std::string_view sql) : m_db(db)
{
    const int rc = sqlite3_prepare_v2(db, sql.data(), int(sql.size()), &m_stmt, nullptr);
    if (rc != SQLITE_OK) throwSqlite(db, rc, "cannot prepare statement");
}

Statement::~Statement() { sqlite3_finalize(m_stmt); }

Statement::Statement(Statement&& other) noexcept : m_db(other.m_db), m_stmt(other.m_stmt) { other.m_stmt = nullptr; }

void Statement::fail(int code) const { throwSqlite(m_db, code, "statement failed"); }

Statement& Statement::bind(int index, std::int64_t value)
{
    if (const int rc = sqlite3_bind_int64(m_stmt, index, value); rc != SQLITE_OK) fail(rc);
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    if (const int rc = sqlite3_bind_double(m_stmt, index, value); rc != SQLITE_OK) fail(rc);
    return *this;
}

Statement& Statement::bind(int index, std::string_view text)
{
    if (const int rc = sqlite3_bind_text(m_stmt, index, text.data(), int(text.size()), SQLITE_TRANSIENT);
        rc != SQLITE_OK)
        fail(rc);
    return *this;
}

Statement& Statement::bind(int index, std::nullptr_t)
{
    if (const int rc = sqlite3_bind_null(m_stmt, index); rc != SQLITE_OK) fail(rc);
    return *this;
}

Statement& Statement::bindBlob(int index, std::string_view bytes)
{
    if (const int rc = sqlite3_bind_blob(m_stmt, index, bytes.data(), int(bytes.size()), SQLITE_TRANSIENT);
        rc != SQLITE_OK)
        fail(rc);
    return *this;
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    fail(rc);
}

void Statement::run()
{
    while (step()) {
    }
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

bool Statement::isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }

std::int64_t Statement::columnInt(int column) const { return sqlite3_column_int64(m_stmt, column); }

double Statement::columnDouble(int column) const { return sqlite3_column_double(m_stmt, column); }

std::string Statement::columnText(int column) const
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return text ? std::string(text, std::size_t(sqlite3_column_bytes(m_stmt, column))) : std::string();
}

std::optional<std::string> Statement::columnOptionalText(int column) const
{
    if (isNull(column)) return std::nullopt;
    return columnText(column);
}

CachedStatement::CachedStatement(CachedStatement&& other) noexcept
    : m_statement(other.m_statement), m_onLoan(other.m_onLoan), m_own(std::move(other.m_own))
{
    other.m_statement = nullptr;
    other.m_onLoan = nullptr;
}

CachedStatement::~CachedStatement()
{
    if (!m_statement) return; // moved from
    m_statement->reset();
    if (m_onLoan) *m_onLoan = false;
}

Database::Database(const std::string& path)
    : m_path(path), m_cache(std::make_unique<std::map<std::string, CacheEntry, std::less<>>>())
{
    const int rc = sqlite3_open_v2(path.c_str(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc != SQLITE_OK) {
        const std::string detail = m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc);
        sqlite3_close(m_db);
        m_db = nullptr;
        throw Error(ErrorDomain::Store, "cannot_open", "cannot open database " + path + ": " + detail);
    }
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, 5000);
    exec("PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;");
}

Database::~Database()
{
    m_cache.reset(); // finalize every cached statement while the connection is still open
    sqlite3_close_v2(m_db);
}

Database::Database(Database&& other) noexcept
    : m_db(other.m_db), m_path(std::move(other.m_path)), m_cache(std::move(other.m_cache))
{
    other.m_db = nullptr;
}

CachedStatement Database::cached(std::string_view sql)
{
    auto it = m_cache->find(sql);
    if (it == m_cache->end()) {
        if (m_cache->size() >= kMaxCachedStatements) return CachedStatement(std::make_unique<Statement>(m_db, sql));
        it = m_cache->emplace(std::string(sql), CacheEntry{std::make_unique<Statement>(m_db, sql), false}).first;
    }
    auto& entry = it->second;
    if (entry.onLoan) return CachedStatement(std::make_unique<Statement>(m_db, sql));
    entry.onLoan = true;
    return CachedStatement(entry.statement.get(), &entry.onLoan);
}

void Database::exec(std::string_view sql)
{
    char* message = nullptr;
    const std::string text(sql);
    const int rc = sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const std::string detail = message ? message : sqlite3_errstr(rc);
        sqlite3_free(message);
        throw Error(ErrorDomain::Store, (rc & 0xFF) == SQLITE_CONSTRAINT ? "constraint_failed" : "sqlite_error",
                    "SQL failed: " + detail);
    }
}

std::int64_t Database::lastInsertRowId() const { return sqlite3_last_insert_rowid(m_db); }

int Database::changes() const { return sqlite3_changes(m_db); }

int Database::userVersion()
{
    auto statement = prepare("PRAGMA user_version");
    statement.step();
    return int(statement.columnInt(0));
}

Transaction::Transaction(Database& db) : m_db(db) { m_db.exec("BEGIN IMMEDIATE"); }

Transaction::~Transaction()
{
    if (m_done) return;
    try {
        m_db.exec("ROLLBACK");
    } catch (const Error&) {
        // SQLite may already have rolled back (e.g. after SQLITE_FULL); the
        // original exception is the one worth reporting, so this one is dropped.
    }
}

void Transaction::commit()
{
    m_db.exec("COMMIT");
    m_done = true;
}

} // namespace fv::sqlite
