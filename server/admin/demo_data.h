#pragma once

#include "admin/csv_import.h"

namespace fv::server {

class AccountStore;

// A believable little world for trying FieldVisit: customers, projects and
// visits around today (done, due, overdue), in Chinese, plus the users
// `demo` (field staff on every demo project) and `office` (back office),
// both with password `fieldvisit-demo`. Ids are derived, so seeding again
// changes nothing; dates move with the day it is run.
ImportPlan demoRecords(Date today);

// Creates the demo users if missing and assigns them.
void ensureDemoUsers(AccountStore& accounts, const ImportPlan& plan);

inline constexpr const char* kDemoPassword = "fieldvisit-demo";

} // namespace fv::server
