#include "sync/merge.h"

#include "json/record_json.h"
#include "sync/field_schema.h"
#include "sync/list_merge.h"
#include "sync/transitions.h"

#include <string>

namespace fv {
namespace {

using Json = nlohmann::json;

Json valueOrNull(const Json& object, const std::string& key)
{
    const auto it = object.find(key);
    return it == object.end() ? Json(nullptr) : *it;
}

MergeResult rejected(const ServerRecord& current, Problems problems)
{
    return {MergeOutcome::Rejected, current.fields, current.deleted, {}, std::move(problems)};
}

// What can be refused before looking at any value.
Problems checkRequest(const ServerRecord& current, const Mutation& mutation)
{
    Problems out;
    for (const auto& [name, change] : mutation.changes)
        if (!isKnownField(mutation.recordType, name))
            out.push_back({"fields." + name, "is not a known field"});
    if (!current.exists && mutation.op != MutationOp::Create) {
        out.push_back({"recordId", "no such record"});
        return out;
    }
    const std::int64_t version = current.exists ? current.version : 0;
    if (mutation.baseVersion < 0) out.push_back({"baseVersion", "must not be negative"});
    else if (mutation.baseVersion > version)
        out.push_back({"baseVersion", "is ahead of the server's version " + std::to_string(version)});
    return out;
}

MergeResult applyAll(Json fields, const FieldChanges& changes)
{
    if (fields.is_null()) fields = Json::object();
    // Both sorted by name: the place after the last change is where the next one goes, mostly.
    auto& object = fields.get_ref<Json::object_t&>();
    auto hint = object.begin();
    for (const auto& [name, change] : changes) hint = std::next(object.insert_or_assign(hint, name, change.value));
    return {MergeOutcome::Applied, std::move(fields), false, {}, {}};
}

// Three-way merge of one field into `fields` (see merge.h for the rule).
void mergeField(RecordType type, const std::string& name, const FieldChange& change, Json& fields,
                std::vector<FieldConflict>& conflicts)
{
    const Json server = valueOrNull(fields, name);
    if (server == change.value) return;
    if (server == change.base) {
        fields[name] = change.value;
        return;
    }
    if (const auto key = elementKeyOf(type, name); !key.empty()) {
        if (auto list = mergeKeyedList(name, key, change.base, server, change.value)) {
            fields[name] = std::move(list->value);
            conflicts.insert(conflicts.end(), list->conflicts.begin(), list->conflicts.end());
            return;
        }
    }
    conflicts.push_back({name, change.base, server, change.value}); // server value stays: first accepted wins
}

MergeResult mergeAll(RecordType type, Json fields, const FieldChanges& changes)
{
    MergeResult result{MergeOutcome::Merged, std::move(fields), false, {}, {}};
    for (const auto& [name, change] : changes)
        mergeField(type, name, change, result.fields, result.conflicts);
    if (!result.conflicts.empty()) result.outcome = MergeOutcome::Conflict;
    return result;
}

// An update or create: applied as sent when the base is current, merged when
// stale. Reaching a deleted record revives it (see merge.h) with a conflict.
MergeResult mergeEdit(const ServerRecord& current, RecordType type, bool stale, const FieldChanges& changes)
{
    MergeResult result = stale ? mergeAll(type, current.fields, changes) : applyAll(current.fields, changes);
    if (current.deleted) {
        result.conflicts.insert(result.conflicts.begin(), FieldConflict{kDeletedField, !stale, true, false});
        result.outcome = MergeOutcome::Conflict;
    }
    return result;
}

MergeResult mergeCreate(const ServerRecord& current, const Mutation& mutation)
{
    if (!current.exists) return applyAll(Json::object(), mutation.changes);
    // A replayed create, or two devices picking the same id: the device had no
    // base, so whatever the server holds counts as a change made there.
    FieldChanges changes = mutation.changes;
    for (auto& [name, change] : changes) change.base = nullptr;
    return mergeEdit(current, mutation.recordType, true, changes);
}

MergeResult mergeDelete(const ServerRecord& current, const Mutation& mutation)
{
    MergeResult result{MergeOutcome::Applied, current.fields, true, {}, {}};
    if (current.deleted || mutation.baseVersion == current.version) return result;
    // Someone changed the record after this device last saw it: keep it alive.
    result.deleted = false;
    result.outcome = MergeOutcome::Conflict;
    result.conflicts.push_back({kDeletedField, false, false, true});
    return result;
}

// The device's own status change must be legal even when the merge keeps the
// server's status; and the stored record must move only along the table.
Problems transitionProblems(const ServerRecord& current, const Mutation& mutation, const Json& merged)
{
    if (const auto it = mutation.changes.find("status");
        mutation.op == MutationOp::Update && it != mutation.changes.end()) {
        auto problems = checkTransition(mutation.recordType, Json{{"status", it->second.base}},
                                        Json{{"status", it->second.value}});
        if (!problems.empty()) return problems;
    }
    return current.exists ? checkTransition(mutation.recordType, current.fields, merged) : Problems{};
}

MergeResult finish(const ServerRecord& current, const Mutation& mutation, MergeResult result)
{
    if (mutation.op == MutationOp::Delete) return result; // fields untouched: nothing to check
    // Moved: on success the canonical form replaces them, on failure the server's are kept.
    auto canonical = canonicalFields(mutation.recordType, std::move(result.fields));
    if (!canonical.ok()) return rejected(current, std::move(canonical.problems));
    if (auto problems = transitionProblems(current, mutation, *canonical.value); !problems.empty())
        return rejected(current, std::move(problems));
    result.fields = std::move(*canonical.value);
    return result;
}

} // namespace

MergeResult mergeMutation(const ServerRecord& current, const Mutation& mutation)
{
    if (auto problems = checkRequest(current, mutation); !problems.empty())
        return rejected(current, std::move(problems));
    switch (mutation.op) {
    case MutationOp::Create: return finish(current, mutation, mergeCreate(current, mutation));
    case MutationOp::Update:
        return finish(current, mutation,
                      mergeEdit(current, mutation.recordType, mutation.baseVersion < current.version,
                                mutation.changes));
    case MutationOp::Delete: return finish(current, mutation, mergeDelete(current, mutation));
    }
    return rejected(current, {{"op", "is not a known operation"}});
}

} // namespace fv
