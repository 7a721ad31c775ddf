#include "storage/sqlite/device_ledger.h"

#include <algorithm>

namespace fv::server {

void LedgerBatch::add(std::int64_t seq, std::string_view answer)
{
    if (m_answers.empty()) m_firstSeq = seq;
    m_lastSeq = seq;
    m_answers += m_answers.empty() ? '[' : ',';
    m_answers += answer;
}

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
    const Json* answers = batchHolding(deviceId, seq);
    if (!answers) return std::nullopt;
    const auto answer =
        std::ranges::find_if(*answers, [seq](const Json& a) { return a.at("seq").get<std::int64_t>() == seq; });
    if (answer == answers->end()) return std::nullopt; // skipped inside the batch's range
    return pushResultFromJson(*answer);
}

const Json* DeviceLedger::batchHolding(const std::string& deviceId, std::int64_t seq)
{
    if (m_loaded && m_loaded->deviceId == deviceId && m_loaded->firstSeq <= seq && seq <= m_loaded->lastSeq)
        return &m_loaded->answers;
    // Batches of one device never overlap: the lowest one ending at or after `seq` is the only
    // one that can hold it.
    auto statement = m_db.cached("SELECT first_seq, last_seq, results FROM mutation_batches "
                                 "WHERE device_id = ? AND last_seq >= ? ORDER BY last_seq LIMIT 1");
    statement->bindAll(deviceId, seq);
    if (!statement->step() || statement->columnInt(0) > seq) return nullptr;
    m_loaded =
        LoadedBatch{deviceId, statement->columnInt(0), statement->columnInt(1), Json::parse(statement->columnText(2))};
    return &m_loaded->answers;
}

void DeviceLedger::rememberBatch(const std::string& deviceId, const LedgerBatch& batch)
{
    if (batch.empty()) return;
    m_db.cached("INSERT INTO mutation_batches (device_id, first_seq, last_seq, results) VALUES (?, ?, ?, ?)")
        ->bindAll(deviceId, batch.firstSeq(), batch.lastSeq(), batch.json())
        .run();
}

void DeviceLedger::advance(const std::string& deviceId, std::int64_t seq)
{
    m_db.cached("UPDATE devices SET last_seq = max(last_seq, ?) WHERE device_id = ?")->bindAll(seq, deviceId).run();
}

} // namespace fv::server
