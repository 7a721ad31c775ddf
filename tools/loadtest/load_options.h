#pragma once

#include <chrono>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>

namespace fv::loadtest {

// How big one run is. The defaults are the full benchmark of BENCHMARKS.md; --quick scales every
// scenario down to a smoke run of a few seconds that still exercises each code path.
struct LoadOptions {
    std::string serverBinary;  // the fieldvisit-server to start
    int devices = 10;          // pushing devices, one thread and one user each
    int batchesPerDevice = 50; // push requests per device
    int batchSize = 100;       // create mutations per push request
    int pullRecords = 100000;  // records the bootstrapping device pulls
    int noopRounds = 2000;     // no-op syncOnce() calls timed
    int connections = 200;     // kept-alive devices for the memory figure
    bool keepData = false;     // leave the temporary folder behind for inspection
    bool quick = false;
    // Every scenario stops at this bound even if its count is not reached (and says so).
    std::chrono::seconds scenarioTimeLimit{180};

    int pushMutations() const { return devices * batchesPerDevice * batchSize; }
};

class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// `--name value` options; `--quick`, `--keep-data` and `--help` are flags. Returns nullopt for
// --help. Throws UsageError naming the offending option.
std::optional<LoadOptions> parseLoadOptions(std::span<const std::string_view> args, std::string defaultServer);

std::string loadUsage(std::string_view program);

} // namespace fv::loadtest
