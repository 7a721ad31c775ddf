#pragma once

#include "auth/user.h"
#include "domain/envelope.h"

#include <set>
#include <string>

namespace fv::server {

// What one user may touch: the back office and admins see every project;
// everyone else sees the projects they are assigned to.
struct AccessScope {
    bool allProjects = false;
    std::set<std::string> projectIds;

    bool covers(const std::string& projectId) const { return allProjects || projectIds.count(projectId) > 0; }
};

AccessScope scopeFor(const User& user, std::set<std::string> assignedProjects);

// May `user` create or change a record of `type` belonging to `projectId`
// (empty for customers, which belong to no single project)? Field staff write
// the records of their visits; leads also their project's own record;
// customers and projects are otherwise the back office's.
bool mayWrite(const User& user, const AccessScope& scope, RecordType type, const std::string& projectId);

// Who settles conflicts kept for review: project leads, the back office and admins, for records
// they may write. Field staff see their projects' conflicts but never decide them.
bool mayReviewConflicts(const User& user);
bool mayResolveConflict(const User& user, const AccessScope& scope, RecordType type, const std::string& projectId);

} // namespace fv::server
