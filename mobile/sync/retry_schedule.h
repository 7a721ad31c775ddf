#pragma once

#include <chrono>

namespace fv::app {

// When the next automatic sync runs. After a success: `interval`. After
// failures in a row: 15 s, doubling each time, never more than 5 minutes,
// so a tablet out of coverage all day neither drains its battery nor waits
// long once the network is back.
std::chrono::seconds nextSyncDelay(int failuresInARow, std::chrono::seconds interval);

inline constexpr std::chrono::seconds kFirstRetry{15};
inline constexpr std::chrono::seconds kLongestRetry{300};
// A local save syncs this soon, so edits leave the tablet while the user is still in coverage.
inline constexpr std::chrono::seconds kSyncAfterEdit{5};

} // namespace fv::app
