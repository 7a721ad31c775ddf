#pragma once

#include <string>
#include <sys/types.h>

namespace fv::proc {

// What the kernel says of a process (/proc), for the tools that measure: the load tool and the
// app's benchmarks. Linux only.

// A process's memory as the kernel accounts it (/proc/PID/status), in KiB.
struct MemoryUse {
    long residentKiB = 0; // VmRSS: resident now
    long peakKiB = 0;     // VmHWM: the highest VmRSS so far
};

inline double megabytes(long kib) { return double(kib) * 1024.0 / 1e6; }

// Throws std::runtime_error when the process is gone or /proc cannot be read.
MemoryUse memoryOf(pid_t pid);
// The same for this process.
MemoryUse ownMemory();

// CPU time (user + system, all threads) a process has used so far, in seconds, from
// /proc/PID/stat. Throws like memoryOf.
double cpuSecondsOf(pid_t pid);
// The same for this process (the load tool itself).
double ownCpuSeconds();

// /proc/loadavg's first three numbers, as printed there: how busy the shared machine was.
std::string loadAverage();

// The CPU's "model name" from /proc/cpuinfo.
std::string cpuModel();

} // namespace fv::proc
