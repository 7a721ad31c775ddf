#pragma once

#include "domain/record.h"
#include "storage/sync_store.h"
#include "store/sqlite/database.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace fv::server {

// The project a record belongs to: a project's own id, or its projectId field;
// empty for customers.
std::string projectOf(const RawRecord& record);

std::optional<RawRecord> loadRecord(sqlite::Database& db, const std::string& id);

// Inserts or replaces the row and stamps it with the next change sequence.
// Must run inside the caller's write transaction: that is what makes the
// sequence follow commit order, so a pull never skips a change.
void storeRecord(sqlite::Database& db, const RawRecord& record);
// The same with the fields already dumped (`record.fields` as text), e.g. before the write lock.
void storeRecord(sqlite::Database& db, const RawRecord& record, std::string_view fieldsJson);

// Records a reader may see, changed after `cursor`, in change order, their fields as stored.
// allProjects: every record; otherwise the user's projects' records and the
// customers those projects belong to.
PullPage loadChanges(sqlite::Database& db, const std::string& userId, bool allProjects, std::int64_t cursor,
                     int limit);

} // namespace fv::server
