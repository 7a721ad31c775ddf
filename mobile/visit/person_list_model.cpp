#include "visit/person_list_model.h"

int PersonListModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

QVariant PersonListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) return {};
    const PersonRow& person = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return person.id;
    case NameRole:
        return person.name;
    case RoleRole:
        return person.role;
    case PhoneRole:
        return person.phone;
    default:
        return {};
    }
}

QHash<int, QByteArray> PersonListModel::roleNames() const
{
    return {{IdRole, "personId"}, {NameRole, "name"}, {RoleRole, "role"}, {PhoneRole, "phone"}};
}

void PersonListModel::setRows(const QList<PersonRow>& rows)
{
    if (rows == m_rows) return;
    const bool countChanges = rows.size() != m_rows.size();
    beginResetModel();
    m_rows = rows;
    endResetModel();
    if (countChanges) emit countChanged();
}

void PersonListModel::add(const QString& name, const QString& role, const QString& phone)
{
    QList<PersonRow> rows = m_rows;
    rows.append({QString(), name.trimmed(), role.trimmed(), phone.trimmed()}); // the editor gives it an id
    emit edited(rows);
}

void PersonListModel::setField(int row, const QString& field, const QString& value)
{
    if (row < 0 || row >= m_rows.size()) return;
    QList<PersonRow> rows = m_rows;
    PersonRow& person = rows[row];
    QString* target = field == u"name"    ? &person.name
                      : field == u"role"  ? &person.role
                      : field == u"phone" ? &person.phone
                                          : nullptr;
    if (!target || *target == value.trimmed()) return;
    *target = value.trimmed();
    emit edited(rows);
}

void PersonListModel::remove(int row)
{
    if (row < 0 || row >= m_rows.size()) return;
    QList<PersonRow> rows = m_rows;
    rows.removeAt(row);
    emit edited(rows);
}
