#pragma once

#include "acceptance/acceptance_rows.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>
#include <vector>

// The deliverables checklist of the acceptance an AcceptanceEditor holds
// (content, delivery date and method, accepted). The editor fills it after
// every load and save; edits go through the editor.
class DeliverableListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("AcceptanceEditor.deliverables")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int acceptedCount READ acceptedCount NOTIFY countChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        ContentRole,
        DeliveredOnRole,
        DeliveredOnTextRole,
        MethodRole,
        AcceptedRole
    };
    Q_ENUM(Role)

    using QAbstractListModel::QAbstractListModel;

    void setRows(std::vector<DeliverableRow> rows);
    int acceptedCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void countChanged();

private:
    std::vector<DeliverableRow> m_rows;
};
