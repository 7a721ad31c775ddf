#include "push_scenario.h"

#include "device_connection.h"
#include "proc_status.h"
#include "visit_generator.h"
#include "worker_threads.h"

#include <atomic>
#include <chrono>
#include <latch>

namespace fv::loadtest {
namespace {

using Clock = std::chrono::steady_clock;

std::vector<std::string> encodeBatches(const Account& device, const LoadOptions& options)
{
    std::vector<std::string> bodies;
    for (int b = 0; b < options.batchesPerDevice; ++b) {
        const auto firstSeq = 1 + std::int64_t(b) * options.batchSize;
        bodies.push_back(
            pushBody(device.deviceId, createVisits(firstSeq, options.batchSize, device.projectId, device.userId)));
    }
    return bodies;
}

} // namespace

PushFigures runPushScenario(const std::string& url, pid_t serverPid, const std::vector<Account>& devices,
                            const LoadOptions& options)
{
    const int count = int(devices.size());
    std::latch ready(count + 1);
    std::atomic<Clock::time_point> deadline{Clock::time_point::max()};
    std::atomic<int> requests{0}, applied{0};
    Clock::time_point start;
    double serverCpu = 0, toolCpu = 0;

    auto device = [&](int i) {
        const auto& account = devices[std::size_t(i)];
        DeviceConnection connection(url);
        std::vector<std::string> bodies;
        try {
            connection.login(account.userId, account.password);
            bodies = encodeBatches(account, options);
        } catch (...) {
            ready.count_down(); // the others must not wait for this device forever
            throw;
        }
        ready.arrive_and_wait();
        for (const auto& body : bodies) {
            if (Clock::now() > deadline.load()) break; // bounded in time as well as in count
            applied += connection.push(body);
            ++requests;
        }
    };
    runOnThreads(count + 1, [&](int i) {
        if (i < count) return device(i);
        // The starter: once every device has signed in and encoded its batches, start the clock.
        ready.arrive_and_wait();
        start = Clock::now();
        // Every device has encoded its batches by now: what the tool uses from here is the run's.
        serverCpu = proc::cpuSecondsOf(serverPid);
        toolCpu = proc::ownCpuSeconds();
        deadline = start + options.scenarioTimeLimit;
    });
    const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
    serverCpu = proc::cpuSecondsOf(serverPid) - serverCpu;
    toolCpu = proc::ownCpuSeconds() - toolCpu;
    return {.devices = count,
            .requests = requests,
            .mutations = requests * options.batchSize,
            .applied = applied,
            .seconds = seconds,
            .serverCpuSeconds = serverCpu,
            .toolCpuSeconds = toolCpu};
}

} // namespace fv::loadtest
