#include "sync/sync_worker.h"

#include "store/local_store.h"
#include "sync/blob_download.h"
#include "sync/qt_blob_transport.h"
#include "sync/qt_sync_transport.h"
#include "sync/sync_engine.h"

#include <QLoggingCategory>
#include <exception>
#include <numeric>

Q_LOGGING_CATEGORY(lcSync, "fv.sync")

namespace {

// Photos go up in requests of 1 MiB: each reaches the server well within its
// 30 s read timeout even on a weak mobile link, and an interruption loses at
// most one request's worth.
fv::SyncOptions appSyncOptions()
{
    fv::SyncOptions options;
    options.blobChunkBytes = 1024 * 1024;
    return options;
}

SyncRunResult resultOf(const fv::SyncReport& report)
{
    SyncRunResult result;
    result.ok = report.ok();
    result.errorCode = QString::fromStdString(report.errorCode);
    result.error = QString::fromStdString(report.error);
    result.pushed = std::accumulate(report.pushed.begin(), report.pushed.end(), 0,
                                    [](int sum, const auto& entry) { return sum + entry.second; });
    result.pulled = report.pulled;
    result.conflicts = report.conflicts;
    result.refusals = report.refusals;
    result.conflictsSettled = report.conflictsSettled;
    result.blobsUploaded = report.blobsUploaded;
    return result;
}

} // namespace

// The worker thread's own database connection and network stack, made in it.
struct SyncWorker::Connection {
    explicit Connection(const SyncJob& job)
        : databasePath(job.databasePath), server(job.server),
          store(job.databasePath.toStdString(), {job.userId.toStdString(), job.deviceId.toStdString()}),
          transport(job.server, job.appVersion, job.token), blobTransport(job.server, job.appVersion, job.token)
    {
    }

    void setToken(const QString& token)
    {
        transport.setToken(token);
        blobTransport.setToken(token);
    }

    QString databasePath;
    QUrl server;
    fv::LocalStore store;
    QtSyncTransport transport;
    QtBlobTransport blobTransport;
};

SyncWorker::SyncWorker(QObject* parent) : QObject(parent) {}

SyncWorker::~SyncWorker() = default;

void SyncWorker::run(const SyncJob& job)
{
    SyncRunResult result;
    try {
        auto& connection = connectionFor(job);
        connection.setToken(job.token);
        fv::SyncEngine engine(connection.store, connection.transport, appSyncOptions(), &connection.blobTransport);
        result = resultOf(engine.syncOnce());
        // What the pulled records show of other devices' work; full-size photos wait until opened.
        if (result.ok && !job.blobFolder.isEmpty())
            result.blobsFetched =
                fv::app::downloadLackingBlobs(connection.store, connection.blobTransport, job.blobFolder);
    } catch (const fv::Error& e) {
        // The engine records its own failures; these come from opening the database.
        result.errorCode = QString::fromStdString(e.code());
        result.error = QString::fromUtf8(e.what());
    } catch (const std::exception& e) {
        result.errorCode = QStringLiteral("internal");
        result.error = QString::fromUtf8(e.what());
    }
    if (result.ok)
        qCInfo(lcSync) << "sync done:" << result.blobsUploaded << "photos sent," << result.blobsFetched
                       << "fetched," << result.pushed << "pushed," << result.pulled << "pulled";
    else
        qCWarning(lcSync) << "sync failed:" << result.errorCode << result.error;
    emit finished(result);
}

SyncWorker::Connection& SyncWorker::connectionFor(const SyncJob& job)
{
    if (!m_connection || m_connection->databasePath != job.databasePath || m_connection->server != job.server) {
        m_connection.reset(); // the old connection closes before the new one opens
        m_connection = std::make_unique<Connection>(job);
    }
    return *m_connection;
}
