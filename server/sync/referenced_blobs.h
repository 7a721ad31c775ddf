#pragma once

#include "domain/record.h"

#include "json/codec.h"
#include <string>
#include <vector>

namespace fv::server {

// The blobs a stored record needs before it counts as synced: an attachment's photo (`sha256`)
// and its thumbnail, a signature's image. Voided signatures still need theirs (they are kept as
// evidence); a deleted record needs none. Empty references are skipped.
//
// The device needs the same list to upload a record's blobs before the record; when that code
// is written this belongs in shared/sync/.
std::vector<std::string> referencedBlobs(const RawRecord& record);

} // namespace fv::server
