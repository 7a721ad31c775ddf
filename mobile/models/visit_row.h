#pragma once

#include <QDate>
#include <QString>

namespace fv::app {

// Which visits a list shows; see visitRows() for the exact rules.
enum class VisitFilter { Today, Overdue, RecentlyDone };

// One visit as a list shows it. Enum values keep their wire names so labels
// can be made again in another language without re-reading the database.
struct VisitRow {
    QString id;
    QString projectId;
    QString projectName;
    QString customerName;
    QString kind;
    QString method;
    QString status;
    QDate plannedDate;
    QString plannedTime; // "09:30" in the tablet's time zone; empty when only a day was planned
    QString address;
    QString assigneeName; // as the project team names them; filled by the project's list only
    int daysOverdue = 0; // days since the planned date, for visits not done yet
};

} // namespace fv::app
