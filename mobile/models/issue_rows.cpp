#include "models/issue_rows.h"

#include "models/domain_labels.h"
#include "models/qt_dates.h"

namespace fv::app {
namespace {

QString qs(const std::string& text) { return QString::fromStdString(text); }
template <class E> QString wire(E value) { return qs(std::string(toString(value))); }

} // namespace

IssueRow issueRow(const Record<Issue>& record, const Project* project, QDate today)
{
    const Issue& issue = record.body;
    IssueRow row;
    row.id = qs(record.meta.id);
    row.visitId = qs(issue.visitId);
    row.title = qs(issue.title);
    row.description = qs(issue.description);
    row.category = wire(issue.category);
    row.severity = wire(issue.severity);
    row.status = wire(issue.status);
    row.solvedOnSite = issue.solvedOnSite;
    row.ownerName = qs(project ? project->memberName(issue.owner) : issue.owner);
    row.dueDate = issue.dueDate ? toQDate(*issue.dueDate) : QDate();
    row.open = issue.status == IssueStatus::Open || issue.status == IssueStatus::InProgress;
    row.overdue = row.open && row.dueDate.isValid() && row.dueDate < today;
    return row;
}

QVariant IssueRoles::rowData(const IssueRow& row, int role)
{
    switch (Role(role)) {
    case IdRole:
        return row.id;
    case VisitIdRole:
        return row.visitId;
    case TitleRole:
        return row.title;
    case DescriptionRole:
        return row.description;
    case CategoryRole:
        return row.category;
    case CategoryLabelRole:
        return labels::issueCategory(row.category);
    case SeverityRole:
        return row.severity;
    case SeverityLabelRole:
        return labels::issueSeverity(row.severity);
    case StatusRole:
        return row.status;
    case StatusLabelRole:
        return labels::issueStatus(row.status);
    case SolvedOnSiteRole:
        return row.solvedOnSite;
    case OwnerNameRole:
        return row.ownerName;
    case DueDateRole:
        return row.dueDate;
    case DueDateTextRole:
        return dayText(row.dueDate);
    case OpenRole:
        return row.open;
    case OverdueRole:
        return row.overdue;
    }
    return {};
}

QHash<int, QByteArray> IssueRoles::rowRoleNames()
{
    return {{IdRole, "issueId"},
            {VisitIdRole, "visitId"},
            {TitleRole, "title"},
            {DescriptionRole, "description"},
            {CategoryRole, "category"},
            {CategoryLabelRole, "categoryLabel"},
            {SeverityRole, "severity"},
            {SeverityLabelRole, "severityLabel"},
            {StatusRole, "status"},
            {StatusLabelRole, "statusLabel"},
            {SolvedOnSiteRole, "solvedOnSite"},
            {OwnerNameRole, "ownerName"},
            {DueDateRole, "dueDate"},
            {DueDateTextRole, "dueDateText"},
            {OpenRole, "open"},
            {OverdueRole, "overdue"}};
}

} // namespace fv::app
