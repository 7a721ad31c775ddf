#pragma once

// Element-by-element three-way merge of one list whose elements carry a key
// (an "id", or a satisfaction score's "dimension"), so two devices adding a
// visitor each both keep theirs instead of one list overwriting the other.

#include "sync/field_conflict.h"

#include <optional>
#include <string>
#include <vector>

namespace fv {

// An element's key as its conflicts name it: "visitors[<key text>]". Text keys as they are,
// any other key as its JSON.
std::string elementKeyText(const nlohmann::json& key);

struct ListMerge {
    nlohmann::json value; // the merged list
    std::vector<FieldConflict> conflicts;
};

// Merges `device` into `server` against their common `base` (null: nothing in
// common, as for a create). Order: the server's elements in server order,
// then the device's additions in device order. Per element:
//  - added on one side → kept; added on both sides alike → kept once;
//  - removed on one side, untouched on the other → removed;
//  - changed on one side only → that side's version;
//  - changed on both sides differently (or added on both differently) →
//    conflict "<field>[<key>]", the server's element kept provisionally;
//  - changed on one side, removed on the other → conflict, the element kept
//    (the changed version), like a record edited against a delete.
// Returns nullopt when the lists cannot be matched by key (not lists of
// objects, a key missing or repeated); the caller then merges the field as
// one value.
std::optional<ListMerge> mergeKeyedList(const std::string& field, const std::string& key,
                                        const nlohmann::json& base, const nlohmann::json& server,
                                        const nlohmann::json& device);

} // namespace fv
