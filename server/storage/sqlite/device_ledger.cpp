#include "storage/sqlite/device_ledger.h"

namespace fv::server {

std::int64_t DeviceLedger::begin(const std::string& deviceId, const std::string& userId, Timestamp now)
{
    m_db.cached(
            "INSERT INTO devices (device_id, user_id, first_seen_at, last_sync_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (device_id) DO UPDATE SET user_id = excluded.user_id, last_sync_at = excluded.last_sync_at")
        ->bindAll(deviceId, userId, now.toString(), now.toString())
        .run();
    auto statement = m_db.cached("SELECT last_seq FROM devices WHERE device_id = ?");
    statement->bindAll(deviceId);
    statement->step();
    return statement->columnInt(0);
}

std::optional<PushResult> DeviceLedger::answerFor(const std::string& deviceId, std::int64_t seq)
{
    auto statement = m_db.cached("SELECT result FROM mutation_log WHERE device_id = ? AND seq = ?");
    statement->bindAll(deviceId, seq);
    if (!statement->step()) return std::nullopt;
    return pushResultFromJson(Json::parse(statement->columnText(0)));
}

void DeviceLedger::remember(const std::string& deviceId, const PushResult& result)
{
    m_db.cached("INSERT INTO mutation_log (device_id, seq, record_id, result) VALUES (?, ?, ?, ?)")
        ->bindAll(deviceId, result.seq, result.recordId, dumpPushResult(result))
        .run();
}

void DeviceLedger::advance(const std::string& deviceId, std::int64_t seq)
{
    m_db.cached("UPDATE devices SET last_seq = max(last_seq, ?) WHERE device_id = ?")->bindAll(seq, deviceId).run();
}

} // namespace fv::server
