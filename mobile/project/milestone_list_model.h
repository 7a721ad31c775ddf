#pragma once

#include "project/project_part_model.h"
#include "project/project_rows.h"

#include <vector>

// The project's work plan (工作计划表): each milestone planned against
// actual, and whether it was (or is being) missed.
class MilestoneListModel : public ProjectPartModel {
    Q_OBJECT
    QML_ELEMENT
    // Milestones reached late, or past their planned date and not reached.
    Q_PROPERTY(int lateCount READ lateCount NOTIFY refreshed)
    Q_PROPERTY(int reachedCount READ reachedCount NOTIFY refreshed)

public:
    enum State { Upcoming, Overdue, OnTime, Late };
    Q_ENUM(State)

    enum Role {
        NameRole = Qt::UserRole + 1,
        NoteRole,
        PlannedDateRole,
        PlannedDateTextRole,
        ActualDateRole,
        ActualDateTextRole,
        StateRole,
        StateLabelRole,
        DaysLateRole,
    };
    Q_ENUM(Role)

    explicit MilestoneListModel(QObject* parent = nullptr);

    int lateCount() const;
    int reachedCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    void loadProject(UserStore& store, const std::string& projectId, QDate today) override;
    void clearRows() override { m_rows.clear(); }
    QList<int> translatedRoles() const override { return {PlannedDateTextRole, ActualDateTextRole, StateLabelRole}; }

private:
    QString stateLabel(const fv::app::MilestoneRow& row) const;

    std::vector<fv::app::MilestoneRow> m_rows;
};
