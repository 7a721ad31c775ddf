#pragma once

#include "accounts.h"

#include <chrono>
#include <string>

namespace fv::loadtest {

// Adds `count` visits to the server through the ordinary push path, as the back office would
// import them, so the pull scenario has a realistic history to bootstrap from. Not a figure:
// returns the seconds it took, for the report. Stops at `timeLimit` (and says so by throwing).
double seedRecords(const std::string& url, const Account& office, int count, std::chrono::seconds timeLimit);

} // namespace fv::loadtest
