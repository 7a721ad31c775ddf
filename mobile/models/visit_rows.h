#pragma once

#include "models/visit_row.h"
#include "store/local_store.h"

#include <string>
#include <vector>

namespace fv::app {

// The visits assigned to `userId` for one section of the Today screen, as of
// `today` (the tablet's local date):
//  - Today: planned for today and still to do (planned, in progress, or
//    returned for rework), by planned time, those without a time last;
//  - Overdue: planned before today and still to do, longest overdue first;
//  - RecentlyDone: completed, submitted or reviewed, planned within the last
//    kRecentDays days, latest first.
// Cancelled visits appear nowhere.
std::vector<VisitRow> visitRows(LocalStore& store, const std::string& userId, VisitFilter filter, QDate today);

// Every visit of one project, whoever it is assigned to, latest planned first
// (cancelled ones too: the project's history shows them).
std::vector<VisitRow> projectVisitRows(LocalStore& store, const std::string& projectId, QDate today);

inline constexpr int kRecentDays = 14;

} // namespace fv::app
