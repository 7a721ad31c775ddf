#include "sync/sync_controller.h"

#include "net/error_text.h"
#include "store/local_store.h"
#include "store/sync_ledger.h"
#include "sync/retry_schedule.h"
#include "sync/sync_worker.h"

#include <QLoggingCategory>
#include <exception>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace {

// Retrying with a token the server has rejected fails the same way until the user signs in again.
bool isRejectedSignIn(const QString& code) { return code == QLatin1String("unauthorized"); }

} // namespace

SyncController::SyncController(QObject* parent) : QObject(parent), m_worker(new SyncWorker)
{
    qRegisterMetaType<SyncJob>();
    qRegisterMetaType<SyncRunResult>();
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(this, &SyncController::runRequested, m_worker, &SyncWorker::run);
    connect(m_worker, &SyncWorker::finished, this, &SyncController::onFinished);
    m_thread.setObjectName(QStringLiteral("fv-sync"));
    m_thread.start();

    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SyncController::syncNow);
    connect(&m_languageWatch, &LanguageWatch::languageChanged, this, &SyncController::errorChanged);
}

SyncController::~SyncController()
{
    // Ends a run in progress too: its request is abandoned and resent, unchanged, next time.
    m_thread.quit();
    m_thread.wait();
}

void SyncController::setSession(Session* session)
{
    if (m_session == session) return;
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
        disconnect(m_session->store()->events(), nullptr, this, nullptr);
    }
    m_session = session;
    if (m_session) {
        connect(m_session, &Session::signedInChanged, this, &SyncController::onSignedInChanged);
        connect(m_session->store()->events(), &StoreEvents::recordsChanged, this, &SyncController::readStatus);
        connect(m_session->store()->events(), &StoreEvents::localEditQueued, this, &SyncController::scheduleAfterEdit);
    }
    emit sessionChanged();
    onSignedInChanged();
}

QString SyncController::errorString() const { return fv::app::plainWords(m_errorCode, m_errorDetail); }

bool SyncController::needsSignIn() const { return isRejectedSignIn(m_errorCode); }

void SyncController::setAutoSync(bool on)
{
    if (m_autoSync == on) return;
    m_autoSync = on;
    emit autoSyncChanged();
    if (!on) {
        m_timer.stop();
        m_nextSyncSeconds = 0;
        emit scheduleChanged();
    } else if (m_session && m_session->isSignedIn() && !m_running) {
        scheduleNext(std::chrono::seconds(0));
    }
}

void SyncController::setIntervalSeconds(int seconds)
{
    seconds = std::max(seconds, 5);
    if (m_intervalSeconds == seconds) return;
    m_intervalSeconds = seconds;
    emit intervalSecondsChanged();
}

void SyncController::syncNow()
{
    if (!m_session || !m_session->isSignedIn() || !m_session->store()->isOpen()) return;
    if (m_running) {
        m_runAgain = true;
        return;
    }
    m_timer.stop();
    if (m_nextSyncSeconds != 0) {
        m_nextSyncSeconds = 0;
        emit scheduleChanged();
    }
    m_running = true;
    setState(Syncing);
    const UserStore* store = m_session->store();
    m_runningFor = store->path();
    emit runRequested({store->path(), store->userId(), store->deviceId(), QUrl(m_session->serverUrl()),
                       m_session->token(), QStringLiteral(FV_APP_VERSION), m_session->blobFolder()});
}

void SyncController::signInAgain()
{
    if (m_session) m_session->signOut();
}

void SyncController::onSignedInChanged()
{
    m_timer.stop();
    m_failuresInARow = 0;
    setError({}, {});
    readStatus();
    if (!m_session || !m_session->isSignedIn()) {
        if (!m_running) setState(Idle);
        return;
    }
    if (m_autoSync) syncNow();
}

void SyncController::onFinished(const SyncRunResult& result)
{
    m_running = false;
    if (!m_session || m_session->store()->path() != m_runningFor) {
        // A run for a user who has signed out since: it says nothing about this session.
        m_runAgain = false;
        setState(Idle);
        if (m_session && m_session->isSignedIn() && m_autoSync) syncNow();
        return;
    }
    if (result.ok) {
        m_failuresInARow = 0;
        setError({}, {});
        setState(Idle);
    } else {
        ++m_failuresInARow;
        setError(result.errorCode, result.error);
        setState(fv::app::isOfflineCode(result.errorCode) ? Offline : Error);
    }
    readStatus();
    // Lists re-read when the run changed records, or when the day changed (Today is about a date).
    const bool changedRecords = result.pushed + result.pulled + result.refusals + result.conflictsSettled +
                                result.blobsUploaded + result.blobsFetched > 0;
    if (changedRecords || m_notifiedDay != QDate::currentDate()) {
        m_notifiedDay = QDate::currentDate();
        m_session->store()->events()->notifySynced();
    }
    emit synced(result.ok);

    if (m_runAgain) {
        m_runAgain = false;
        syncNow();
        return;
    }
    if (!m_autoSync || !m_session || !m_session->isSignedIn() || isRejectedSignIn(result.errorCode)) return;
    auto delay = fv::app::nextSyncDelay(m_failuresInARow, std::chrono::seconds(m_intervalSeconds));
    if (result.ok && m_pending > 0) delay = std::min(delay, fv::app::kSyncAfterEdit); // saved while it ran
    scheduleNext(delay);
}

void SyncController::readStatus()
{
    fv::SyncStatus status;
    if (m_session && m_session->store()->isOpen()) {
        try {
            status = fv::SyncLedger(*m_session->store()->local()).status();
        } catch (const std::exception& e) {
            qCWarning(lcSync) << "cannot read the sync status:" << e.what();
            setError(QStringLiteral("store_unavailable"), QString::fromUtf8(e.what()));
        }
    }
    m_pending = int(status.pending);
    m_pendingPhotos = int(status.recordsAwaitingBlobs);
    m_refusals = int(status.refusals);
    m_conflicts = int(status.conflicts);
    m_lastSync = status.lastSuccess
                     ? QDateTime::fromMSecsSinceEpoch(status.lastSuccess->msSinceEpoch, Qt::UTC).toLocalTime()
                     : QDateTime();
    emit statusChanged();
}

void SyncController::scheduleNext(std::chrono::seconds delay)
{
    m_timer.start(delay);
    m_nextSyncSeconds = int(delay.count());
    emit scheduleChanged();
}

void SyncController::scheduleAfterEdit()
{
    // While backing off from failures the schedule stands: an edit does not bring the network back.
    if (!m_autoSync || m_running || m_failuresInARow > 0) return;
    if (!m_timer.isActive() || m_timer.remainingTimeAsDuration() > fv::app::kSyncAfterEdit)
        scheduleNext(fv::app::kSyncAfterEdit);
}

void SyncController::setState(State state)
{
    if (m_state == state) return;
    m_state = state;
    emit stateChanged();
}

void SyncController::setError(const QString& code, const QString& detail)
{
    if (m_errorCode == code && m_errorDetail == detail) return;
    m_errorCode = code;
    m_errorDetail = detail;
    emit errorChanged();
}
