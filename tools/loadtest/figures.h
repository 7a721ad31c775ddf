#pragma once

#include <string>

namespace fv::loadtest {

// What each scenario measured, for the table and the JSON line. Seconds are wall-clock time.

struct PushFigures {
    int devices = 0;
    int requests = 0;  // push requests answered
    int mutations = 0; // mutations sent
    int applied = 0;   // answered "applied"
    double seconds = 0;
    double serverCpuSeconds = 0; // the server's CPU time (all threads) over the same interval
    double toolCpuSeconds = 0;   // the load tool's own, on the same cores
    double perSecond() const { return seconds > 0 ? mutations / seconds : 0; }
    double serverCpuMicrosPerMutation() const { return mutations > 0 ? serverCpuSeconds * 1e6 / mutations : 0; }
};

struct CeilingFigures {
    int rows = 0;
    double seconds = 0;     // the server's records table: its constraint and indexes
    double bareSeconds = 0; // a table of id and fields only
    double perSecond() const { return seconds > 0 ? rows / seconds : 0; }
    double barePerSecond() const { return bareSeconds > 0 ? rows / bareSeconds : 0; }
};

struct PullFigures {
    int serverRecords = 0; // records the server held, all visible to the device
    int pulled = 0;        // records the device wrote
    int pageSize = 0;
    double seedSeconds = 0; // topping the server up to serverRecords through the push path
    double seconds = 0;     // first pull to last page applied
    double perSecond() const { return seconds > 0 ? pulled / seconds : 0; }
};

struct LatencyFigures {
    int rounds = 0;
    double p50Ms = 0;
    double p99Ms = 0;
    double maxMs = 0;
    double meanMs = 0;
};

// Sizes in MB of 10^6 bytes, the stricter reading of a "150 MB" target.
struct MemoryFigures {
    int connections = 0; // devices that logged in and pulled
    int established = 0; // TCP connections to the server still established when RSS was read
    double idleMB = 0;   // VmRSS just after start
    double beforeMB = 0; // VmRSS after the other scenarios, before the devices connect
    double connectedMB = 0;
    double peakMB = 0;  // VmHWM at that point: the highest resident size of the whole run
    double afterMB = 0; // VmRSS once the devices have disconnected
    double connectSeconds = 0;
};

struct RunFigures {
    std::string cpu;
    int cores = 0;
    std::string loadBefore;
    std::string loadAfter;
    bool quick = false;
    double fieldsBytes = 0; // mean size of one visit's fields as JSON
    PushFigures push;
    CeilingFigures ceiling;
    PullFigures pull;
    LatencyFigures noop;
    MemoryFigures memory;
    int serverExitStatus = -1;
    double totalSeconds = 0;
};

} // namespace fv::loadtest
