#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QVariant>

// One issue (问题) as every issue list shows it — the project's 问题台账 and the
// issues raised during a visit — and the roles that expose it, so that both
// lists speak the same words. Qt types only (no shared/ header): the Qt-facing
// models hold it. Enum values keep their wire names; labels are made in the
// current language when shown.
namespace fv::app {

struct IssueRow {
    QString id;
    QString visitId;
    QString title;
    QString description;
    QString category; // wire names
    QString severity;
    QString status;
    bool solvedOnSite = false;
    QString ownerName; // by the project team, else the user id
    QDate dueDate;
    bool open = false;    // open or being solved
    bool overdue = false; // still open after its due date
};

// The roles of an issue list. A model inherits this so that its roles read
// Model::TitleRole.
struct IssueRoles {
    enum Role {
        IdRole = Qt::UserRole + 1,
        VisitIdRole,
        TitleRole,
        DescriptionRole,
        CategoryRole,
        CategoryLabelRole,
        SeverityRole,
        SeverityLabelRole,
        StatusRole,
        StatusLabelRole,
        SolvedOnSiteRole,
        OwnerNameRole,
        DueDateRole,
        DueDateTextRole,
        OpenRole,
        OverdueRole,
    };

    static QVariant rowData(const IssueRow& row, int role);
    static QHash<int, QByteArray> rowRoleNames();
    // The roles whose text changes with the language.
    static QList<int> labelRoles() { return {CategoryLabelRole, SeverityLabelRole, StatusLabelRole, DueDateTextRole}; }
};

} // namespace fv::app
