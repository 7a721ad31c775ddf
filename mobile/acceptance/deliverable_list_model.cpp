#include "acceptance/deliverable_list_model.h"

#include <algorithm>

void DeliverableListModel::setRows(std::vector<DeliverableRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    emit countChanged();
}

int DeliverableListModel::acceptedCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(), [](const DeliverableRow& row) { return row.accepted; }));
}

int DeliverableListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant DeliverableListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const auto& row = m_rows[std::size_t(index.row())];
    switch (Role(role)) {
    case IdRole:
        return row.id;
    case ContentRole:
        return row.content;
    case DeliveredOnRole:
        return row.deliveredOn;
    case DeliveredOnTextRole:
        return row.deliveredOn.toString(Qt::ISODate);
    case MethodRole:
        return row.method;
    case AcceptedRole:
        return row.accepted;
    }
    return {};
}

QHash<int, QByteArray> DeliverableListModel::roleNames() const
{
    return {{IdRole, "deliverableId"},        {ContentRole, "content"},
            {DeliveredOnRole, "deliveredOn"}, {DeliveredOnTextRole, "deliveredOnText"},
            {MethodRole, "method"},           {AcceptedRole, "accepted"}};
}
