#include "seed_records.h"

#include "device_connection.h"
#include "util/uuid.h"
#include "visit_generator.h"
#include "worker_threads.h"

#include <stdexcept>

namespace fv::loadtest {
namespace {

using Clock = std::chrono::steady_clock;

// Larger batches than a tablet sends: fewer round trips, same server work per record.
constexpr int kSeedBatch = 500;
// One seeding connection per core keeps both server threads busy.
constexpr int kSeeders = 2;

void seedShare(const std::string& url, const Account& office, int seeder, int count, Clock::time_point deadline)
{
    DeviceConnection connection(url);
    connection.login(office.userId, office.password);
    const std::string deviceId = office.deviceId + "-seed-" + std::to_string(seeder);
    const std::string projectId = newUuidV7();
    std::int64_t seq = 1;
    for (int left = count; left > 0; left -= kSeedBatch) {
        if (Clock::now() > deadline) throw std::runtime_error("seeding the pull scenario ran out of time");
        const int n = std::min(left, kSeedBatch);
        const int applied = connection.push(pushBody(deviceId, createVisits(seq, n, projectId, office.userId)));
        if (applied != n)
            throw std::runtime_error("seeding: the server applied " + std::to_string(applied) + " of " +
                                     std::to_string(n) + " visits");
        seq += n;
    }
}

} // namespace

double seedRecords(const std::string& url, const Account& office, int count, std::chrono::seconds timeLimit)
{
    const auto start = Clock::now();
    runOnThreads(kSeeders, [&](int i) {
        const int share = count / kSeeders + (i < count % kSeeders ? 1 : 0);
        seedShare(url, office, i + 1, share, start + timeLimit);
    });
    return std::chrono::duration<double>(Clock::now() - start).count();
}

} // namespace fv::loadtest
