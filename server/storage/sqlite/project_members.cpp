#include "storage/sqlite/project_members.h"

namespace fv::server {

std::set<std::string> assignedProjects(sqlite::Database& db, const std::string& userId)
{
    auto statement = db.cached("SELECT project_id FROM project_members WHERE user_id = ?"); // every push asks
    statement->bindAll(userId);
    std::set<std::string> projects;
    while (statement->step()) projects.insert(statement->columnText(0));
    return projects;
}

} // namespace fv::server
