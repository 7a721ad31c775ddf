#include "load_run.h"

#include "accounts.h"
#include "memory_scenario.h"
#include "noop_sync_scenario.h"
#include "proc_status.h"
#include "pull_scenario.h"
#include "push_scenario.h"
#include "scratch_dir.h"
#include "seed_records.h"
#include "server_under_test.h"
#include "sqlite_ceiling.h"
#include "visit_generator.h"

#include <algorithm>
#include <chrono>
#include <ostream>
#include <thread>

namespace fv::loadtest {
namespace {

using Clock = std::chrono::steady_clock;

// Tops the server up to the records the pull scenario asks for, then bootstraps a new back-office
// device (it sees every record) and times no-op rounds on it once it is up to date.
void runDeviceScenarios(const std::string& url, const Account& office, const LoadOptions& options,
                        const ScratchDir& scratch, RunFigures& f, std::ostream& progress)
{
    const int held = f.push.applied;
    const int missing = options.pullRecords - held;
    double seedSeconds = 0;
    if (missing > 0) {
        progress << "seeding " << missing << " more visits through the push path (not timed)..." << std::endl;
        seedSeconds = seedRecords(url, office, missing, options.scenarioTimeLimit);
    }
    SyncingDevice device(url, office, scratch / "device.sqlite");
    progress << "initial pull of " << std::max(held, options.pullRecords) << " records..." << std::endl;
    f.pull = runInitialPull(device, std::max(held, options.pullRecords));
    f.pull.seedSeconds = seedSeconds;
    progress << "no-op sync rounds: " << options.noopRounds << "..." << std::endl;
    f.noop = runNoopRounds(device, options);
}

} // namespace

RunFigures runLoadTest(const LoadOptions& options, std::ostream& progress)
{
    const auto start = Clock::now();
    RunFigures f;
    f.quick = options.quick;
    f.cpu = proc::cpuModel();
    f.cores = int(std::thread::hardware_concurrency());
    f.loadBefore = proc::loadAverage();
    f.fieldsBytes = meanFieldsBytes(1000);

    ScratchDir scratch(options.keepData);
    progress << "working in " << scratch.path().string() << (options.keepData ? " (kept)" : "") << std::endl;
    ServerUnderTest server(options.serverBinary, scratch / "server-data", scratch / "server.log");
    const double idleMB = proc::megabytes(server.memory().residentKiB);
    progress << "server " << server.url() << "; creating " << options.devices + 1 << " users..." << std::endl;
    const auto staff = createFieldStaff(server, options.devices);
    const auto office = createBackOffice(server, "office01");

    progress << "SQLite ceiling: " << options.pushMutations() << " upserts, twice..." << std::endl;
    f.ceiling = measureSqliteCeiling(scratch.path(), options.pushMutations());
    progress << "push: " << options.devices << " devices x " << options.batchesPerDevice << " batches of "
             << options.batchSize << "..." << std::endl;
    f.push = runPushScenario(server.url(), server.pid(), staff, options);
    runDeviceScenarios(server.url(), office, options, scratch, f, progress);
    progress << "memory: " << options.connections << " devices signing in and pulling..." << std::endl;
    f.memory = runMemoryScenario(server, staff, options);
    f.memory.idleMB = idleMB;

    f.serverExitStatus = server.stop();
    f.loadAfter = proc::loadAverage();
    f.totalSeconds = std::chrono::duration<double>(Clock::now() - start).count();
    return f;
}

} // namespace fv::loadtest
