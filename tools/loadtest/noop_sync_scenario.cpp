#include "noop_sync_scenario.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <numeric>
#include <stdexcept>
#include <vector>

namespace fv::loadtest {
namespace {

using Clock = std::chrono::steady_clock;

// Nearest rank: the smallest sample with at least `fraction` of the samples at or below it.
double percentile(const std::vector<double>& sorted, double fraction)
{
    const auto rank = std::size_t(std::ceil(fraction * double(sorted.size())));
    return sorted[std::max<std::size_t>(rank, 1) - 1];
}

void requireNoop(const SyncReport& report, int round)
{
    if (!report.ok()) throw std::runtime_error("no-op round " + std::to_string(round) + " failed: " + report.error);
    if (report.pulled != 0 || !report.pushed.empty())
        throw std::runtime_error("no-op round " + std::to_string(round) + " moved records: nothing should change");
}

} // namespace

LatencyFigures runNoopRounds(SyncingDevice& device, const LoadOptions& options)
{
    std::vector<double> ms;
    ms.reserve(std::size_t(options.noopRounds));
    const auto deadline = Clock::now() + options.scenarioTimeLimit;
    for (int round = 0; round < options.noopRounds && Clock::now() < deadline; ++round) {
        const auto start = Clock::now();
        const auto report = device.syncOnce();
        ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
        requireNoop(report, round);
    }
    std::sort(ms.begin(), ms.end());
    return {.rounds = int(ms.size()),
            .p50Ms = percentile(ms, 0.50),
            .p99Ms = percentile(ms, 0.99),
            .maxMs = ms.back(),
            .meanMs = std::accumulate(ms.begin(), ms.end(), 0.0) / double(ms.size())};
}

} // namespace fv::loadtest
