#pragma once

#include <QDate>
#include <QString>

// The acceptance report's lines as its lists show them (Qt values only, so
// Qt-facing headers need no shared/ header).
struct DeliverableRow {
    QString id;
    QString content;
    QDate deliveredOn; // invalid: not given
    QString method;
    bool accepted = false;
};

struct RectificationRow {
    QString id;
    QString description;
    QDate dueDate; // invalid: not given
    bool done = false;
};
