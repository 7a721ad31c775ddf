#include "store/conflict_log.h"

#include "store/stored_value.h"

namespace fv {
namespace {

constexpr std::string_view kColumns = "SELECT id, record_id, seq, field, base, server, device, reported_at, server_id, "
                                      "resolution, resolved_value, resolved_by, resolved_at, resolved_version "
                                      "FROM sync_conflicts ";

nlohmann::json storedValue(const std::string& text)
{
    auto json = nlohmann::json::parse(text, nullptr, false);
    if (json.is_discarded()) throw Error(ErrorDomain::Store, "corrupt_value", "unreadable stored conflict value");
    return json;
}

std::optional<ConflictResolution> storedResolution(const sqlite::Statement& row)
{
    const auto choice = row.columnOptionalText(9);
    if (!choice) return std::nullopt;
    return ConflictResolution{storedEnum<ConflictChoice>(*choice), storedValue(row.columnText(10)), row.columnText(11),
                              storedTimestamp(row.columnText(12)), row.columnInt(13)};
}

std::vector<RecordConflict> readAll(sqlite::Statement& row)
{
    std::vector<RecordConflict> out;
    while (row.step()) {
        FieldConflict conflict{row.columnText(3), storedValue(row.columnText(4)), storedValue(row.columnText(5)),
                               storedValue(row.columnText(6))};
        if (!row.isNull(8)) conflict.id = row.columnInt(8);
        out.push_back({row.columnInt(0), row.columnText(1), row.columnInt(2), std::move(conflict),
                       storedTimestamp(row.columnText(7)), storedResolution(row)});
    }
    return out;
}

} // namespace

void ConflictLog::add(const std::string& recordId, std::int64_t seq, const std::vector<FieldConflict>& conflicts,
                      Timestamp now)
{
    if (conflicts.empty()) return;
    auto insert = m_db.prepare("INSERT OR IGNORE INTO sync_conflicts "
                               "(record_id, seq, field, base, server, device, reported_at, server_id) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    for (const auto& c : conflicts) {
        insert.reset();
        insert.bindAll(recordId, seq, c.field, c.base.dump(), c.server.dump(), c.device.dump(), now.toString(), c.id)
            .run();
    }
}

std::vector<RecordConflict> ConflictLog::forRecord(const std::string& recordId)
{
    auto rows = m_db.prepare(std::string(kColumns) + "WHERE record_id = ? ORDER BY seq, id");
    rows.bindAll(recordId);
    return readAll(rows);
}

std::vector<RecordConflict> ConflictLog::all()
{
    auto rows = m_db.prepare(std::string(kColumns) + "ORDER BY seq, id");
    return readAll(rows);
}

std::int64_t ConflictLog::openCount()
{
    auto statement = m_db.prepare("SELECT count(*) FROM sync_conflicts WHERE resolved_at IS NULL");
    statement.step();
    return statement.columnInt(0);
}

std::vector<std::int64_t> ConflictLog::openServerIds()
{
    auto rows = m_db.prepare("SELECT DISTINCT server_id FROM sync_conflicts "
                             "WHERE resolved_at IS NULL AND server_id IS NOT NULL ORDER BY server_id");
    std::vector<std::int64_t> ids;
    while (rows.step()) ids.push_back(rows.columnInt(0));
    return ids;
}

int ConflictLog::settle(const SettledConflict& settled)
{
    const auto& r = settled.resolution;
    m_db.prepare("UPDATE sync_conflicts SET resolution = ?, resolved_value = ?, resolved_by = ?, resolved_at = ?, "
                 "resolved_version = ? WHERE server_id = ? AND resolved_at IS NULL")
        .bindAll(toString(r.choice), r.value.dump(), r.by, r.at.toString(), r.version, settled.id)
        .run();
    return m_db.changes();
}

void ConflictLog::dismiss(std::int64_t id)
{
    m_db.prepare("DELETE FROM sync_conflicts WHERE id = ?").bindAll(id).run();
}

} // namespace fv
