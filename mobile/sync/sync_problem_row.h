#pragma once

#include <QDateTime>
#include <QString>

namespace fv::app {

// One thing sync could not settle on its own, worded for the user in the
// language current when it was read: a change the server refused, or a field
// the server reported in conflict.
struct SyncProblemRow {
    enum class Kind { Refusal, Conflict };

    Kind kind = Kind::Refusal;
    qint64 key = 0; // the refusal's outbox seq, or the conflict's id: what dismissing removes
    QString recordId;
    QString recordTypeLabel; // "Visit record"
    QString recordTitle;     // what the record is called now, or its type when not on the tablet
    QString headline;        // refusal: what was refused ("Changes to: Status, Due date"); conflict: the field
    QString reason;          // refusal: why, in plain words, with the server's problems
    QString serverValue;     // conflict: the server's value, which the record shows now
    QString deviceValue;     // conflict: this tablet's value, kept for review
    // conflict: a reviewer has decided it, so it no longer needs the user ("Resolved by 张伟 on
    // …: kept your value"); empty while open.
    bool settled = false;
    QString settlement;
    QDateTime at;
    // Where tapping the record goes: "visit" or "project" (targetId), or "" when nowhere.
    QString openTarget;
    QString targetId;
};

} // namespace fv::app
