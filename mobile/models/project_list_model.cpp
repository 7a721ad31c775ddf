#include "models/project_list_model.h"

#include "models/domain_labels.h"
#include "store/store_queries.h"

ProjectListModel::ProjectListModel(QObject* parent) : StoreListModel(parent) {}

int ProjectListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant ProjectListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const auto& row = m_rows[std::size_t(index.row())];
    switch (Role(role)) {
    case IdRole:
        return row.id;
    case NameRole:
        return row.name;
    case ContractNoRole:
        return row.contractNo;
    case CustomerNameRole:
        return row.customerName;
    case PhaseRole:
        return row.phase;
    case PhaseLabelRole:
        return fv::app::labels::projectPhase(row.phase);
    case OpenIssuesRole:
        return row.openIssues;
    }
    return {};
}

QHash<int, QByteArray> ProjectListModel::roleNames() const
{
    return {{IdRole, "projectId"},          {NameRole, "name"},
            {ContractNoRole, "contractNo"}, {CustomerNameRole, "customerName"},
            {PhaseRole, "phase"},           {PhaseLabelRole, "phaseLabel"},
            {OpenIssuesRole, "openIssues"}};
}

void ProjectListModel::load(UserStore& store)
{
    const auto qs = [](const std::string& text) { return QString::fromStdString(text); };
    for (const auto& summary : fv::app::StoreQueries(*store.local()).activeProjects()) {
        m_rows.push_back({qs(summary.id), qs(summary.project.name), qs(summary.project.contractNo),
                          qs(summary.customerName), qs(std::string(fv::toString(summary.project.phase))),
                          summary.openIssues});
        m_openIssueTotal += summary.openIssues;
    }
}

void ProjectListModel::clearRows()
{
    m_rows.clear();
    m_openIssueTotal = 0;
}
