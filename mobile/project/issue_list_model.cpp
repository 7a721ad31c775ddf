#include "project/issue_list_model.h"

#include "models/domain_labels.h"
#include "models/qt_dates.h"
#include "project/project_reads.h"

#include <algorithm>

namespace labels = fv::app::labels;
using fv::app::IssueRow;

IssueListModel::IssueListModel(QObject* parent) : ProjectPartModel(parent) {}

int IssueListModel::openCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(), [](const IssueRow& row) { return row.open; }));
}

int IssueListModel::overdueCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(), [](const IssueRow& row) { return row.overdue; }));
}

int IssueListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant IssueListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const auto& row = m_rows[std::size_t(index.row())];
    switch (Role(role)) {
    case IdRole:
        return row.id;
    case VisitIdRole:
        return row.visitId;
    case TitleRole:
        return row.title;
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
    case OwnerNameRole:
        return row.ownerName;
    case DueDateRole:
        return row.dueDate;
    case DueDateTextRole:
        return fv::app::dayText(row.dueDate);
    case OpenRole:
        return row.open;
    case OverdueRole:
        return row.overdue;
    }
    return {};
}

QHash<int, QByteArray> IssueListModel::roleNames() const
{
    return {{IdRole, "issueId"},
            {VisitIdRole, "visitId"},
            {TitleRole, "title"},
            {CategoryRole, "category"},
            {CategoryLabelRole, "categoryLabel"},
            {SeverityRole, "severity"},
            {SeverityLabelRole, "severityLabel"},
            {StatusRole, "status"},
            {StatusLabelRole, "statusLabel"},
            {OwnerNameRole, "ownerName"},
            {DueDateRole, "dueDate"},
            {DueDateTextRole, "dueDateText"},
            {OpenRole, "open"},
            {OverdueRole, "overdue"}};
}

void IssueListModel::loadProject(UserStore& store, const std::string& projectId, QDate today)
{
    m_rows = fv::app::readIssues(*store.local(), projectId, today);
}
