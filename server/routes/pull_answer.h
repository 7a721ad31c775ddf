#pragma once

#include "storage/sync_store.h"

#include <string>

namespace fv::server {

// The pull answer's body: toJson(PullResponse) as JSON text, each record's fields written as the
// store keeps them (PullPage) rather than parsed and dumped again.
std::string pullAnswerBody(const PullPage& page);

} // namespace fv::server
