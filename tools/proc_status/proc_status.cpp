#include "proc_status.h"

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <sys/resource.h>
#include <unistd.h>

namespace fv::proc {

MemoryUse memoryOf(pid_t pid)
{
    const std::string path = "/proc/" + std::to_string(pid) + "/status";
    std::ifstream status(path);
    if (!status) throw std::runtime_error("cannot read " + path);
    MemoryUse use;
    std::string line;
    while (std::getline(status, line)) {
        std::istringstream fields(line);
        std::string name;
        long kib = 0;
        fields >> name >> kib;
        if (name == "VmRSS:") use.residentKiB = kib;
        if (name == "VmHWM:") use.peakKiB = kib;
    }
    if (use.residentKiB == 0) throw std::runtime_error(path + " has no VmRSS line");
    return use;
}

double cpuSecondsOf(pid_t pid)
{
    const std::string path = "/proc/" + std::to_string(pid) + "/stat";
    std::ifstream file(path);
    std::string stat;
    if (!std::getline(file, stat)) throw std::runtime_error("cannot read " + path);
    // The command name (field 2) is in parentheses and may hold spaces: count from after it.
    std::istringstream fields(stat.substr(stat.rfind(')') + 2));
    std::string skip;
    for (int field = 3; field < 14; ++field) fields >> skip;
    long long userTicks = 0, systemTicks = 0;
    fields >> userTicks >> systemTicks; // fields 14 and 15
    if (!fields) throw std::runtime_error(path + " has no CPU times");
    return double(userTicks + systemTicks) / double(sysconf(_SC_CLK_TCK));
}

double ownCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](const timeval& t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

std::string loadAverage()
{
    std::ifstream file("/proc/loadavg");
    std::string one, five, fifteen;
    file >> one >> five >> fifteen;
    return file ? one + " " + five + " " + fifteen : "unknown";
}

std::string cpuModel()
{
    std::ifstream file("/proc/cpuinfo");
    for (std::string line; std::getline(file, line);) {
        if (!line.starts_with("model name")) continue;
        const auto colon = line.find(':');
        return colon == std::string::npos ? line : line.substr(line.find_first_not_of(' ', colon + 1));
    }
    return "unknown";
}

MemoryUse ownMemory() { return memoryOf(getpid()); }

} // namespace fv::proc
