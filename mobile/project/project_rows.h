#pragma once

#include "models/issue_row.h"

#include <QDate>
#include <QDateTime>
#include <QString>

// A project's parts as the project screen lists them, in Qt types (no shared/
// header, so the Qt-facing models can hold them). Enum values keep their wire
// names: labels are made in the current language when shown.
namespace fv::app {

// The project itself, for the screen's header.
struct ProjectHeader {
    QString name;
    QString contractNo;
    QString scope;
    QString phase;
    QString customerId;
    QString customerName;
    QString customerAddress;
    QString leadName;
    QDate contractSigned;
    QDate implementationNotice;
    QDate accepted;
    QDate trialRunEnd;
    QDate handover;
};

// A customer contact or a member of the project team.
struct PersonRow {
    QString name;
    QString role;
    QString phone;
    QString email;
    bool lead = false; // the project lead, or one of the customer's leadership group
};

// One row of the work plan, judged against `today` when read.
struct MilestoneRow {
    enum class State { Upcoming, Overdue, OnTime, Late };

    QString name;
    QString note;
    QDate planned;
    QDate actual; // invalid until reached
    State state = State::Upcoming;
    int daysLate = 0; // reached after the plan, or not reached and past it
};

// A signature on one of the project's documents, or an acceptance report
// still waiting for its signatures.
struct DocumentRow {
    QString documentType; // "visit" or "acceptance"
    QString documentId;
    QString acceptanceTitle; // for acceptances
    QString visitKind;       // for visits: what kind, and the day it was planned
    QDate visitDate;
    bool isSigned = false;
    QString side;
    QString signerName;
    QString signerRole;
    QDateTime signedAt;
    bool voided = false;
    QString voidReason;
};

} // namespace fv::app
