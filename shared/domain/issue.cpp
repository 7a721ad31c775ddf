#include "domain/issue.h"

#include "domain/rules.h"

namespace fv {

void checkRules(const Issue& issue, const std::string& path, Problems& out)
{
    rules::requireId(issue.projectId, joinPath(path, "projectId"), out);
    rules::optionalId(issue.visitId, joinPath(path, "visitId"), out);
    rules::requireText(issue.title, joinPath(path, "title"), out);
    if (issue.source == IssueSource::Visit && issue.visitId.empty())
        out.push_back({joinPath(path, "visitId"), "is required for an issue raised during a visit"});
    const bool done = issue.status == IssueStatus::Resolved || issue.status == IssueStatus::Closed;
    if (issue.solvedOnSite && issue.severity != IssueSeverity::Minor)
        out.push_back({joinPath(path, "solvedOnSite"), "only a minor issue can be recorded as solved on the spot"});
    if (done) rules::requireText(issue.resolution, joinPath(path, "resolution"), out);
    // General and major issues need someone accountable and a deadline (一般/重大问题).
    if (issue.severity != IssueSeverity::Minor && !issue.solvedOnSite && issue.status != IssueStatus::Open) {
        rules::requireText(issue.owner, joinPath(path, "owner"), out);
        if (!issue.dueDate) out.push_back({joinPath(path, "dueDate"), "is required once the issue is assigned"});
    }
    if (issue.status == IssueStatus::Closed && !issue.customerConfirmed)
        out.push_back({joinPath(path, "customerConfirmed"), "must be true before the issue is closed"});
}

} // namespace fv
