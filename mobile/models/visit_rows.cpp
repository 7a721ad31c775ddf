#include "models/visit_rows.h"

#include "models/qt_dates.h"
#include "store/store_queries.h"

#include <algorithm>

namespace fv::app {
namespace {

const std::vector<VisitStatus> kOpenStatuses{VisitStatus::Planned, VisitStatus::InProgress, VisitStatus::Returned};
const std::vector<VisitStatus> kDone{VisitStatus::Completed, VisitStatus::Submitted, VisitStatus::Reviewed};

VisitQuery queryFor(const std::string& userId, VisitFilter filter, QDate today)
{
    VisitQuery query;
    query.assignee = userId;
    switch (filter) {
    case VisitFilter::Today:
        query.plannedFrom = query.plannedTo = fromQDate(today);
        query.statuses = kOpenStatuses;
        break;
    case VisitFilter::Overdue:
        query.plannedTo = fromQDate(today.addDays(-1));
        query.statuses = kOpenStatuses;
        break;
    case VisitFilter::RecentlyDone:
        query.plannedFrom = fromQDate(today.addDays(-kRecentDays));
        query.statuses = kDone;
        break;
    }
    return query;
}

QString qs(const std::string& text) { return QString::fromStdString(text); }

// A user as the project team names them, or their id when not on the team.
VisitRow rowOf(const Record<Visit>& visit, const std::map<std::string, ProjectNames>& names, QDate today)
{
    const auto& v = visit.body;
    VisitRow row;
    row.id = qs(visit.meta.id);
    row.projectId = qs(v.projectId);
    if (const auto it = names.find(v.projectId); it != names.end()) {
        row.projectName = qs(it->second.project);
        row.customerName = qs(it->second.customer);
    }
    row.kind = qs(std::string(toString(v.kind)));
    row.method = qs(std::string(toString(v.method)));
    row.status = qs(std::string(toString(v.status)));
    row.plannedDate = toQDate(v.plannedDate);
    if (v.plannedStart) row.plannedTime = toQDateTime(*v.plannedStart).toLocalTime().toString(QStringLiteral("HH:mm"));
    row.address = qs(v.location.address);
    const bool open = std::find(kOpenStatuses.begin(), kOpenStatuses.end(), v.status) != kOpenStatuses.end();
    row.daysOverdue = open ? std::max<qint64>(0, row.plannedDate.daysTo(today)) : 0;
    return row;
}

} // namespace

std::vector<VisitRow> visitRows(LocalStore& store, const std::string& userId, VisitFilter filter, QDate today)
{
    const auto visits = store.visits(queryFor(userId, filter, today));
    const auto names = StoreQueries(store).projectNames();
    std::vector<VisitRow> rows;
    rows.reserve(visits.size());
    for (const auto& visit : visits) rows.push_back(rowOf(visit, names, today));
    if (filter == VisitFilter::RecentlyDone) std::reverse(rows.begin(), rows.end());
    // The store sorts visits without a planned time first; the day reads better with them last.
    if (filter == VisitFilter::Today)
        std::stable_partition(rows.begin(), rows.end(), [](const VisitRow& row) { return !row.plannedTime.isEmpty(); });
    return rows;
}

std::vector<VisitRow> projectVisitRows(LocalStore& store, const std::string& projectId, QDate today)
{
    VisitQuery query;
    query.projectId = projectId;
    const auto visits = store.visits(query);
    const auto names = StoreQueries(store).projectNames();
    const auto project = store.get<Project>(projectId);
    std::vector<VisitRow> rows;
    rows.reserve(visits.size());
    for (auto visit = visits.rbegin(); visit != visits.rend(); ++visit) {
        rows.push_back(rowOf(*visit, names, today));
        rows.back().assigneeName = qs(project ? project->body.memberName(visit->body.assignee) : visit->body.assignee);
    }
    return rows;
}

} // namespace fv::app
