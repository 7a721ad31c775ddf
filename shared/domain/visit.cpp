#include "domain/visit.h"

#include "domain/rules.h"

#include <set>

namespace fv {
namespace {

bool isStarted(VisitStatus s) { return s != VisitStatus::Planned && s != VisitStatus::Cancelled; }

bool isFinished(VisitStatus s)
{
    return s == VisitStatus::Completed || s == VisitStatus::Submitted || s == VisitStatus::Reviewed ||
           s == VisitStatus::Returned;
}

void checkSatisfactionDimensionsUnique(const Visit& visit, const std::string& path, Problems& out)
{
    std::set<SatisfactionDimension> seen;
    for (std::size_t i = 0; i < visit.satisfaction.size(); ++i)
        if (!seen.insert(visit.satisfaction[i].dimension).second)
            out.push_back({joinPath(indexPath(joinPath(path, "satisfaction"), i), "dimension"),
                           "is scored twice in this visit"});
}

} // namespace

void checkRules(const Visit& visit, const std::string& path, Problems& out)
{
    rules::requireId(visit.projectId, joinPath(path, "projectId"), out);
    rules::requireText(visit.assignee, joinPath(path, "assignee"), out);
    rules::requireOrder(visit.actualStart, visit.actualEnd, joinPath(path, "actualEnd"), "actualStart", out);
    if (isStarted(visit.status) && !visit.actualStart)
        out.push_back({joinPath(path, "actualStart"), "is required once the visit has started"});
    if (isFinished(visit.status) && !visit.actualEnd)
        out.push_back({joinPath(path, "actualEnd"), "is required once the visit is completed"});
    checkSatisfactionDimensionsUnique(visit, path, out);
}

} // namespace fv
