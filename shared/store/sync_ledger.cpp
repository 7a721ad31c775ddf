#include "store/sync_ledger.h"

#include "store/stored_value.h"

#include <charconv>
#include <unordered_set>

namespace fv {
namespace {

constexpr const char* kCursor = "pull_cursor";
constexpr const char* kDeviceId = "device_id";
constexpr const char* kLastSuccess = "last_success";
constexpr const char* kLastError = "last_error";

std::int64_t storedInteger(const std::string& text)
{
    std::int64_t value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size())
        throw Error(ErrorDomain::Store, "corrupt_value", "unreadable stored number '" + text + "'");
    return value;
}

// Room left in a push request for its entries: the request names the device and wraps them.
constexpr std::size_t kBatchBytes = kMaxPushBytes - 4096;

// The longest run of entries, lowest seq first, that a batch may hold:
//  - strictly in seq order, never skipping one: the server de-duplicates by
//    the highest seq it has applied, so a later seq sent first would make the
//    skipped one look like a duplicate;
//  - at most one entry per record: a record's later entry goes after the
//    earlier one is answered, when it can be rebased on the version that
//    answer produced (a delete queued after an edit then applies instead of
//    conflicting with the edit it follows);
//  - together under kBatchBytes; an entry larger than that goes alone (the
//    Pusher refuses, itself, one that no request could carry).
std::vector<OutboxEntry> batchOf(std::vector<OutboxEntry> waiting, std::int64_t lastSeq)
{
    std::unordered_set<std::string> records;
    std::size_t end = 0, bytes = 0;
    const auto fits = [&](const OutboxEntry& entry) {
        bytes += wireBytes(entry);
        return end == 0 || bytes <= kBatchBytes;
    };
    while (end < waiting.size() && waiting[end].seq <= lastSeq && fits(waiting[end]) &&
           records.insert(waiting[end].mutation.recordId).second)
        ++end;
    waiting.resize(end);
    return waiting;
}

} // namespace

SyncLedger::SyncLedger(LocalStore& store)
    : m_store(store), m_db(store.database()), m_copies(m_db), m_refusals(m_db), m_conflicts(m_db)
{
}

std::string SyncLedger::deviceId()
{
    if (auto stored = state(kDeviceId)) return *stored;
    setState(kDeviceId, m_store.identity().deviceId);
    return m_store.identity().deviceId;
}

std::int64_t SyncLedger::lastQueuedSeq() { return m_store.outbox().lastSeq(); }

std::vector<OutboxEntry> SyncLedger::startBatch(int limit, std::int64_t lastSeq)
{
    sqlite::Transaction transaction(m_db);
    auto batch = batchOf(m_store.outbox().pending(limit), lastSeq);
    m_store.outbox().markSending(batch);
    transaction.commit();
    return batch;
}

void SyncLedger::applyAnswers(const std::vector<AnsweredEntry>& answers, Timestamp now)
{
    sqlite::Transaction transaction(m_db);
    for (const auto& answered : answers) applyAnswer(answered, now);
    transaction.commit();
}

void SyncLedger::applyAnswer(const AnsweredEntry& answered, Timestamp now)
{
    const auto& [entry, answer] = answered;
    const auto& recordId = entry.mutation.recordId;
    // Removed first, so that the copy below replays only the edits still waiting.
    m_store.outbox().remove(entry.seq);
    if (!isAccepted(answered.outcome())) {
        m_refusals.add(entry, answered.outcome(), answer.problems, now);
        return;
    }
    m_conflicts.add(recordId, entry.seq, answer.conflicts, now);
    // The record arrived, but is not synced until the server holds every photo it names.
    m_store.blobs().markMissing(answer.missingBlobs);
    applyServerCopy(answer);
    if (answered.outcome() == PushStatus::Applied)
        m_store.outbox().rebase(recordId, entry.mutation.baseVersion, answer.version);
}

void SyncLedger::applyServerCopy(const PushResult& answer)
{
    if (!answer.record) {
        m_copies.writeVersion(answer.recordId, answer.version);
        return;
    }
    RawRecord copy = *answer.record;
    copy.meta.version = answer.version; // the answer's version is the one this change produced
    m_copies.write(copy, m_store.outbox().entriesFor(copy.meta.id));
}

std::int64_t SyncLedger::cursor()
{
    const auto stored = state(kCursor);
    return stored ? storedInteger(*stored) : 0;
}

void SyncLedger::applyPage(const PullResponse& page)
{
    sqlite::Transaction transaction(m_db);
    // Looked up once per page: the outbox is small, a page is large.
    const auto waiting = m_store.outbox().recordsWaiting();
    for (const auto& record : page.records) {
        const auto& id = record.meta.id;
        m_copies.write(record, waiting.contains(id) ? m_store.outbox().entriesFor(id) : std::vector<OutboxEntry>{});
    }
    setState(kCursor, std::to_string(page.nextCursor));
    transaction.commit();
}

void SyncLedger::recordSuccess(Timestamp at)
{
    sqlite::Transaction transaction(m_db);
    setState(kLastSuccess, at.toString());
    m_db.prepare("DELETE FROM sync_state WHERE key = ?").bindAll(kLastError).run();
    transaction.commit();
}

void SyncLedger::recordFailure(const std::string& error) { setState(kLastError, error); }

SyncStatus SyncLedger::status()
{
    SyncStatus status;
    status.pending = m_store.outbox().size();
    status.refusals = m_refusals.count();
    status.conflicts = m_conflicts.openCount();
    status.pendingBlobs = m_store.blobs().pendingCount();
    if (status.pendingBlobs > 0) status.recordsAwaitingBlobs = m_store.blobs().recordsWaitingCount();
    if (const auto at = state(kLastSuccess)) status.lastSuccess = storedTimestamp(*at);
    status.lastError = state(kLastError).value_or("");
    return status;
}

std::vector<Refusal> SyncLedger::refusals() { return m_refusals.all(); }

void SyncLedger::dismissRefusal(std::int64_t seq) { m_refusals.dismiss(seq); }

std::vector<RecordConflict> SyncLedger::conflictsFor(const std::string& recordId)
{
    return m_conflicts.forRecord(recordId);
}

std::vector<RecordConflict> SyncLedger::conflicts() { return m_conflicts.all(); }

void SyncLedger::dismissConflict(std::int64_t id) { m_conflicts.dismiss(id); }

std::vector<std::int64_t> SyncLedger::openConflictServerIds() { return m_conflicts.openServerIds(); }

int SyncLedger::recordSettled(const std::vector<SettledConflict>& settled)
{
    sqlite::Transaction transaction(m_db);
    int recorded = 0;
    for (const auto& conflict : settled) recorded += m_conflicts.settle(conflict);
    transaction.commit();
    return recorded;
}

std::optional<std::string> SyncLedger::state(const std::string& key)
{
    auto statement = m_db.prepare("SELECT value FROM sync_state WHERE key = ?");
    statement.bindAll(key);
    if (!statement.step()) return std::nullopt;
    return statement.columnText(0);
}

void SyncLedger::setState(const std::string& key, const std::string& value)
{
    m_db.prepare("INSERT INTO sync_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = "
                 "excluded.value")
        .bindAll(key, value)
        .run();
}

} // namespace fv
