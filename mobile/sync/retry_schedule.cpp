#include "sync/retry_schedule.h"

#include <algorithm>

namespace fv::app {

std::chrono::seconds nextSyncDelay(int failuresInARow, std::chrono::seconds interval)
{
    if (failuresInARow <= 0) return interval;
    // Doubling stops at the cap, well before the shift could overflow.
    const int doublings = std::min(failuresInARow - 1, 16);
    return std::min(kFirstRetry * (1 << doublings), kLongestRetry);
}

} // namespace fv::app
