#include "project/issue_list_model.h"

#include "project/project_reads.h"

#include <algorithm>

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
    return rowData(m_rows[std::size_t(index.row())], role);
}

QHash<int, QByteArray> IssueListModel::roleNames() const { return rowRoleNames(); }

void IssueListModel::loadProject(UserStore& store, const std::string& projectId, QDate today)
{
    m_rows = fv::app::readIssues(*store.local(), projectId, today);
}
