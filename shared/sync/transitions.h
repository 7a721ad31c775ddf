#pragma once

// Which status changes a visit and an issue may make. The merge refuses a
// mutation whose status change is not listed here; the app uses the same
// tables to offer only the buttons that make sense.
//
// Visit:  planned → in_progress | cancelled;  in_progress → completed | cancelled;
//         completed → submitted | in_progress;  submitted → reviewed | returned;
//         returned → in_progress | submitted;  reviewed → (final);  cancelled → planned.
// Issue:  open → in_progress | resolved;  in_progress → resolved | open;
//         resolved → closed | in_progress;  closed → in_progress (reopened).
// Staying at the same status is always allowed; a new record may start at any.

#include "domain/issue.h"
#include "domain/visit.h"
#include "util/problem.h"

#include <nlohmann/json.hpp>

#include <vector>

namespace fv {

bool canTransition(VisitStatus from, VisitStatus to);
bool canTransition(IssueStatus from, IssueStatus to);

// The statuses reachable in one step, in table order.
std::vector<VisitStatus> nextStatuses(VisitStatus from);
std::vector<IssueStatus> nextStatuses(IssueStatus from);

// A problem at "fields.status" ("cannot go from submitted to planned") when
// the status in `newFields` may not follow the one in `oldFields`. Types
// without a status, and a status missing or unreadable on either side, give
// no problem here: field validation reports unreadable values.
Problems checkTransition(RecordType type, const nlohmann::json& oldFields, const nlohmann::json& newFields);

} // namespace fv
