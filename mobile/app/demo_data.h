#pragma once

#include "store/local_store.h"

#include <QDate>
#include <string>

namespace fv::app {

// A realistic working day for `userId` (field staff, in Chinese): customers,
// projects, visits today, overdue and recently done, open issues — written
// the way a pull page from the server lands — then local edits still waiting
// to be sent (today's first visit started, its record half filled in, issues
// raised in it) and a sync that succeeded a few minutes ago. For the
// screenshot command and demos; never written into a real user's database.
struct DemoRecords {
    std::string visitInProgress; // today's first visit, its record half filled in
};

DemoRecords writeDemoData(LocalStore& store, const std::string& userId, QDate today);

} // namespace fv::app
