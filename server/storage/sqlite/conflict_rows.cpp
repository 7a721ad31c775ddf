#include "storage/sqlite/conflict_rows.h"

#include "store/stored_value.h"

namespace fv::server::conflict_rows {
namespace {

constexpr std::string_view kSelect = R"sql(
SELECT c.id, c.record_id, r.type, coalesce(r.project_id, ''), r.version, c.field, c.base, c.server, c.device,
       c.device_id, c.user_id, c.reported_at, c.resolution, c.resolved_value, c.resolved_by, c.resolved_at,
       c.resolved_version
FROM conflicts c JOIN records r ON r.id = c.record_id)sql";

// ?1 state, ?2 project or null, ?3 record or null, ?4 cursor (0: none), ?5 all projects,
// ?6 user, ?7 limit, ?8 a JSON array of conflict ids or null. One fixed text for every filter,
// so it stays prepared.
constexpr std::string_view kPage = R"sql(
WHERE (?1 = 'all' OR (?1 = 'open') = (c.resolved_at IS NULL))
  AND (?2 IS NULL OR r.project_id = ?2)
  AND (?3 IS NULL OR c.record_id = ?3)
  AND (?4 = 0 OR c.id < ?4)
  AND (?8 IS NULL OR c.id IN (SELECT value FROM json_each(?8)))
  AND (?5 OR r.project_id IN (SELECT project_id FROM project_members WHERE user_id = ?6))
ORDER BY c.id DESC LIMIT ?7)sql";

Json storedValue(const std::string& text)
{
    auto value = Json::parse(text, nullptr, false);
    if (value.is_discarded()) throw Error(ErrorDomain::Store, "corrupt_value", "unreadable stored JSON: " + text);
    return value;
}

ConflictEntry readRow(const sqlite::Statement& row)
{
    ConflictEntry entry{.id = row.columnInt(0),
                        .recordId = row.columnText(1),
                        .recordType = storedEnum<RecordType>(row.columnText(2)),
                        .projectId = row.columnText(3),
                        .recordVersion = row.columnInt(4),
                        .conflict = {row.columnText(5), storedValue(row.columnText(6)), storedValue(row.columnText(7)),
                                     storedValue(row.columnText(8))},
                        .deviceId = row.columnText(9),
                        .userId = row.columnText(10),
                        .reportedAt = storedTimestamp(row.columnText(11))};
    if (const auto choice = row.columnOptionalText(12))
        entry.resolution = ConflictResolution{.choice = storedEnum<ConflictChoice>(*choice),
                                              .value = storedValue(row.columnText(13)),
                                              .by = row.columnText(14),
                                              .at = storedTimestamp(row.columnText(15)),
                                              .version = row.columnInt(16)};
    return entry;
}

} // namespace

ConflictPage load(sqlite::Database& db, const std::string& userId, bool allProjects, const ConflictQuery& query)
{
    static const std::string sql = std::string(kSelect) + std::string(kPage);
    auto statement = db.cached(sql);
    const auto ids = query.ids.empty() ? std::nullopt : std::optional(Json(query.ids).dump());
    statement->bindAll(fv::toString(query.state), query.projectId, query.recordId, query.cursor, allProjects, userId,
                       query.limit + 1, ids);
    ConflictPage page{{}, query.cursor, false};
    while (statement->step()) {
        if (int(page.conflicts.size()) == query.limit) {
            page.hasMore = true;
            break;
        }
        page.conflicts.push_back(readRow(*statement));
        page.nextCursor = page.conflicts.back().id;
    }
    return page;
}

std::optional<ConflictEntry> loadOne(sqlite::Database& db, std::int64_t id)
{
    static const std::string sql = std::string(kSelect) + " WHERE c.id = ?";
    auto statement = db.cached(sql);
    statement->bindAll(id);
    if (!statement->step()) return std::nullopt;
    return readRow(*statement);
}

void markResolved(sqlite::Database& db, std::int64_t id, const ConflictResolution& resolution)
{
    db.cached("UPDATE conflicts SET resolution = ?, resolved_value = ?, resolved_by = ?, resolved_at = ?, "
              "resolved_version = ? WHERE id = ? AND resolved_at IS NULL")
        ->bindAll(fv::toString(resolution.choice), resolution.value.dump(), resolution.by, resolution.at.toString(),
                  resolution.version, id)
        .run();
}

} // namespace fv::server::conflict_rows
