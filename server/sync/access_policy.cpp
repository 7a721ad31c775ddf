#include "sync/access_policy.h"

namespace fv::server {

AccessScope scopeFor(const User& user, std::set<std::string> assignedProjects)
{
    const bool all = user.role == Role::Admin || user.role == Role::BackOffice;
    return {all, std::move(assignedProjects)};
}

bool mayWrite(const User& user, const AccessScope& scope, RecordType type, const std::string& projectId)
{
    if (user.role == Role::Admin || user.role == Role::BackOffice) return true;
    if (type == RecordType::Customer) return false;
    if (type == RecordType::Project && user.role != Role::ProjectLead) return false;
    return !projectId.empty() && scope.covers(projectId);
}

bool mayReviewConflicts(const User& user) { return user.role != Role::FieldStaff; }

bool mayResolveConflict(const User& user, const AccessScope& scope, RecordType type, const std::string& projectId)
{
    return mayReviewConflicts(user) && mayWrite(user, scope, type, projectId);
}

} // namespace fv::server
