#pragma once

#include "i18n/language_watch.h"
#include "session/session.h"
#include "sync/sync_job.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

class SyncWorker;

// Sync as the screens see it. It runs SyncEngine::syncOnce on its own worker
// thread (the UI never waits for the network), right after sign-in, then
// every `intervalSeconds` while signed in, soon after each local save, and
// when asked (syncNow). After failures it backs off (sync/retry_schedule.h).
//
// What it shows is read from the database after every run and every local
// save (fv::SyncStatus), so it is the same after a restart: changes and photos
// waiting, the last success, refusals and conflicts the user has not dismissed.
// errorString says in plain words why the last run failed. When the server
// has ended the session (401), retrying cannot help: it stops until the user
// signs in again (needsSignIn, signInAgain).
class SyncController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Session* session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(bool busy READ isBusy NOTIFY stateChanged)
    Q_PROPERTY(int pendingChanges READ pendingChanges NOTIFY statusChanged)
    // Photos and signatures whose image (or thumbnail) is not yet on the server.
    Q_PROPERTY(int pendingPhotos READ pendingPhotos NOTIFY statusChanged)
    // The server holds every change and every photo made on this tablet: the
    // records were accepted and no image they name is still waiting.
    Q_PROPERTY(bool allSynced READ allSynced NOTIFY statusChanged)
    Q_PROPERTY(QDateTime lastSync READ lastSync NOTIFY statusChanged)
    Q_PROPERTY(int refusalsCount READ refusalsCount NOTIFY statusChanged)
    Q_PROPERTY(int conflictsCount READ conflictsCount NOTIFY statusChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorChanged)
    Q_PROPERTY(QString errorDetail READ errorDetail NOTIFY errorChanged)
    // The server no longer accepts this sign-in (session ended, password reset).
    Q_PROPERTY(bool needsSignIn READ needsSignIn NOTIFY errorChanged)
    Q_PROPERTY(bool autoSync READ autoSync WRITE setAutoSync NOTIFY autoSyncChanged)
    Q_PROPERTY(int intervalSeconds READ intervalSeconds WRITE setIntervalSeconds NOTIFY intervalSecondsChanged)
    // Seconds until the next automatic run as scheduled after the last one; 0 when none is due.
    Q_PROPERTY(int nextSyncSeconds READ nextSyncSeconds NOTIFY scheduleChanged)

public:
    // Offline: the server cannot be reached now (the app retries on its own).
    // Error: the server refused, or something else failed; see errorString.
    enum State { Idle, Syncing, Offline, Error };
    Q_ENUM(State)

    explicit SyncController(QObject* parent = nullptr);
    ~SyncController() override;

    Session* session() const { return m_session; }
    void setSession(Session* session);
    State state() const { return m_state; }
    bool isBusy() const { return m_running; }
    int pendingChanges() const { return m_pending; }
    int pendingPhotos() const { return m_pendingPhotos; }
    bool allSynced() const { return m_pending == 0 && m_pendingPhotos == 0 && m_lastSync.isValid(); }
    QDateTime lastSync() const { return m_lastSync; }
    int refusalsCount() const { return m_refusals; }
    int conflictsCount() const { return m_conflicts; }
    QString errorString() const;
    QString errorDetail() const { return m_errorDetail; }
    bool needsSignIn() const;
    bool autoSync() const { return m_autoSync; }
    void setAutoSync(bool on);
    int intervalSeconds() const { return m_intervalSeconds; }
    void setIntervalSeconds(int seconds);
    int nextSyncSeconds() const { return m_nextSyncSeconds; }

    // Runs now, or right after the run in progress.
    Q_INVOKABLE void syncNow();
    // Signs out so the user can sign in again; the database, with everything
    // not yet sent, stays on the tablet and syncs after the new sign-in.
    Q_INVOKABLE void signInAgain();

signals:
    void sessionChanged();
    void stateChanged();
    void statusChanged();
    void errorChanged();
    void autoSyncChanged();
    void intervalSecondsChanged();
    void scheduleChanged();
    // After every run, with what it did (for tests and the log).
    void synced(bool ok);
    // Queued to the worker thread.
    void runRequested(const SyncJob& job);

private:
    void onSignedInChanged();
    void onFinished(const SyncRunResult& result);
    void readStatus();
    void scheduleNext(std::chrono::seconds delay);
    void scheduleAfterEdit();
    void setState(State state);
    void setError(const QString& code, const QString& detail);

    QPointer<Session> m_session;
    QThread m_thread;
    SyncWorker* m_worker = nullptr; // lives in m_thread; deleted when it ends
    QTimer m_timer;
    LanguageWatch m_languageWatch;

    State m_state = Idle;
    bool m_running = false;
    bool m_runAgain = false;
    QString m_runningFor; // the database of the run in progress
    QDate m_notifiedDay;  // when the lists last heard of a sync
    int m_failuresInARow = 0;
    bool m_autoSync = true;
    int m_intervalSeconds = 60;
    int m_nextSyncSeconds = 0;

    int m_pending = 0;
    int m_pendingPhotos = 0;
    int m_refusals = 0;
    int m_conflicts = 0;
    QDateTime m_lastSync;
    QString m_errorCode;
    QString m_errorDetail;
};
