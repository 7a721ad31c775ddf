#include "store/conflict_log.h"

#include "store/stored_value.h"

namespace fv {
namespace {

nlohmann::json storedValue(const std::string& text)
{
    auto json = nlohmann::json::parse(text, nullptr, false);
    if (json.is_discarded()) throw Error(ErrorDomain::Store, "corrupt_value", "unreadable stored conflict value");
    return json;
}

std::vector<RecordConflict> readAll(sqlite::Statement& row)
{
    std::vector<RecordConflict> out;
    while (row.step()) {
        FieldConflict conflict{row.columnText(3), storedValue(row.columnText(4)), storedValue(row.columnText(5)),
                               storedValue(row.columnText(6))};
        out.push_back({row.columnInt(0), row.columnText(1), row.columnInt(2), std::move(conflict),
                       storedTimestamp(row.columnText(7))});
    }
    return out;
}

} // namespace

void ConflictLog::add(const std::string& recordId, std::int64_t seq, const std::vector<FieldConflict>& conflicts,
                      Timestamp now)
{
    if (conflicts.empty()) return;
    auto insert =
        m_db.prepare("INSERT OR IGNORE INTO sync_conflicts "
                     "(record_id, seq, field, base, server, device, reported_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
    for (const auto& c : conflicts) {
        insert.reset();
        insert.bindAll(recordId, seq, c.field, c.base.dump(), c.server.dump(), c.device.dump(), now.toString()).run();
    }
}

std::vector<RecordConflict> ConflictLog::forRecord(const std::string& recordId)
{
    auto rows = m_db.prepare("SELECT id, record_id, seq, field, base, server, device, reported_at FROM sync_conflicts "
                             "WHERE record_id = ? ORDER BY seq, id");
    rows.bindAll(recordId);
    return readAll(rows);
}

std::vector<RecordConflict> ConflictLog::all()
{
    auto rows = m_db.prepare(
        "SELECT id, record_id, seq, field, base, server, device, reported_at FROM sync_conflicts ORDER BY seq, id");
    return readAll(rows);
}

std::int64_t ConflictLog::count()
{
    auto statement = m_db.prepare("SELECT count(*) FROM sync_conflicts");
    statement.step();
    return statement.columnInt(0);
}

void ConflictLog::dismiss(std::int64_t id)
{
    m_db.prepare("DELETE FROM sync_conflicts WHERE id = ?").bindAll(id).run();
}

} // namespace fv
