#pragma once

// What the merge needs to know about a record type's fields, read from the
// same `fields()` lists the JSON mapping uses, so a new field or a new list
// of identified elements merges correctly without touching the merge code.

#include "domain/envelope.h"

#include <string>
#include <string_view>

namespace fv {

// Whether `field` is a top-level field of records of `type`.
bool isKnownField(RecordType type, std::string_view field);

// The key that identifies an element of the list field `field` ("id" for
// people, milestones, deliverables and rectifications; "dimension" for a
// visit's satisfaction scores), or empty when the field merges as one value.
std::string elementKeyOf(RecordType type, std::string_view field);

} // namespace fv
