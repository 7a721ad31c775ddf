#include "memory_scenario.h"

#include "device_connection.h"
#include "worker_threads.h"

#include <chrono>
#include <cstdio>
#include <fstream>
#include <memory>
#include <mutex>
#include <sstream>
#include <thread>

namespace fv::loadtest {
namespace {

using Clock = std::chrono::steady_clock;

// Client threads opening connections: logins wait on the server's Argon2 check, so a few in
// flight keep both of its threads busy without the tool itself crowding the cores.
constexpr int kOpeners = 4;
constexpr int kFirstPage = 1000; // the app's page size

int portOf(const std::string& url) { return std::stoi(url.substr(url.rfind(':') + 1)); }

// The kernel writes /proc/net/tcp's addresses in hex, "0100007F:1F90" for 127.0.0.1:8080; state 01
// is ESTABLISHED.
bool isEstablishedServerSide(const std::string& line, const std::string& local)
{
    std::istringstream fields(line);
    std::string slot, localAddress, remoteAddress, state;
    fields >> slot >> localAddress >> remoteAddress >> state;
    return localAddress == local && state == "01";
}

// Until the server has seen every device hang up (bounded by the deadline), so the memory read
// next is what it keeps once they are gone.
void waitForClosed(int port, Clock::time_point deadline)
{
    while (establishedTo(port) > 0 && Clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
}

} // namespace

int establishedTo(int port)
{
    char local[32];
    std::snprintf(local, sizeof local, "0100007F:%04X", unsigned(port));
    std::ifstream table("/proc/net/tcp");
    int count = 0;
    for (std::string line; std::getline(table, line);)
        if (isEstablishedServerSide(line, local)) ++count;
    return count;
}

MemoryFigures runMemoryScenario(ServerUnderTest& server, const std::vector<Account>& accounts,
                                const LoadOptions& options)
{
    MemoryFigures figures;
    figures.beforeMB = proc::megabytes(server.memory().residentKiB);
    std::mutex mutex;
    std::vector<std::unique_ptr<DeviceConnection>> open; // kept until RSS has been read
    const auto start = Clock::now();
    const auto deadline = start + options.scenarioTimeLimit;
    runOnThreads(kOpeners, [&](int opener) {
        for (int i = opener; i < options.connections && Clock::now() < deadline; i += kOpeners) {
            auto device = std::make_unique<DeviceConnection>(server.url());
            const auto& account = accounts[std::size_t(i) % accounts.size()];
            device->login(account.userId, account.password);
            device->pull(0, kFirstPage);
            const std::lock_guard lock(mutex);
            open.push_back(std::move(device));
        }
    });
    figures.connectSeconds = std::chrono::duration<double>(Clock::now() - start).count();
    figures.connections = int(open.size());
    const auto use = server.memory();
    figures.established = establishedTo(portOf(server.url()));
    figures.connectedMB = proc::megabytes(use.residentKiB);
    figures.peakMB = proc::megabytes(use.peakKiB);
    open.clear();
    waitForClosed(portOf(server.url()), deadline);
    figures.afterMB = proc::megabytes(server.memory().residentKiB);
    return figures;
}

} // namespace fv::loadtest
