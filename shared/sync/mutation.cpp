#include "sync/mutation.h"

#include "domain/rules.h"

namespace fv {
namespace {

const nlohmann::json& valueOrNull(const nlohmann::json& object, const std::string& key)
{
    static const nlohmann::json null;
    const auto it = object.find(key);
    return it == object.end() ? null : *it;
}

} // namespace

void checkRules(const Mutation& mutation, const std::string& path, Problems& out)
{
    rules::requireId(mutation.recordId, joinPath(path, "recordId"), out);
    if (mutation.baseVersion < 0) out.push_back({joinPath(path, "baseVersion"), "must not be negative"});
    if (mutation.op == MutationOp::Create && mutation.baseVersion != 0)
        out.push_back({joinPath(path, "baseVersion"), "must be 0 for a create"});
    if (mutation.op == MutationOp::Update && mutation.changes.empty())
        out.push_back({joinPath(path, "changes"), "an update must change at least one field"});
    if (mutation.op == MutationOp::Delete && !mutation.changes.empty())
        out.push_back({joinPath(path, "changes"), "a delete carries no field changes"});
}

FieldChanges diffFields(const nlohmann::json& before, const nlohmann::json& after)
{
    FieldChanges changes;
    for (const auto& [key, value] : after.items())
        if (const auto& old = valueOrNull(before, key); old != value) changes[key] = {old, value};
    for (const auto& [key, value] : before.items())
        if (!after.contains(key)) changes[key] = {value, nullptr};
    return changes;
}

} // namespace fv
