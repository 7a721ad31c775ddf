#include "sync/blob_download.h"

#include "util/error.h"
#include "util/time.h"

#include <QDir>
#include <QLoggingCategory>
#include <QSaveFile>

Q_LOGGING_CATEGORY(lcBlobDownload, "fv.sync.blobs")

namespace fv::app {
namespace {

// Named like the files this device makes itself (photos/photo_pipeline, signature/signature_image).
QString fileNameOf(const std::string& sha256, const std::string& mimeType)
{
    const auto suffix = mimeType == "image/png" ? QStringLiteral(".png") : QStringLiteral(".jpg");
    return QString::fromStdString(sha256) + suffix;
}

void writeAtomically(const QString& path, const std::string& bytes)
{
    QSaveFile file(path);
    const auto size = static_cast<qint64>(bytes.size());
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes.data(), size) != size || !file.commit())
        throw Error(ErrorDomain::Store, "blob_write",
                    "cannot write " + path.toStdString() + ": " + file.errorString().toStdString());
}

} // namespace

LocalBlob downloadBlob(QtBlobTransport& transport, const std::string& sha256, const std::string& mimeType,
                       const QString& folder)
{
    const std::string bytes = transport.fetch(sha256);
    if (!QDir().mkpath(folder))
        throw Error(ErrorDomain::Store, "blob_folder", "cannot create the folder " + folder.toStdString());
    const QString path = QDir(folder).filePath(fileNameOf(sha256, mimeType));
    writeAtomically(path, bytes);
    return {sha256, path.toStdString(), static_cast<std::int64_t>(bytes.size()), mimeType, {}};
}

int downloadLackingBlobs(LocalStore& store, QtBlobTransport& transport, const QString& folder,
                         const DownloadBudget& budget)
{
    int fetched = 0;
    std::int64_t bytes = 0;
    // Twice the budget's count, so that a few blobs the server lacks do not use up the run.
    for (const auto& wanted : store.blobs().lacking(static_cast<std::size_t>(budget.maxBlobs) * 2)) {
        if (fetched >= budget.maxBlobs || bytes >= budget.maxBytes) break;
        try {
            const auto blob = downloadBlob(transport, wanted.sha256, wanted.mimeType, folder);
            store.blobs().addFetched(blob, Timestamp::now());
            ++fetched;
            bytes += blob.size;
        } catch (const Error& e) {
            qCWarning(lcBlobDownload) << "cannot fetch" << QString::fromStdString(wanted.sha256) << e.code().c_str()
                                      << e.what();
            // Offline, or the disk refuses: the next blob would fail the same way.
            if (e.domain() == ErrorDomain::Network || e.domain() == ErrorDomain::Store) break;
        }
    }
    return fetched;
}

} // namespace fv::app
