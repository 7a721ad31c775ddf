#include "pull_scenario.h"

#include <chrono>
#include <stdexcept>

namespace fv::loadtest {

PullFigures runInitialPull(SyncingDevice& device, int serverRecords)
{
    const auto start = std::chrono::steady_clock::now();
    const auto report = device.syncOnce();
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (!report.ok()) throw std::runtime_error("the initial pull failed: " + report.error);
    const auto held = device.recordCount();
    if (report.pulled != serverRecords || held != serverRecords)
        throw std::runtime_error("the initial pull brought " + std::to_string(report.pulled) + " records (" +
                                 std::to_string(held) + " stored) of the " + std::to_string(serverRecords) +
                                 " the server holds");
    return {.serverRecords = serverRecords,
            .pulled = report.pulled,
            .pageSize = device.options().pullPage,
            .seconds = seconds};
}

} // namespace fv::loadtest
