#include "domain/project.h"

#include "domain/rules.h"

#include <algorithm>

namespace fv {

const TeamMember* Project::member(const std::string& userId) const
{
    const auto found = std::find_if(team.begin(), team.end(), [&](const TeamMember& m) { return m.userId == userId; });
    return found == team.end() ? nullptr : &*found;
}

std::string Project::memberName(const std::string& userId) const
{
    const TeamMember* found = member(userId);
    return found && !found->name.empty() ? found->name : userId;
}

void checkRules(const Milestone& milestone, const std::string& path, Problems& out)
{
    rules::requireId(milestone.id, joinPath(path, "id"), out);
    rules::requireText(milestone.name, joinPath(path, "name"), out);
}

void checkRules(const TeamMember& member, const std::string& path, Problems& out)
{
    rules::requireText(member.userId, joinPath(path, "userId"), out);
    rules::requireText(member.name, joinPath(path, "name"), out);
}

void checkRules(const Project& project, const std::string& path, Problems& out)
{
    rules::requireText(project.name, joinPath(path, "name"), out);
    rules::requireId(project.customerId, joinPath(path, "customerId"), out);
    rules::requireText(project.leadId, joinPath(path, "leadId"), out);
}

} // namespace fv
