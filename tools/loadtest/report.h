#pragma once

#include "figures.h"

#include <iosfwd>

namespace fv::loadtest {

// The targets the figures are judged against (BENCHMARKS.md gives the reasons).
struct Targets {
    static constexpr double pushPerSecond = 20000;
    static constexpr double pushPercentOfCeiling = 25;
    static constexpr double pullSeconds = 5;
    static constexpr double noopP50Ms = 2;
    static constexpr double noopP99Ms = 10;
    static constexpr double serverMB = 150;
};

// A human-readable table, each figure with its target and whether it was met.
void printTable(std::ostream& out, const RunFigures& figures);
// Everything on one line of JSON, last, for scripts.
void printJson(std::ostream& out, const RunFigures& figures);

} // namespace fv::loadtest
