#include "models/visit_list_model.h"

#include "models/domain_labels.h"
#include "models/visit_rows.h"

#include <QLocale>

namespace labels = fv::app::labels;

VisitListModel::VisitListModel(QObject* parent) : StoreListModel(parent) {}

void VisitListModel::setFilter(Filter filter)
{
    if (m_filter == filter) return;
    m_filter = filter;
    emit filterChanged();
    refresh();
}

void VisitListModel::setProjectId(const QString& projectId)
{
    if (m_projectId == projectId) return;
    m_projectId = projectId;
    emit projectIdChanged();
    refresh();
}

void VisitListModel::setReferenceDate(const QDate& date)
{
    if (m_referenceDate == date) return;
    m_referenceDate = date;
    emit referenceDateChanged();
    refresh();
}

int VisitListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant VisitListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const auto& row = m_rows[std::size_t(index.row())];
    switch (Role(role)) {
    case IdRole:
        return row.id;
    case ProjectIdRole:
        return row.projectId;
    case ProjectNameRole:
        return row.projectName;
    case CustomerNameRole:
        return row.customerName;
    case KindRole:
        return row.kind;
    case KindLabelRole:
        return labels::visitKind(row.kind);
    case MethodRole:
        return row.method;
    case MethodLabelRole:
        return labels::visitMethod(row.method);
    case StatusRole:
        return row.status;
    case StatusLabelRole:
        return labels::visitStatus(row.status);
    case PlannedDateRole:
        return row.plannedDate;
    // The format is translated: "Nov 29" in English, "11月29日" in Chinese.
    case PlannedDateTextRole:
        return QLocale().toString(row.plannedDate, tr("MMM d"));
    case PlannedTimeRole:
        return row.plannedTime;
    case AddressRole:
        return row.address;
    case DaysOverdueRole:
        return row.daysOverdue;
    case AssigneeNameRole:
        return row.assigneeName;
    }
    return {};
}

QHash<int, QByteArray> VisitListModel::roleNames() const
{
    return {{IdRole, "visitId"},
            {ProjectIdRole, "projectId"},
            {ProjectNameRole, "projectName"},
            {CustomerNameRole, "customerName"},
            {KindRole, "kind"},
            {KindLabelRole, "kindLabel"},
            {MethodRole, "method"},
            {MethodLabelRole, "methodLabel"},
            {StatusRole, "status"},
            {StatusLabelRole, "statusLabel"},
            {PlannedDateRole, "plannedDate"},
            {PlannedDateTextRole, "plannedDateText"},
            {PlannedTimeRole, "plannedTime"},
            {AddressRole, "address"},
            {DaysOverdueRole, "daysOverdue"},
            {AssigneeNameRole, "assigneeName"}};
}

QString VisitListModel::asOfText() const
{
    const QDate day = m_asOf.isValid() ? m_asOf : QDate::currentDate();
    return QLocale().toString(day, tr("dddd, MMMM d")); // a translated format: "11月30日 星期一" in Chinese
}

void VisitListModel::load(UserStore& store)
{
    static_assert(int(Today) == int(fv::app::VisitFilter::Today) &&
                  int(RecentlyDone) == int(fv::app::VisitFilter::RecentlyDone));
    const QDate today = m_referenceDate.isValid() ? m_referenceDate : QDate::currentDate();
    m_asOf = today;
    if (m_filter == OfProject) {
        if (!m_projectId.isEmpty()) m_rows = fv::app::projectVisitRows(*store.local(), m_projectId.toStdString(), today);
        return;
    }
    m_rows = fv::app::visitRows(*store.local(), store.userId().toStdString(), fv::app::VisitFilter(m_filter), today);
}
