#pragma once

#include "storage/sync_store.h"

#include <string>

namespace fv::server {

// The push answer's body: toJson(PushResponse) as JSON text, written straight to text. A record
// whose fields the store kept as text (PushOutcome::storedFields) carries that text instead of
// its fields encoded and dumped again: a batch of visits is mostly those fields.
std::string pushAnswerBody(const PushOutcome& outcome);

} // namespace fv::server
