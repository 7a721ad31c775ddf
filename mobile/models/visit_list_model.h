#pragma once

#include "models/store_list_model.h"
#include "models/visit_row.h"

#include <QDate>
#include <vector>

// One section of the Today screen: the signed-in user's visits planned for
// today, overdue, or recently done; or every visit of the project `projectId`
// (filter OfProject). Rules in models/visit_rows.h.
class VisitListModel : public StoreListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Filter filter READ filter WRITE setFilter NOTIFY filterChanged)
    Q_PROPERTY(QString projectId READ projectId WRITE setProjectId NOTIFY projectIdChanged)
    // The day the lists are "as of"; unset means the tablet's date at each refresh.
    Q_PROPERTY(QDate referenceDate READ referenceDate WRITE setReferenceDate NOTIFY referenceDateChanged)
    // The day the rows were read for, and that day as a screen's title ("Monday, November 30"):
    // after midnight the next refresh moves both on.
    Q_PROPERTY(QDate asOf READ asOf NOTIFY refreshed)
    Q_PROPERTY(QString asOfText READ asOfText NOTIFY refreshed)

public:
    enum Filter { Today, Overdue, RecentlyDone, OfProject };
    Q_ENUM(Filter)

    enum Role {
        IdRole = Qt::UserRole + 1,
        ProjectIdRole,
        ProjectNameRole,
        CustomerNameRole,
        KindRole,
        KindLabelRole,
        MethodRole,
        MethodLabelRole,
        StatusRole,
        StatusLabelRole,
        PlannedDateRole,
        PlannedDateTextRole,
        PlannedTimeRole,
        AddressRole,
        DaysOverdueRole,
        AssigneeNameRole,
    };
    Q_ENUM(Role)

    explicit VisitListModel(QObject* parent = nullptr);

    Filter filter() const { return m_filter; }
    void setFilter(Filter filter);
    QString projectId() const { return m_projectId; }
    void setProjectId(const QString& projectId);
    QDate referenceDate() const { return m_referenceDate; }
    void setReferenceDate(const QDate& date);
    QDate asOf() const { return m_asOf; }
    QString asOfText() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void filterChanged();
    void projectIdChanged();
    void referenceDateChanged();

protected:
    void load(UserStore& store) override;
    void clearRows() override { m_rows.clear(); }
    QList<int> translatedRoles() const override
    {
        return {KindLabelRole, MethodLabelRole, StatusLabelRole, PlannedDateTextRole};
    }

private:
    Filter m_filter = Today;
    QString m_projectId;
    QDate m_referenceDate;
    QDate m_asOf;
    std::vector<fv::app::VisitRow> m_rows;
};
