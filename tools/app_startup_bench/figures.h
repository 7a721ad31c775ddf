#pragma once

#include <QString>
#include <vector>

// min / median / max of a list of samples, for the report lines.
struct Spread {
    double min = 0;
    double median = 0;
    double max = 0;
};

Spread spreadOf(std::vector<double> samples);
QString formatSpread(const Spread& spread, const char* unit);
