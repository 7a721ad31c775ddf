#include "sync/blob_fetcher.h"

#include "net/error_text.h"
#include "store/local_store.h"
#include "sync/blob_download.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcBlobFetcher, "fv.sync.fetch")

namespace {

// Everything the worker thread needs, copied: it touches nothing of the UI thread's.
struct FetchJob {
    QUrl server;
    QString token;
    QString folder;
    std::string sha256;
    std::string mimeType;
};

// A full photo is a few MB in one answer: on a weak mobile link that takes
// longer than the 30 s a sync request gets. Someone is watching "downloading"
// and can close the viewer; the bound only ends a link that has died.
const fv::app::ReplyLimits kFullPhotoLimits{std::chrono::minutes(5)};

struct Download {
    fv::LocalBlob blob; // empty sha256 when it failed
    QString errorCode;
    QString errorDetail;
};

// Runs on the fetcher's thread.
Download download(const FetchJob& job)
{
    Download result;
    try {
        QtBlobTransport transport(job.server, QStringLiteral(FV_APP_VERSION), job.token, kFullPhotoLimits);
        result.blob = fv::app::downloadBlob(transport, job.sha256, job.mimeType, job.folder);
    } catch (const fv::Error& e) {
        result.errorCode = QString::fromStdString(e.code());
        result.errorDetail = QString::fromUtf8(e.what());
    } catch (const std::exception& e) {
        result.errorCode = QStringLiteral("internal");
        result.errorDetail = QString::fromUtf8(e.what());
    }
    return result;
}

} // namespace

struct BlobFetcher::Outcome {
    QString attachmentId;
    QString databasePath; // whose database the blob belongs in
    Download download;
};

BlobFetcher::BlobFetcher(QObject* parent) : QObject(parent) {}

BlobFetcher::~BlobFetcher()
{
    // A wait in progress ends when its thread is asked to quit (net/server_connection.h).
    m_thread.quit();
    m_thread.wait();
}

void BlobFetcher::setSession(Session* session)
{
    if (m_session == session) return;
    m_session = session;
    emit sessionChanged();
}

QObject& BlobFetcher::worker()
{
    if (!m_worker) {
        m_worker = std::make_unique<QObject>();
        m_worker->moveToThread(&m_thread);
        m_thread.setObjectName(QStringLiteral("blob fetcher"));
        m_thread.start();
    }
    return *m_worker;
}

void BlobFetcher::fetchPhoto(const QString& attachmentId)
{
    if (isBusy()) return;
    fv::LocalStore* store = m_session ? m_session->store()->local() : nullptr;
    if (!store) return fail(QStringLiteral("not_signed_in"), {});
    const auto photo = store->get<fv::Attachment>(attachmentId.toStdString());
    if (!photo) return fail(QStringLiteral("not_found"), tr("the photo no longer exists"));
    if (const auto path = store->blobs().pathOf(photo->body.sha256); !path.empty()) {
        emit photoArrived(attachmentId, QUrl::fromLocalFile(QString::fromStdString(path)));
        return;
    }

    m_fetchingId = attachmentId;
    m_errorString.clear();
    m_offline = false;
    emit stateChanged();

    const FetchJob job{QUrl(m_session->serverUrl()), m_session->token(), m_session->blobFolder(), photo->body.sha256,
                       photo->body.mimeType};
    const QString databasePath = m_session->store()->path();
    QMetaObject::invokeMethod(
        &worker(),
        [this, job, attachmentId, databasePath] {
            const Outcome outcome{attachmentId, databasePath, download(job)};
            // Back on the UI thread; the destructor waits for this thread, so `this` is alive here.
            QMetaObject::invokeMethod(
                this, [this, outcome] { finish(outcome); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void BlobFetcher::finish(const Outcome& outcome)
{
    m_fetchingId.clear();
    const Download& result = outcome.download;
    if (!result.errorCode.isEmpty()) return fail(result.errorCode, result.errorDetail);
    UserStore* userStore = m_session ? m_session->store() : nullptr;
    if (!userStore || !userStore->local() || userStore->path() != outcome.databasePath) {
        emit stateChanged(); // signed out meanwhile: the file stays, the next sign-in's sync finds it lacking
        return;
    }
    try {
        userStore->local()->blobs().addFetched(result.blob, fv::Timestamp::now());
    } catch (const fv::Error& e) {
        return fail(QString::fromStdString(e.code()), QString::fromUtf8(e.what()));
    }
    emit stateChanged();
    userStore->events()->notifySynced();
    emit photoArrived(outcome.attachmentId, QUrl::fromLocalFile(QString::fromStdString(result.blob.path)));
}

void BlobFetcher::fail(const QString& code, const QString& detail)
{
    qCWarning(lcBlobFetcher) << "full photo not fetched:" << code << detail;
    m_fetchingId.clear();
    m_offline = fv::app::isOfflineCode(code);
    if (m_offline)
        m_errorString = tr("No connection to the server. The full photo can be downloaded once the tablet is online.");
    else if (code == QLatin1String("blob_not_found"))
        m_errorString = tr("The server does not have this photo yet: the tablet that took it has not sent it.");
    else
        m_errorString = tr("The full photo could not be downloaded. %1").arg(fv::app::plainWords(code, detail));
    emit stateChanged();
}
