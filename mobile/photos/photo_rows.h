#pragma once

#include "photos/photo_row.h"
#include "store/local_store.h"

#include <string>
#include <vector>

namespace fv::app {

// The photo attachments of `ownerId` (a record of `projectId`), in the order
// they were added, with where their files are on this tablet.
std::vector<PhotoRow> photoRows(LocalStore& store, const std::string& projectId, const std::string& ownerId);

} // namespace fv::app
