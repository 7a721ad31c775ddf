#pragma once

#include "models/store_list_model.h"

#include <QList>
#include <QStringList>

// A conflict or a refusal the server reported for the record, as the form shows it.
struct RecordProblemRow {
    bool refusal = false;
    qint64 key = 0; // the conflict's id, or the refused outbox entry's seq
    QString field;  // the conflict's field path ("runningStatus", "satisfaction[delivery_time]")
    QString serverValue;
    QString deviceValue;
    QString reason; // why the server refused
};

// What the server said about one record that the user should see on it:
// fields where another device's edit won over this tablet's and no reviewer
// has settled it yet (the server's value is on the record for now; this
// tablet's is kept here), and changes the server refused, with the reason.
// The user dismisses them one by one.
class RecordProblemModel : public StoreListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString recordId READ recordId WRITE setRecordId NOTIFY recordIdChanged)
    // The record's top-level fields with a conflict, so the form can mark them ("runningStatus", "satisfaction").
    Q_PROPERTY(QStringList conflictFields READ conflictFields NOTIFY refreshed)

public:
    enum Role {
        RefusalRole = Qt::UserRole + 1,
        FieldRole,
        FieldLabelRole,
        ServerValueRole,
        DeviceValueRole,
        ReasonRole,
    };
    Q_ENUM(Role)

    explicit RecordProblemModel(QObject* parent = nullptr);

    QString recordId() const { return m_recordId; }
    void setRecordId(const QString& id);
    QStringList conflictFields() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Removes the row from the tablet's logs; the record itself is unchanged.
    Q_INVOKABLE void dismiss(int row);

signals:
    void recordIdChanged();

protected:
    void load(UserStore& store) override;
    void clearRows() override { m_rows.clear(); }
    QList<int> translatedRoles() const override { return {FieldLabelRole}; }

private:
    QList<RecordProblemRow> m_rows;
    QString m_recordId;
};
