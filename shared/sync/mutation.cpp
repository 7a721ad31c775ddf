#include "sync/mutation.h"

#include "util/error.h"

namespace fv {
namespace {

const nlohmann::json& valueOrNull(const nlohmann::json& object, const std::string& key)
{
    static const nlohmann::json null;
    const auto it = object.find(key);
    return it == object.end() ? null : *it;
}

} // namespace

FieldChanges diffFields(const nlohmann::json& before, const nlohmann::json& after)
{
    FieldChanges changes;
    for (const auto& [key, value] : after.items())
        if (const auto& old = valueOrNull(before, key); old != value) changes[key] = {old, value};
    for (const auto& [key, value] : before.items())
        if (!after.contains(key)) changes[key] = {value, nullptr};
    return changes;
}

nlohmann::json changesToJson(const FieldChanges& changes)
{
    nlohmann::json json = nlohmann::json::object();
    for (const auto& [key, change] : changes) json[key] = {{"base", change.base}, {"value", change.value}};
    return json;
}

FieldChanges changesFromJson(const nlohmann::json& json)
{
    if (!json.is_object()) throw Error(ErrorDomain::Protocol, "invalid_changes", "changes must be an object", "changes");
    FieldChanges changes;
    for (const auto& [key, change] : json.items()) {
        if (!change.is_object() || !change.contains("value"))
            throw Error(ErrorDomain::Protocol, "invalid_changes", "a change needs base and value", "changes." + key);
        changes[key] = {valueOrNull(change, "base"), change.at("value")};
    }
    return changes;
}

} // namespace fv
