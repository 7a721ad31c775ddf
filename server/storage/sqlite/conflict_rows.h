#pragma once

#include "storage/conflict_review.h"
#include "store/sqlite/database.h"

#include <cstdint>
#include <optional>
#include <string>

// The conflicts table (migrations 1 and 3), read with each conflict's record as it is now.
// Functions run on the caller's connection, inside its transaction where it has one.
namespace fv::server::conflict_rows {

// allProjects: every conflict; otherwise those of records in the user's projects.
ConflictPage load(sqlite::Database& db, const std::string& userId, bool allProjects, const ConflictQuery& query);

std::optional<ConflictEntry> loadOne(sqlite::Database& db, std::int64_t id);

void markResolved(sqlite::Database& db, std::int64_t id, const ConflictResolution& resolution);

} // namespace fv::server::conflict_rows
