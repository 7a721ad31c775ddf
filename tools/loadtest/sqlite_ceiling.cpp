#include "sqlite_ceiling.h"

#include "storage/sqlite/server_schema.h"
#include "store/sqlite/database.h"
#include "store/sqlite/migrator.h"
#include "util/time.h"
#include "util/uuid.h"
#include "visit_generator.h"

#include <chrono>
#include <string>
#include <vector>

namespace fv::loadtest {
namespace {

constexpr std::string_view kServerUpsert = R"sql(
INSERT INTO records (id, type, version, change_seq, project_id, created_at, updated_at, author, device, deleted, fields)
VALUES (?, 'visit', 1, ?, ?, ?, ?, ?, ?, 0, ?)
ON CONFLICT (id) DO UPDATE SET version = excluded.version, change_seq = excluded.change_seq,
    updated_at = excluded.updated_at, author = excluded.author, device = excluded.device,
    deleted = excluded.deleted, fields = excluded.fields
)sql";

constexpr std::string_view kBareTable = "CREATE TABLE records (id TEXT PRIMARY KEY, fields TEXT NOT NULL)";
constexpr std::string_view kBareUpsert =
    "INSERT INTO records (id, fields) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET fields = excluded.fields";

// The server's own schema, every migration: its records table with all its checks and indexes.
void createServerTables(sqlite::Database& db) { sqlite::migrate(db, server::serverMigrations()); }
void createBareTable(sqlite::Database& db) { db.exec(kBareTable); }

struct Row {
    std::string id;
    std::string projectId;
    std::string fields;
};

std::vector<Row> makeRows(int count)
{
    const std::string projectId = newUuidV7();
    std::vector<Row> rows;
    rows.reserve(std::size_t(count));
    for (int i = 0; i < count; ++i)
        rows.push_back({newUuidV7(), projectId, visitFields(projectId, "staff01", i).dump()});
    return rows;
}

// Seconds for the whole transaction, BEGIN to COMMIT included.
template <class Bind>
double timeUpserts(const std::filesystem::path& file, void (*createTable)(sqlite::Database&), std::string_view upsert,
                   const std::vector<Row>& rows, Bind bind)
{
    sqlite::Database db(file.string());
    db.exec("PRAGMA synchronous = FULL"); // the commit waits for the disk, as the server's answers do
    createTable(db);
    auto statement = db.prepare(upsert);
    const auto start = std::chrono::steady_clock::now();
    sqlite::Transaction transaction(db);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        bind(statement, rows[i], std::int64_t(i + 1));
        statement.run();
        statement.reset();
    }
    transaction.commit();
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

} // namespace

CeilingFigures measureSqliteCeiling(const std::filesystem::path& folder, int rows)
{
    const auto data = makeRows(rows);
    const std::string now = Timestamp::now().toString();
    CeilingFigures figures{.rows = rows};
    figures.seconds =
        timeUpserts(folder / "ceiling-server-table.sqlite", createServerTables, kServerUpsert, data,
                    [&](sqlite::Statement& s, const Row& row, std::int64_t seq) {
                        s.bindAll(row.id, seq, row.projectId, now, now, "staff01", "tablet-01", row.fields);
                    });
    figures.bareSeconds =
        timeUpserts(folder / "ceiling-bare-table.sqlite", createBareTable, kBareUpsert, data,
                    [](sqlite::Statement& s, const Row& row, std::int64_t) { s.bindAll(row.id, row.fields); });
    return figures;
}

} // namespace fv::loadtest
