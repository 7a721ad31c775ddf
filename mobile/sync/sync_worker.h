#pragma once

#include "sync/sync_job.h"

#include <QObject>
#include <memory>

// Runs SyncEngine::syncOnce on the thread it lives in (the controller's
// worker thread), never on the UI's. It keeps its own connection to the
// user's database and its own network access manager between runs, and
// reopens them when the user or server changes.
//
// Invariant: one run at a time. The transport waits in a nested event loop, in
// which another queued run() would start inside the first; the controller
// never queues a run while one is going.
class SyncWorker : public QObject {
    Q_OBJECT

public:
    explicit SyncWorker(QObject* parent = nullptr);
    ~SyncWorker() override;

public slots:
    void run(const SyncJob& job);

signals:
    void finished(const SyncRunResult& result);

private:
    struct Connection;
    Connection& connectionFor(const SyncJob& job);

    std::unique_ptr<Connection> m_connection;
};
