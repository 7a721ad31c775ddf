#pragma once

#include <QObject>

// The app's change-notification hub for one user's database: whoever writes
// records says so here, and every list re-reads. Lists never poll.
class StoreEvents : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;

    // A local save queued an outbox entry: lists re-read and sync runs soon.
    void notifyLocalEdit();
    // A sync run wrote server copies, answers or state: lists re-read.
    void notifySynced();
    // Another database was opened or the open one closed.
    void notifyReopened();
    // The user dismissed a sync refusal or conflict: lists and counts re-read.
    void notifyReviewed();

signals:
    void recordsChanged();
    void localEditQueued();
};
