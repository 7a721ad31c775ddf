#pragma once

#include "figures.h"
#include "load_options.h"

#include <iosfwd>

namespace fv::loadtest {

// One whole run, every scenario in turn against one server started for it: SQLite ceiling, push,
// initial pull, no-op rounds, memory with many devices. Says what it is doing on `progress`.
// Throws (std::runtime_error or fv::Error) when a scenario cannot complete; a figure that misses
// its target is not a failure.
RunFigures runLoadTest(const LoadOptions& options, std::ostream& progress);

} // namespace fv::loadtest
