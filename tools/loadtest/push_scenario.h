#pragma once

#include "accounts.h"
#include "figures.h"
#include "load_options.h"

#include <string>
#include <sys/types.h>
#include <vector>

namespace fv::loadtest {

// Push throughput: every device on its own thread and kept-alive connection sends
// `batchesPerDevice` batches of `batchSize` new visits as fast as the server answers. Logins and
// encoding the bodies happen before the clock starts; the clock stops when the last answer is in.
// `serverPid` is read for the server's CPU time over the timed interval.
PushFigures runPushScenario(const std::string& url, pid_t serverPid, const std::vector<Account>& devices,
                            const LoadOptions& options);

} // namespace fv::loadtest
