#pragma once

#include "store/sqlite/database.h"

#include <set>
#include <string>

namespace fv::server {

// The projects a user is assigned to (the project_members table).
std::set<std::string> assignedProjects(sqlite::Database& db, const std::string& userId);

} // namespace fv::server
