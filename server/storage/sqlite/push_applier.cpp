#include "storage/sqlite/push_applier.h"

#include "storage/sqlite/blob_index.h"
#include "storage/sqlite/record_rows.h"
#include "sync/merge.h"
#include "sync/referenced_blobs.h"
#include "sync/signed_content.h"

#include <utility>

namespace fv::server {
namespace {

PushStatus statusOf(MergeOutcome outcome)
{
    switch (outcome) {
    case MergeOutcome::Applied:
        return PushStatus::Applied;
    case MergeOutcome::Merged:
        return PushStatus::Merged;
    case MergeOutcome::Conflict:
        return PushStatus::Conflict;
    case MergeOutcome::Rejected:
        break;
    }
    return PushStatus::Invalid;
}

ServerRecord serverStateOf(const std::optional<RawRecord>& current)
{
    if (!current) return {};
    return {true, current->meta.version, current->meta.deleted, current->fields};
}

// The project a mutation would put its record in, if it names one.
std::string targetProject(const Mutation& mutation)
{
    if (mutation.recordType == RecordType::Project) return mutation.recordId;
    const auto it = mutation.changes.find("projectId");
    return it != mutation.changes.end() && it->second.value.is_string() ? it->second.value.get<std::string>() : "";
}

// The blobs the stored record references that the server does not hold complete: until none
// are left the record is not synced (PROTOCOL.md, "Blobs"). Read in the push's transaction.
std::vector<std::string> missingBlobsOf(sqlite::Database& db, const RawRecord& record)
{
    return blob_index::incomplete(db, referencedBlobs(record));
}

PushResult refusal(const PushMutation& pushed, PushStatus status, std::string field, std::string message)
{
    PushResult result{.seq = pushed.seq, .recordId = pushed.mutation.recordId, .status = status};
    result.problems.push_back({std::move(field), std::move(message)});
    return result;
}

} // namespace

std::vector<std::optional<PremergedCreate>> premergeCreates(const std::vector<PushMutation>& mutations)
{
    std::vector<std::optional<PremergedCreate>> premerged(mutations.size());
    for (std::size_t i = 0; i < mutations.size(); ++i) {
        const Mutation& mutation = mutations[i].mutation;
        if (mutation.op != MutationOp::Create) continue;
        auto merged = mergeMutation(ServerRecord{}, mutation);
        std::string fieldsJson = merged.outcome == MergeOutcome::Rejected ? std::string() : merged.fields.dump();
        premerged[i] = PremergedCreate{std::move(merged), std::move(fieldsJson)};
    }
    return premerged;
}

PushApplier::PushApplier(sqlite::Database& db, const User& user, AccessScope scope, std::string deviceId, Timestamp now)
    : m_db(db), m_user(user), m_scope(std::move(scope)), m_deviceId(std::move(deviceId)), m_now(now), m_ledger(db)
{
}

PushResult PushApplier::apply(const PushMutation& pushed, PremergedCreate* premerged)
{
    PushResult result = decide(pushed, premerged);
    // Replays send the record and its missing blobs as they are then, not stale copies: the
    // ledger keeps the answer without them (moved aside, not copied: this is the hot path).
    auto record = std::exchange(result.record, std::nullopt);
    auto missingBlobs = std::exchange(result.missingBlobs, {});
    m_answers.add(result.seq, dumpPushResult(result));
    result.record = std::move(record);
    result.missingBlobs = std::move(missingBlobs);
    return result;
}

void PushApplier::rememberAnswers()
{
    m_ledger.rememberBatch(m_deviceId, m_answers);
    m_answers = {};
}

PushResult PushApplier::replay(const PushMutation& pushed)
{
    const auto first = m_ledger.answerFor(m_deviceId, pushed.seq);
    PushResult result = first ? *first : PushResult{.seq = pushed.seq, .recordId = pushed.mutation.recordId};
    result.firstStatus = first ? std::optional(first->status) : std::nullopt; // none: a sequence never sent
    result.status = PushStatus::Duplicate;
    result.missingBlobs.clear();
    // Only an accepted change earns the record: a refused one may be about a
    // record in a project this user cannot see.
    if (!first || !isAccepted(first->status)) return result;
    if (auto record = loadRecord(m_db, result.recordId)) {
        result.version = record->meta.version;
        result.missingBlobs = missingBlobsOf(m_db, *record);
        result.record = std::move(record);
    }
    return result;
}

PushResult PushApplier::applyReviewed(const Mutation& mutation) { return decide(PushMutation{0, mutation}); }

PushResult PushApplier::decide(const PushMutation& pushed, PremergedCreate* premerged)
{
    const Mutation& mutation = pushed.mutation;
    const auto current = loadRecord(m_db, mutation.recordId);
    if (current && current->meta.type != mutation.recordType)
        return refusal(pushed, PushStatus::Invalid, "recordType",
                       "record " + mutation.recordId + " is a " + std::string(fv::toString(current->meta.type)));
    if (!allowed(current, mutation))
        return refusal(pushed, PushStatus::Forbidden, "recordId",
                       "you may not change this " + std::string(fv::toString(mutation.recordType)) +
                           ": it belongs to a project you are not assigned to, or your role cannot edit it");

    if (current) premerged = nullptr; // it assumed a new id
    auto merged = premerged ? std::move(premerged->merged) : mergeMutation(serverStateOf(current), mutation);
    PushResult result{.seq = pushed.seq, .recordId = mutation.recordId, .status = statusOf(merged.outcome)};
    if (merged.outcome == MergeOutcome::Rejected) {
        result.problems = std::move(merged.problems);
        return result;
    }
    const bool unchanged = current && current->fields == merged.fields && current->meta.deleted == merged.deleted;
    RawRecord stored = unchanged ? *current
                                 : store(current, mutation, std::move(merged.fields), merged.deleted,
                                         premerged ? std::string_view(premerged->fieldsJson) : std::string_view());
    if (premerged) premerged->stored = true;
    keepConflicts(mutation.recordId, merged.conflicts);
    if (current && !unchanged) voidSignatures(*current, stored);
    result.version = stored.meta.version;
    result.conflicts = std::move(merged.conflicts);
    result.missingBlobs = missingBlobsOf(m_db, stored);
    result.record = std::move(stored);
    return result;
}

bool PushApplier::allowed(const std::optional<RawRecord>& current, const Mutation& mutation) const
{
    if (current && !mayWrite(m_user, m_scope, mutation.recordType, projectOf(*current))) return false;
    const std::string target = targetProject(mutation);
    if (current && target.empty()) return true; // stays in the project already checked
    return mayWrite(m_user, m_scope, mutation.recordType, target);
}

RawRecord PushApplier::store(const std::optional<RawRecord>& current, const Mutation& mutation, Json fields,
                             bool deleted, std::string_view fieldsJson)
{
    RawRecord record;
    record.meta =
        current ? current->meta : Envelope{.id = mutation.recordId, .type = mutation.recordType, .createdAt = m_now};
    record.meta.version = (current ? current->meta.version : 0) + 1;
    record.meta.updatedAt = std::max(m_now, record.meta.createdAt);
    record.meta.author = m_user.id;
    record.meta.device = m_deviceId;
    record.meta.deleted = deleted;
    record.fields = std::move(fields);
    if (fieldsJson.empty()) storeRecord(m_db, record);
    else storeRecord(m_db, record, fieldsJson);
    return record;
}

void PushApplier::keepConflicts(const std::string& recordId, std::vector<FieldConflict>& conflicts)
{
    for (auto& c : conflicts) {
        m_db.prepare("INSERT INTO conflicts (record_id, field, base, server, device, device_id, user_id, reported_at) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
            .bindAll(recordId, c.field, c.base.dump(), c.server.dump(), c.device.dump(), m_deviceId, m_user.id,
                     m_now.toString())
            .run();
        c.id = m_db.lastInsertRowId(); // the answer names it, so the device can follow its review
    }
}

// Editing what a signature signed leaves the signature in place but void,
// with the fields that changed: visible to everyone, and the app asks for a
// new one (see shared/sync/signed_content.h).
void PushApplier::voidSignatures(const RawRecord& before, const RawRecord& after)
{
    const auto type = after.meta.type;
    if (type != RecordType::Visit && type != RecordType::Acceptance) return;
    const auto changed = changedSignedFields(type, diffFields(before.fields, after.fields));
    if (changed.empty()) return;
    auto statement = m_db.prepare("SELECT id FROM records WHERE type = 'signature' AND deleted = 0 AND "
                                  "json_extract(fields, '$.documentId') = ? AND json_extract(fields, '$.voided') = 0");
    statement.bindAll(after.meta.id);
    std::vector<std::string> ids;
    while (statement.step()) ids.push_back(statement.columnText(0));
    for (const auto& id : ids) {
        auto signature = *loadRecord(m_db, id);
        signature.fields["voided"] = true;
        signature.fields["voidReason"] = signedContentVoidReason(changed);
        signature.meta.version += 1;
        signature.meta.updatedAt = m_now;
        storeRecord(m_db, signature);
    }
}

} // namespace fv::server
