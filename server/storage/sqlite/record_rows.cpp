#include "storage/sqlite/record_rows.h"

#include "store/record_row.h"

namespace fv::server {
namespace {

// The shared record columns, then the server's change sequence (column 9).
const std::string kColumns = std::string(kRecordColumns) + ", change_seq";

// Only the back office sees every project; a reader's visible set is their
// projects plus the customers of those projects.
constexpr std::string_view kVisibleToMember = R"sql(
    (project_id IN (SELECT project_id FROM project_members WHERE user_id = :user)
     OR (type = 'customer' AND id IN (
         SELECT json_extract(p.fields, '$.customerId') FROM records p
         JOIN project_members m ON m.project_id = p.id WHERE m.user_id = :user AND p.type = 'project'))))sql";

} // namespace

std::string projectOf(const RawRecord& record)
{
    if (record.meta.type == RecordType::Project) return record.meta.id;
    const auto it = record.fields.find("projectId");
    return it != record.fields.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::optional<RawRecord> loadRecord(sqlite::Database& db, const std::string& id)
{
    static const std::string sql = "SELECT " + std::string(kColumns) + " FROM records WHERE id = ?";
    auto statement = db.cached(sql);
    statement->bindAll(id);
    if (!statement->step()) return std::nullopt;
    return readRecordRow(*statement);
}

void storeRecord(sqlite::Database& db, const RawRecord& record) { storeRecord(db, record, record.fields.dump()); }

void storeRecord(sqlite::Database& db, const RawRecord& record, std::string_view fieldsJson)
{
    const auto& m = record.meta;
    db.cached("INSERT OR REPLACE INTO records (id, type, version, change_seq, project_id, created_at, updated_at, "
              "author, device, deleted, fields) VALUES (?, ?, ?, "
              "(SELECT coalesce(max(change_seq), 0) + 1 FROM records), ?, ?, ?, ?, ?, ?, ?)")
        ->bindAll(m.id, fv::toString(m.type), m.version, projectOf(record), m.createdAt.toString(),
                  m.updatedAt.toString(), m.author, m.device, m.deleted, fieldsJson)
        .run();
}

PullPage loadChanges(sqlite::Database& db, const std::string& userId, bool allProjects, std::int64_t cursor,
                     int limit)
{
    // Two fixed texts, so both stay prepared in the connection's cache.
    static const std::string select = "SELECT " + std::string(kColumns) + " FROM records WHERE change_seq > :cursor";
    static const std::string everything = select + " ORDER BY change_seq LIMIT :limit";
    static const std::string visible =
        select + " AND " + std::string(kVisibleToMember) + " ORDER BY change_seq LIMIT :limit";
    auto statement = db.cached(allProjects ? everything : visible);
    statement->bind(1, cursor);
    if (!allProjects) statement->bind(2, userId);
    statement->bind(allProjects ? 2 : 3, limit + 1);

    PullPage page{{}, cursor, false};
    page.records.reserve(std::size_t(limit));
    while (statement->step()) {
        if (int(page.records.size()) == limit) {
            page.hasMore = true;
            break;
        }
        page.records.push_back({readEnvelopeRow(*statement), statement->columnText(8)});
        page.nextCursor = statement->columnInt(9);
    }
    return page;
}

} // namespace fv::server
