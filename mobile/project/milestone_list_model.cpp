#include "project/milestone_list_model.h"

#include "models/qt_dates.h"
#include "project/project_reads.h"

#include <algorithm>

using fv::app::MilestoneRow;

static_assert(int(MilestoneListModel::Upcoming) == int(MilestoneRow::State::Upcoming) &&
              int(MilestoneListModel::Overdue) == int(MilestoneRow::State::Overdue) &&
              int(MilestoneListModel::OnTime) == int(MilestoneRow::State::OnTime) &&
              int(MilestoneListModel::Late) == int(MilestoneRow::State::Late));

MilestoneListModel::MilestoneListModel(QObject* parent) : ProjectPartModel(parent) {}

int MilestoneListModel::lateCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(), [](const MilestoneRow& row) {
        return row.state == MilestoneRow::State::Late || row.state == MilestoneRow::State::Overdue;
    }));
}

int MilestoneListModel::reachedCount() const
{
    return int(
        std::count_if(m_rows.begin(), m_rows.end(), [](const MilestoneRow& row) { return row.actual.isValid(); }));
}

int MilestoneListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant MilestoneListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const auto& row = m_rows[std::size_t(index.row())];
    switch (Role(role)) {
    case NameRole:
        return row.name;
    case NoteRole:
        return row.note;
    case PlannedDateRole:
        return row.planned;
    case PlannedDateTextRole:
        return fv::app::dayText(row.planned);
    case ActualDateRole:
        return row.actual;
    case ActualDateTextRole:
        return fv::app::dayText(row.actual);
    case StateRole:
        return int(row.state);
    case StateLabelRole:
        return stateLabel(row);
    case DaysLateRole:
        return row.daysLate;
    }
    return {};
}

QString MilestoneListModel::stateLabel(const MilestoneRow& row) const
{
    switch (row.state) {
    case MilestoneRow::State::Upcoming:
        return tr("Not due yet");
    case MilestoneRow::State::Overdue:
        return tr("%n day(s) overdue", "", row.daysLate);
    case MilestoneRow::State::OnTime:
        return tr("On time");
    case MilestoneRow::State::Late:
        return tr("%n day(s) late", "", row.daysLate);
    }
    return {};
}

QHash<int, QByteArray> MilestoneListModel::roleNames() const
{
    return {{NameRole, "name"},
            {NoteRole, "note"},
            {PlannedDateRole, "plannedDate"},
            {PlannedDateTextRole, "plannedDateText"},
            {ActualDateRole, "actualDate"},
            {ActualDateTextRole, "actualDateText"},
            {StateRole, "state"},
            {StateLabelRole, "stateLabel"},
            {DaysLateRole, "daysLate"}};
}

void MilestoneListModel::loadProject(UserStore& store, const std::string& projectId, QDate today)
{
    m_rows = fv::app::readMilestones(*store.local(), projectId, today);
}
