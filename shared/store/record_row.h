#pragma once

#include "domain/record.h"
#include "store/sqlite/database.h"

#include <string_view>

namespace fv {

// The columns every `records` table shares, device and server alike, in the
// order readRecordRow() expects them at the start of a SELECT.
inline constexpr std::string_view kRecordColumns =
    "id, type, version, created_at, updated_at, author, device, deleted, fields";

// Reads a record from the current row, whose first columns are kRecordColumns.
RawRecord readRecordRow(const sqlite::Statement& row);
// Only its envelope: the fields (column 8) stay text for the caller.
Envelope readEnvelopeRow(const sqlite::Statement& row);

} // namespace fv
