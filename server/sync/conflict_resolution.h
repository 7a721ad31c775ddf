#pragma once

#include "domain/record.h"
#include "sync/field_conflict.h"
#include "sync/mutation.h"
#include "util/problem.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace fv::server {

// The change that writes a reviewer's chosen value for one conflict into the record as it is
// now. It is a mutation on the record's current version, so the push's own rules (merge.h:
// validation, status transitions; signed_content.h: voiding) judge it like any device's edit.
//  - "_deleted": true deletes the record; false keeps it as it is (an update changing nothing);
//  - "<list>[<key>]": the element with that key is replaced by the chosen one, added where
//    missing, removed when the choice is null;
//  - any other field: set to the chosen value.
struct ResolutionChange {
    std::optional<Mutation> mutation;
    Problems problems; // at "value": the choice cannot stand in that place at all
};

ResolutionChange resolutionChange(const RawRecord& current, const std::string& conflictField,
                                  const nlohmann::json& chosen);

// The value the record kept when the conflict was found: the server's, except that a record
// edited against a delete stays alive and an element edited against its removal stays in its
// list (merge.h, list_merge.h).
nlohmann::json provisionalWinner(const FieldConflict& conflict);

} // namespace fv::server
