#pragma once

#include "figures.h"
#include "syncing_device.h"

namespace fv::loadtest {

// A new device's bootstrap: from its first pull until the last page is written to its database,
// through SyncEngine::syncOnce() exactly as the app runs it. `serverRecords` are the records the
// server holds, all visible to the device's user. Throws unless the run completes and the
// device then holds every one of them.
PullFigures runInitialPull(SyncingDevice& device, int serverRecords);

} // namespace fv::loadtest
