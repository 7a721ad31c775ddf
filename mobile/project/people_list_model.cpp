#include "project/people_list_model.h"

#include "project/project_reads.h"

PeopleListModel::PeopleListModel(QObject* parent) : ProjectPartModel(parent) {}

void PeopleListModel::setGroup(Group group)
{
    if (m_group == group) return;
    m_group = group;
    emit groupChanged();
    refresh();
}

int PeopleListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant PeopleListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const auto& row = m_rows[std::size_t(index.row())];
    switch (Role(role)) {
    case NameRole:
        return row.name;
    case RoleRole:
        return row.role;
    case PhoneRole:
        return row.phone;
    case EmailRole:
        return row.email;
    case LeadRole:
        return row.lead;
    }
    return {};
}

QHash<int, QByteArray> PeopleListModel::roleNames() const
{
    return {{NameRole, "name"}, {RoleRole, "role"}, {PhoneRole, "phone"}, {EmailRole, "email"}, {LeadRole, "lead"}};
}

void PeopleListModel::loadProject(UserStore& store, const std::string& projectId, QDate)
{
    m_rows = m_group == Contacts ? fv::app::readContacts(*store.local(), projectId)
                                 : fv::app::readTeam(*store.local(), projectId);
}
