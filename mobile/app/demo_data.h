#pragma once

#include "store/local_store.h"

#include <QDate>
#include <string>

namespace fv::app {

// A realistic working day for `userId` (field staff, in Chinese): customers,
// projects, visits today, overdue and recently done, open issues — written
// the way a pull page from the server lands — then two local edits still
// waiting to be sent and a sync that succeeded a few minutes ago. For the
// screenshot command and demos; never written into a real user's database.
void writeDemoData(LocalStore& store, const std::string& userId, QDate today);

} // namespace fv::app
