#include "figures.h"

#include <algorithm>

Spread spreadOf(std::vector<double> samples)
{
    if (samples.empty()) return {};
    std::sort(samples.begin(), samples.end());
    return {samples.front(), samples[samples.size() / 2], samples.back()};
}

QString formatSpread(const Spread& spread, const char* unit)
{
    return QStringLiteral("min %1 %4, median %2 %4, max %3 %4")
        .arg(spread.min, 0, 'f', 0)
        .arg(spread.median, 0, 'f', 0)
        .arg(spread.max, 0, 'f', 0)
        .arg(QLatin1String(unit));
}
