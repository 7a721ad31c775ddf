#include "report.h"

#include "json/codec.h"
#include <cstdio>
#include <ostream>
#include <string>

namespace fv::loadtest {
namespace {

template <class... Args>
std::string format(const char* pattern, Args... args)
{
    char text[256];
    std::snprintf(text, sizeof text, pattern, args...);
    return text;
}

double pushPercent(const RunFigures& f)
{
    return f.ceiling.perSecond() > 0 ? 100.0 * f.push.perSecond() / f.ceiling.perSecond() : 0;
}

double barePushPercent(const RunFigures& f)
{
    return f.ceiling.barePerSecond() > 0 ? 100.0 * f.push.perSecond() / f.ceiling.barePerSecond() : 0;
}

const char* verdict(bool met) { return met ? "met" : "NOT MET"; }

void row(std::ostream& out, const std::string& name, const std::string& figure, const std::string& target,
         const char* result)
{
    auto line = format("%-18s %-58s %-12s %s", name.c_str(), figure.c_str(), target.c_str(), result);
    line.erase(line.find_last_not_of(' ') + 1); // rows without a target end in padding
    out << line << "\n";
}

void pushRows(std::ostream& out, const RunFigures& f)
{
    const auto& p = f.push;
    row(out, "push",
        format("%.0f mutations/s (%d in %.2f s, %d devices, %d applied)", p.perSecond(), p.mutations, p.seconds,
               p.devices, p.applied),
        format(">= %.0f/s", Targets::pushPerSecond), verdict(p.perSecond() >= Targets::pushPerSecond));
    row(out, "",
        format("(server CPU %.2f s: %.1f us per mutation; the tool itself %.2f s)", p.serverCpuSeconds,
               p.serverCpuMicrosPerMutation(), p.toolCpuSeconds),
        "", "");
    row(out, "push / SQLite",
        format("%.1f %% of %.0f upserts/s (server's table, %d rows)", pushPercent(f), f.ceiling.perSecond(),
               f.ceiling.rows),
        format(">= %.0f %%", Targets::pushPercentOfCeiling), verdict(pushPercent(f) >= Targets::pushPercentOfCeiling));
    row(out, "",
        format("(%.1f %% of %.0f upserts/s into a bare id+fields table)", barePushPercent(f),
               f.ceiling.barePerSecond()),
        "", "");
}

void pullRows(std::ostream& out, const RunFigures& f)
{
    const auto& p = f.pull;
    row(out, "initial pull",
        format("%.2f s for %d records (%.0f/s, pages of %d)", p.seconds, p.pulled, p.perSecond(), p.pageSize),
        format("<= %.0f s", Targets::pullSeconds), verdict(p.seconds <= Targets::pullSeconds));
}

void noopRows(std::ostream& out, const RunFigures& f)
{
    const auto& n = f.noop;
    row(out, "no-op sync p50", format("%.3f ms (%d rounds, mean %.3f ms)", n.p50Ms, n.rounds, n.meanMs),
        format("<= %.0f ms", Targets::noopP50Ms), verdict(n.p50Ms <= Targets::noopP50Ms));
    row(out, "no-op sync p99", format("%.3f ms", n.p99Ms), format("<= %.0f ms", Targets::noopP99Ms),
        verdict(n.p99Ms <= Targets::noopP99Ms));
    row(out, "no-op sync max", format("%.3f ms", n.maxMs), "", "");
}

void memoryRows(std::ostream& out, const RunFigures& f)
{
    const auto& m = f.memory;
    row(out, "server RSS",
        format("%.1f MB with %d devices connected (%d still open)", m.connectedMB, m.connections, m.established),
        format("<= %.0f MB", Targets::serverMB), verdict(m.connectedMB <= Targets::serverMB));
    row(out, "",
        format("(idle start %.1f, before connecting %.1f, after they left %.1f, peak %.1f MB)", m.idleMB, m.beforeMB,
               m.afterMB, m.peakMB),
        "", "");
}

} // namespace

void printTable(std::ostream& out, const RunFigures& f)
{
    out << "\nFieldVisit load test" << (f.quick ? " (--quick: a smoke run, not the benchmark)" : "") << "\n"
        << "machine: " << f.cores << " cores, " << f.cpu << "; load average before " << f.loadBefore << ", after "
        << f.loadAfter << "\n"
        << format("records: visits with %.0f bytes of fields as JSON (UTF-8, Chinese text)\n\n", f.fieldsBytes);
    row(out, "scenario", "figure", "target", "result");
    pushRows(out, f);
    pullRows(out, f);
    noopRows(out, f);
    memoryRows(out, f);
    out << format("\n(seeding the pull scenario through the push path took %.1f s; whole run %.1f s; server exit "
                  "status %d)\n",
                  f.pull.seedSeconds, f.totalSeconds, f.serverExitStatus);
}

void printJson(std::ostream& out, const RunFigures& f)
{
    const Json json = {
        {"tool", "fieldvisit-loadtest"},
        {"quick", f.quick},
        {"fieldsBytes", f.fieldsBytes},
        {"machine", {{"cores", f.cores}, {"cpu", f.cpu}, {"loadBefore", f.loadBefore}, {"loadAfter", f.loadAfter}}},
        {"push",
         {{"devices", f.push.devices},
          {"mutations", f.push.mutations},
          {"applied", f.push.applied},
          {"seconds", f.push.seconds},
          {"perSecond", f.push.perSecond()},
          {"serverCpuSeconds", f.push.serverCpuSeconds},
          {"toolCpuSeconds", f.push.toolCpuSeconds},
          {"met", f.push.perSecond() >= Targets::pushPerSecond}}},
        {"sqliteCeiling",
         {{"rows", f.ceiling.rows},
          {"perSecond", f.ceiling.perSecond()},
          {"barePerSecond", f.ceiling.barePerSecond()},
          {"pushPercent", pushPercent(f)},
          {"met", pushPercent(f) >= Targets::pushPercentOfCeiling}}},
        {"initialPull",
         {{"records", f.pull.pulled},
          {"pageSize", f.pull.pageSize},
          {"seconds", f.pull.seconds},
          {"seedSeconds", f.pull.seedSeconds},
          {"met", f.pull.seconds <= Targets::pullSeconds}}},
        {"noopSync",
         {{"rounds", f.noop.rounds},
          {"p50Ms", f.noop.p50Ms},
          {"p99Ms", f.noop.p99Ms},
          {"maxMs", f.noop.maxMs},
          {"meanMs", f.noop.meanMs},
          {"met", f.noop.p50Ms <= Targets::noopP50Ms && f.noop.p99Ms <= Targets::noopP99Ms}}},
        {"serverMemory",
         {{"connections", f.memory.connections},
          {"established", f.memory.established},
          {"idleMB", f.memory.idleMB},
          {"beforeMB", f.memory.beforeMB},
          {"connectedMB", f.memory.connectedMB},
          {"peakMB", f.memory.peakMB},
          {"afterMB", f.memory.afterMB},
          {"met", f.memory.connectedMB <= Targets::serverMB}}},
        {"serverExitStatus", f.serverExitStatus},
        {"totalSeconds", f.totalSeconds}};
    out << json.dump() << std::endl;
}

} // namespace fv::loadtest
