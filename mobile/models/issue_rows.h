#pragma once

#include "domain/issue.h"
#include "domain/project.h"
#include "domain/record.h"
#include "models/issue_row.h"

namespace fv::app {

// An issue as the lists show it. `project` names its owner (nullptr: the owner's user id);
// it is overdue when still open after its due date, as of `today`.
IssueRow issueRow(const Record<Issue>& record, const Project* project, QDate today);

} // namespace fv::app
