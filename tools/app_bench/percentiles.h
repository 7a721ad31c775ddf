#pragma once

#include <vector>

// Nearest-rank percentiles of a list of samples, for the report lines.
struct Percentiles {
    double p50 = 0;
    double p99 = 0;
    double max = 0;
};

Percentiles percentilesOf(std::vector<double> samples);
