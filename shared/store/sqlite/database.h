#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace fv::sqlite {

// One prepared statement. Binding is 1-based like SQLite; columns 0-based.
class Statement {
public:
    Statement(sqlite3* db, std::string_view sql);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&&) = delete;
    Statement(const Statement&) = delete;

    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, std::int64_t(value)); }
    Statement& bind(int index, bool value) { return bind(index, std::int64_t(value ? 1 : 0)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, std::string_view text);
    Statement& bind(int index, const std::string& text) { return bind(index, std::string_view(text)); }
    Statement& bind(int index, const char* text) { return bind(index, std::string_view(text)); }
    Statement& bind(int index, std::nullptr_t);
    Statement& bindBlob(int index, std::string_view bytes);
    template <class T>
    Statement& bind(int index, const std::optional<T>& value)
    {
        return value ? bind(index, *value) : bind(index, nullptr);
    }

    // Binds every argument in order, from parameter 1.
    template <class... Args>
    Statement& bindAll(const Args&... args)
    {
        int index = 0;
        (bind(++index, args), ...);
        return *this;
    }

    // Advances; true while a row is available.
    bool step();
    // Runs a statement that returns no rows.
    void run();
    void reset();

    bool isNull(int column) const;
    std::int64_t columnInt(int column) const;
    double columnDouble(int column) const;
    std::string columnText(int column) const;
    std::optional<std::string> columnOptionalText(int column) const;

private:
    [[noreturn]] void fail(int code) const;

    sqlite3* m_db;
    sqlite3_stmt* m_stmt = nullptr;
};

// A statement lent by Database::cached() for one use: bind, step, read columns through `->`.
// When the loan ends it is reset (cursor closed, bindings cleared) and goes back to the cache:
// a statement left half-stepped would hold a read snapshot, which keeps the WAL from being
// checkpointed and can make the connection's next write fail with SQLITE_BUSY_SNAPSHOT.
class CachedStatement {
public:
    CachedStatement(CachedStatement&& other) noexcept;
    CachedStatement& operator=(CachedStatement&&) = delete;
    ~CachedStatement();

    Statement& operator*() const { return *m_statement; }
    Statement* operator->() const { return m_statement; }

private:
    friend class Database;
    CachedStatement(Statement* cached, bool* onLoan) : m_statement(cached), m_onLoan(onLoan) {}
    explicit CachedStatement(std::unique_ptr<Statement> own) : m_statement(own.get()), m_own(std::move(own)) {}

    Statement* m_statement;
    bool* m_onLoan = nullptr;         // the cache's flag for this statement; null when not cached
    std::unique_ptr<Statement> m_own; // a one-off statement, when the cached one was on loan
};

// An open SQLite connection with the settings every FieldVisit database
// uses: WAL (readers never block the writer), foreign keys on, and a busy
// timeout so a second connection waits instead of failing.
class Database {
public:
    explicit Database(const std::string& path);
    ~Database();
    Database(Database&& other) noexcept;
    Database& operator=(Database&&) = delete;
    Database(const Database&) = delete;

    void exec(std::string_view sql);
    Statement prepare(std::string_view sql) { return Statement(m_db, sql); }
    // The statement for `sql`, prepared on first use and kept for the connection's lifetime.
    // Preparing costs more than running a one-row statement (a server insert: ~4x), so hot
    // paths use this with fixed SQL text. Statements built from varying text should use
    // prepare(): the cache holds at most kMaxCachedStatements, then lends one-off statements.
    // Lending the same SQL twice at once (a nested use) gives the second borrower its own.
    CachedStatement cached(std::string_view sql);
    static constexpr std::size_t kMaxCachedStatements = 64;

    std::int64_t lastInsertRowId() const;
    int changes() const;
    int userVersion();
    const std::string& path() const { return m_path; }
    sqlite3* handle() const { return m_db; }

private:
    struct CacheEntry {
        std::unique_ptr<Statement> statement;
        bool onLoan = false;
    };

    sqlite3* m_db = nullptr;
    std::string m_path;
    // Finalized before the connection closes (see ~Database). std::map: entries never move, so
    // a lent statement's address stays valid while others are added.
    std::unique_ptr<std::map<std::string, CacheEntry, std::less<>>> m_cache;
};

// BEGIN IMMEDIATE … COMMIT; rolls back when destroyed uncommitted, so an
// exception anywhere inside leaves the database as it was.
class Transaction {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    void commit();

private:
    Database& m_db;
    bool m_done = false;
};

} // namespace fv::sqlite
