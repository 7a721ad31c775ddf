#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QtQml/qqmlregistration.h>

// One person on the visit form, as the list shows and edits it.
struct PersonRow {
    QString id; // the element id two devices merge by
    QString name;
    QString role;
    QString phone;

    bool operator==(const PersonRow&) const = default;
};

// A list of people on the visit record (our visitors, or the customer's
// attendees). It belongs to a VisitEditor: the editor fills it from the
// record, and saves the record when the user edits it here (`edited`).
// The list does not change its rows on an edit: the editor's save, and the
// reload after it, do — so a refused save leaves the saved rows showing.
class PersonListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("a VisitEditor owns its lists of people")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role { IdRole = Qt::UserRole + 1, NameRole, RoleRole, PhoneRole };
    Q_ENUM(Role)

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    const QList<PersonRow>& rows() const { return m_rows; }
    void setRows(const QList<PersonRow>& rows);

    Q_INVOKABLE void add(const QString& name, const QString& role, const QString& phone);
    // `field`: "name", "role" or "phone".
    Q_INVOKABLE void setField(int row, const QString& field, const QString& value);
    Q_INVOKABLE void remove(int row);

signals:
    void countChanged();
    // The user asks for these rows to be saved.
    void edited(const QList<PersonRow>& rows);

private:
    QList<PersonRow> m_rows;
};
