#include "sync/conflict_resolution.h"

#include "sync/field_schema.h"
#include "sync/list_merge.h"
#include "sync/merge.h"

#include <algorithm>

namespace fv::server {
namespace {

using Json = nlohmann::json;

// "visitors[0193…]" → {"visitors", "0193…"}; nullopt for a plain field name.
struct ElementName {
    std::string list;
    std::string key;
};

std::optional<ElementName> elementNameOf(const std::string& field)
{
    const auto open = field.find('[');
    if (open == std::string::npos || open == 0 || field.back() != ']') return std::nullopt;
    return ElementName{field.substr(0, open), field.substr(open + 1, field.size() - open - 2)};
}

Json valueOrNull(const Json& fields, const std::string& name)
{
    const auto it = fields.find(name);
    return it == fields.end() ? Json(nullptr) : *it;
}

Mutation updateOf(const RawRecord& current, FieldChanges changes)
{
    return {current.meta.id, current.meta.type, MutationOp::Update, current.meta.version, std::move(changes)};
}

ResolutionChange refused(std::string message) { return {std::nullopt, {{"value", std::move(message)}}}; }

// The current list with the element keyed `name.key` replaced by `chosen` (null: removed).
ResolutionChange elementChange(const RawRecord& current, const ElementName& name, const std::string& keyMember,
                               const Json& chosen)
{
    const bool keyed =
        chosen.is_object() && chosen.contains(keyMember) && elementKeyText(chosen.at(keyMember)) == name.key;
    if (!chosen.is_null() && !keyed)
        return refused("must be null (remove the element) or an element whose " + keyMember + " is " + name.key);
    const Json before = valueOrNull(current.fields, name.list);
    Json list = before.is_array() ? before : Json::array();
    const auto sameKey = [&](const Json& e) {
        return e.is_object() && e.contains(keyMember) && elementKeyText(e.at(keyMember)) == name.key;
    };
    const auto it = std::find_if(list.begin(), list.end(), sameKey);
    if (chosen.is_null()) {
        if (it != list.end()) list.erase(it);
    } else if (it != list.end()) {
        *it = chosen;
    } else {
        list.push_back(chosen);
    }
    return {updateOf(current, {{name.list, {before, std::move(list)}}}), {}};
}

} // namespace

ResolutionChange resolutionChange(const RawRecord& current, const std::string& conflictField, const Json& chosen)
{
    if (conflictField == kDeletedField) {
        if (!chosen.is_boolean()) return refused("must be true (delete the record) or false (keep it)");
        if (chosen.get<bool>())
            return {Mutation{current.meta.id, current.meta.type, MutationOp::Delete, current.meta.version, {}}, {}};
        return {updateOf(current, {}), {}};
    }
    if (const auto element = elementNameOf(conflictField)) {
        const auto keyMember = elementKeyOf(current.meta.type, element->list);
        if (!keyMember.empty()) return elementChange(current, *element, keyMember, chosen);
    }
    return {updateOf(current, {{conflictField, {valueOrNull(current.fields, conflictField), chosen}}}), {}};
}

Json provisionalWinner(const FieldConflict& conflict)
{
    if (conflict.field == kDeletedField) return false;
    if (conflict.server.is_null() && elementNameOf(conflict.field)) return conflict.device;
    return conflict.server;
}

} // namespace fv::server
