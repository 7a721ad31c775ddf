#include "acceptance/rectification_list_model.h"

#include <algorithm>

void RectificationListModel::setRows(std::vector<RectificationRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    emit countChanged();
}

int RectificationListModel::openCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(), [](const RectificationRow& row) { return !row.done; }));
}

int RectificationListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant RectificationListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const auto& row = m_rows[std::size_t(index.row())];
    switch (Role(role)) {
    case IdRole:
        return row.id;
    case DescriptionRole:
        return row.description;
    case DueDateRole:
        return row.dueDate;
    case DueDateTextRole:
        return row.dueDate.toString(Qt::ISODate);
    case DoneRole:
        return row.done;
    }
    return {};
}

QHash<int, QByteArray> RectificationListModel::roleNames() const
{
    return {{IdRole, "itemId"},
            {DescriptionRole, "description"},
            {DueDateRole, "dueDate"},
            {DueDateTextRole, "dueDateText"},
            {DoneRole, "done"}};
}
