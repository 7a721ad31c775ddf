#pragma once

#include "store/local_store.h"
#include "sync/sync_problem_row.h"

#include <vector>

namespace fv::app {

// The refusals and conflicts the user has not dismissed (SyncLedger), newest
// first, each with the record it concerns as the tablet holds it now.
std::vector<SyncProblemRow> readSyncProblems(LocalStore& store);

} // namespace fv::app
