#include "storage/sqlite/conflict_resolver.h"

#include "storage/sqlite/conflict_rows.h"
#include "storage/sqlite/push_applier.h"
#include "storage/sqlite/record_rows.h"
#include "sync/conflict_resolution.h"
#include "sync/merge.h"

namespace fv::server {
namespace {

// What records written by a resolution carry as their device: no tablet made them.
constexpr const char* kReviewDevice = "review";

nlohmann::json chosenValue(const ConflictEntry& entry, const ResolveRequest& request)
{
    switch (request.choice) {
    case ConflictChoice::Server:
        return entry.conflict.server;
    case ConflictChoice::Device:
        return entry.conflict.device;
    case ConflictChoice::Value:
        break;
    }
    return request.value.value_or(nullptr);
}

// A deleted record takes no value but its own deletion: reviving it is a change of its own.
bool needsLiveRecord(const ConflictEntry& entry, const nlohmann::json& chosen)
{
    return !(entry.conflict.field == kDeletedField && chosen == true);
}

ResolveResult refusal(ResolveStatus status, ConflictEntry entry, Problems problems = {})
{
    return {status, std::move(entry), std::nullopt, std::move(problems)};
}

} // namespace

ResolveResult resolveConflict(sqlite::Database& db, const User& user, const AccessScope& scope,
                              const ResolveRequest& request, Timestamp now)
{
    auto entry = conflict_rows::loadOne(db, request.conflictId);
    if (!entry || !mayResolveConflict(user, scope, entry->recordType, entry->projectId))
        return {ResolveStatus::NotFound};
    if (entry->resolution) return refusal(ResolveStatus::AlreadyResolved, std::move(*entry));
    if (entry->recordVersion != request.baseVersion) return refusal(ResolveStatus::StaleBase, std::move(*entry));

    const auto current = loadRecord(db, entry->recordId);
    const auto chosen = chosenValue(*entry, request);
    if (!current || (current->meta.deleted && needsLiveRecord(*entry, chosen)))
        return refusal(ResolveStatus::RecordDeleted, std::move(*entry));
    auto change = resolutionChange(*current, entry->conflict.field, chosen);
    if (!change.mutation) return refusal(ResolveStatus::Invalid, std::move(*entry), std::move(change.problems));

    PushApplier applier(db, user, scope, kReviewDevice, now);
    auto applied = applier.applyReviewed(*change.mutation);
    if (applied.status == PushStatus::Forbidden) return {ResolveStatus::NotFound};
    if (!isAccepted(applied.status))
        return refusal(ResolveStatus::Invalid, std::move(*entry), std::move(applied.problems));

    entry->resolution = ConflictResolution{request.choice, chosen, user.id, now, applied.version};
    entry->recordVersion = applied.version;
    conflict_rows::markResolved(db, entry->id, *entry->resolution);
    return {ResolveStatus::Resolved, std::move(entry), std::move(applied.record), {}};
}

} // namespace fv::server
