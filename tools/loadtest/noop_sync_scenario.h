#pragma once

#include "figures.h"
#include "load_options.h"
#include "syncing_device.h"

namespace fv::loadtest {

// What a device pays to learn there is nothing to do: syncOnce() with an empty outbox and no
// change on the server, repeated `noopRounds` times (or until the time limit). Every round must
// complete and move nothing, or this throws.
LatencyFigures runNoopRounds(SyncingDevice& device, const LoadOptions& options);

} // namespace fv::loadtest
