#pragma once

#include "acceptance/acceptance_rows.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>
#include <vector>

// The rectification items (整改项) of the acceptance an AcceptanceEditor
// holds: what must be fixed, by when, and whether it is done.
class RectificationListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("AcceptanceEditor.rectifications")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int openCount READ openCount NOTIFY countChanged)

public:
    enum Role { IdRole = Qt::UserRole + 1, DescriptionRole, DueDateRole, DueDateTextRole, DoneRole };
    Q_ENUM(Role)

    using QAbstractListModel::QAbstractListModel;

    void setRows(std::vector<RectificationRow> rows);
    int openCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void countChanged();

private:
    std::vector<RectificationRow> m_rows;
};
