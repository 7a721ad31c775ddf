#include "domain/project.h"

#include "domain/rules.h"

namespace fv {

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
