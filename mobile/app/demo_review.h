#pragma once

#include "store/local_store.h"

#include <QDate>
#include <string>

// What the project and sync-problems screenshots show, on top of the demo
// day (app/demo_data.h). For the screenshot command only.
namespace fv::app {

// The project the screenshots open: the MES implementation, the one with the most history.
std::string demoProjectId(LocalStore& store);

// Three local edits and the server's answers to them, written through the
// sync ledger as a sync run would: a change to another project's scope the
// server forbade, an issue of the MES project it found invalid, and an
// MES visit record whose customer's words were changed on the server too (a
// conflict).
void writeDemoSyncProblems(LocalStore& store, QDate today);

} // namespace fv::app
