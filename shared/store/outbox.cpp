#include "store/outbox.h"

#include "store/stored_value.h"

namespace fv {
namespace {

OutboxEntry readEntry(const sqlite::Statement& row)
{
    OutboxEntry entry;
    entry.seq = row.columnInt(0);
    entry.mutation.recordId = row.columnText(1);
    entry.mutation.recordType = storedEnum<RecordType>(row.columnText(2));
    entry.mutation.op = storedEnum<MutationOp>(row.columnText(3));
    entry.mutation.baseVersion = row.columnInt(4);
    entry.mutation.changes = storedJson<FieldChanges>(row.columnText(5));
    entry.createdAt = storedTimestamp(row.columnText(6));
    entry.changesBytes = std::size_t(row.columnInt(7));
    return entry;
}

constexpr std::string_view kEntryColumns =
    "seq, record_id, record_type, op, base_version, changes, created_at, length(CAST(changes AS BLOB))";
constexpr int kEntryColumnCount = 8; // a query may add its own columns after these

} // namespace

void Outbox::append(const Mutation& mutation, Timestamp now)
{
    const auto last = lastPendingFor(mutation.recordId);
    if (last && last->mutation.op != MutationOp::Delete && mutation.op != MutationOp::Delete) {
        fold(*last, mutation);
        return;
    }
    // Created and deleted before the server ever saw it: nothing to send.
    if (last && last->mutation.op == MutationOp::Create && mutation.op == MutationOp::Delete) {
        erase(last->seq);
        return;
    }
    insert(mutation, now);
}

std::int64_t Outbox::size()
{
    auto statement = m_db.prepare("SELECT count(*) FROM outbox");
    statement.step();
    return statement.columnInt(0);
}

std::vector<OutboxEntry> Outbox::pending(int limit)
{
    auto statement = m_db.prepare("SELECT " + std::string(kEntryColumns) + " FROM outbox ORDER BY seq LIMIT ?");
    statement.bindAll(limit);
    std::vector<OutboxEntry> entries;
    while (statement.step()) entries.push_back(readEntry(statement));
    return entries;
}

std::int64_t Outbox::lastSeq()
{
    auto statement = m_db.prepare("SELECT coalesce(max(seq), 0) FROM outbox");
    statement.step();
    return statement.columnInt(0);
}

void Outbox::markSending(const std::vector<OutboxEntry>& entries)
{
    auto statement = m_db.prepare("UPDATE outbox SET state = 'sending' WHERE seq = ?");
    for (const auto& entry : entries) {
        statement.reset();
        statement.bindAll(entry.seq).run();
    }
}

void Outbox::remove(std::int64_t seq) { erase(seq); }

std::vector<OutboxEntry> Outbox::entriesFor(const std::string& recordId)
{
    auto statement =
        m_db.prepare("SELECT " + std::string(kEntryColumns) + " FROM outbox WHERE record_id = ? ORDER BY seq");
    statement.bindAll(recordId);
    std::vector<OutboxEntry> entries;
    while (statement.step()) entries.push_back(readEntry(statement));
    return entries;
}

std::unordered_set<std::string> Outbox::recordsWaiting()
{
    auto statement = m_db.prepare("SELECT DISTINCT record_id FROM outbox");
    std::unordered_set<std::string> ids;
    while (statement.step()) ids.insert(statement.columnText(0));
    return ids;
}

void Outbox::rebase(const std::string& recordId, std::int64_t fromVersion, std::int64_t toVersion)
{
    m_db.prepare("UPDATE outbox SET base_version = ? WHERE record_id = ? AND base_version = ? AND state = 'pending' "
                 "AND op != 'create'")
        .bindAll(toVersion, recordId, fromVersion)
        .run();
}

// Only the record's newest entry may absorb an edit, and only while it is
// still waiting: one already on the wire must stay exactly as it was sent.
std::optional<OutboxEntry> Outbox::lastPendingFor(const std::string& recordId)
{
    auto statement = m_db.prepare("SELECT " + std::string(kEntryColumns) +
                                  ", state FROM outbox WHERE record_id = ? ORDER BY seq DESC LIMIT 1");
    statement.bindAll(recordId);
    if (!statement.step() || statement.columnText(kEntryColumnCount) != "pending") return std::nullopt;
    return readEntry(statement);
}

void Outbox::fold(const OutboxEntry& entry, const Mutation& next)
{
    FieldChanges merged = entry.mutation.changes;
    for (const auto& [key, change] : next.changes) {
        const auto [it, inserted] = merged.try_emplace(key, change);
        if (!inserted) it->second.value = change.value;
    }
    if (entry.mutation.op == MutationOp::Update)
        std::erase_if(merged, [](const auto& item) { return item.second.base == item.second.value; });
    if (merged.empty() && entry.mutation.op == MutationOp::Update) {
        erase(entry.seq); // edited back to what the server has: nothing left to send
        return;
    }
    m_db.prepare("UPDATE outbox SET changes = ? WHERE seq = ?").bindAll(encode(merged).dump(), entry.seq).run();
}

void Outbox::insert(const Mutation& mutation, Timestamp now)
{
    m_db.prepare("INSERT INTO outbox (record_id, record_type, op, base_version, changes, created_at) "
                 "VALUES (?, ?, ?, ?, ?, ?)")
        .bindAll(mutation.recordId, toString(mutation.recordType), toString(mutation.op), mutation.baseVersion,
                 encode(mutation.changes).dump(), now.toString())
        .run();
}

void Outbox::erase(std::int64_t seq) { m_db.prepare("DELETE FROM outbox WHERE seq = ?").bindAll(seq).run(); }

} // namespace fv
