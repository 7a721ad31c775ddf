#include "photos/photo_importer.h"

#include "app/app_services.h"
#include "net/error_text.h"
#include "photos/photo_pipeline.h"
#include "photos/photo_record.h"
#include "settings/app_settings.h"
#include "util/error.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QQmlEngine>
#include <QStandardPaths>
#include <exception>

Q_LOGGING_CATEGORY(lcPhotos, "fv.photos")

using fv::app::PhotoFailure;
using fv::app::PhotoOptions;
using fv::app::PhotoTarget;
using fv::app::StoredPhoto;

PhotoImporter::PhotoImporter(QObject* parent) : QObject(parent) { m_pool.setMaxThreadCount(1); }

PhotoImporter::~PhotoImporter()
{
    m_pool.clear();       // photos not started yet are dropped
    m_pool.waitForDone(); // the one in progress must not report into a destroyed importer
}

void PhotoImporter::setStore(UserStore* store)
{
    if (m_store == store) return;
    m_store = store;
    emit storeChanged();
}

void PhotoImporter::setOwnerId(const QString& id)
{
    if (m_ownerId == id) return;
    m_ownerId = id;
    emit ownerIdChanged();
}

void PhotoImporter::setProjectId(const QString& id)
{
    if (m_projectId == id) return;
    m_projectId = id;
    emit projectIdChanged();
}

void PhotoImporter::setPlaceAddress(const QString& address)
{
    if (m_placeAddress == address) return;
    m_placeAddress = address;
    emit placeAddressChanged();
}

void PhotoImporter::setPlaceSource(PlaceSource* source)
{
    if (m_placeSource == source) return;
    m_placeSource = source;
    emit placeSourceChanged();
}

void PhotoImporter::setLongSide(int pixels)
{
    if (m_longSide == pixels) return;
    m_longSide = pixels;
    emit longSideChanged();
}

void PhotoImporter::setBlobFolder(const QString& folder)
{
    if (m_blobFolder == folder) return;
    m_blobFolder = folder;
    emit blobFolderChanged();
}

void PhotoImporter::importFiles(const QList<QUrl>& files)
{
    // A content URI (Android's picker) is opened as it is; QFile understands it there.
    for (const QUrl& file : files) start(file.isLocalFile() ? file.toLocalFile() : file.toString(), false);
}

void PhotoImporter::importCapture(const QString& path) { start(path, true); }

QString PhotoImporter::newCapturePath() const
{
    const QDir folder(QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/captures"));
    folder.mkpath(QStringLiteral("."));
    // The name becomes the attachment's file name.
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd_HHmmss_zzz"));
    return folder.filePath(QStringLiteral("IMG_%1.jpg").arg(stamp));
}

void PhotoImporter::clearError() { setErrorString({}); }

void PhotoImporter::start(const QString& source, bool deleteSource)
{
    ++m_batchTotal;
    emit progressChanged();
    if (m_ownerId.isEmpty() || m_projectId.isEmpty()) {
        fail(tr("Photos can be added once the record they belong to has been saved."));
        if (deleteSource) QFile::remove(source);
        return stepDone();
    }
    // The fix of the moment the person adds the photo, not of when the worker gets to it.
    const PhotoTarget target{m_ownerId, m_projectId, {}, m_placeAddress,
                             m_placeSource ? m_placeSource->freshFix() : std::nullopt};
    m_pool.start([this, source, deleteSource, target, options = options(), folder = folder()] {
        auto result = fv::app::preparePhoto(source, options, folder);
        if (deleteSource) QFile::remove(source);
        QMetaObject::invokeMethod(
            this,
            [this, result = std::move(result), target] {
                if (const auto* failure = std::get_if<PhotoFailure>(&result))
                    fail(failure->message);
                else
                    save(std::get<StoredPhoto>(result), target);
                stepDone();
            },
            Qt::QueuedConnection);
    });
}

void PhotoImporter::save(const StoredPhoto& photo, const PhotoTarget& target)
{
    if (!m_store) {
        fv::app::discardCreatedFiles(photo);
        return fail(fv::app::plainWords(QStringLiteral("not_signed_in"), {}));
    }
    try {
        const QString id = fv::app::savePhotoAttachment(*m_store, photo, target);
        emit imported(id);
    } catch (const fv::Error& e) {
        if (e.code() == "not_signed_in") return fail(fv::app::plainWords(QString::fromStdString(e.code()), {}));
        fail(tr("The photo could not be saved: %1").arg(QString::fromUtf8(e.what())));
    } catch (const std::exception& e) {
        fail(tr("The photo could not be saved: %1").arg(QString::fromUtf8(e.what())));
    }
}

void PhotoImporter::fail(const QString& message)
{
    qCWarning(lcPhotos) << "photo not added:" << message;
    setErrorString(message);
    emit failed(message);
}

void PhotoImporter::stepDone()
{
    if (++m_batchDone >= m_batchTotal) m_batchDone = m_batchTotal = 0;
    emit progressChanged();
}

void PhotoImporter::setErrorString(const QString& text)
{
    if (m_errorString == text) return;
    m_errorString = text;
    emit errorStringChanged();
}

PhotoOptions PhotoImporter::options() const
{
    PhotoOptions options;
    if (m_longSide > 0)
        options.longSide = m_longSide;
    else if (auto* engine = qmlEngine(this))
        options.longSide = AppServices::of(*engine).settings().photoLongSide();
    return options;
}

QString PhotoImporter::folder() const
{
    if (!m_blobFolder.isEmpty()) return m_blobFolder;
    auto* engine = qmlEngine(this);
    return (engine ? AppServices::of(*engine).settings().paths() : AppPaths::standard()).blobDir();
}
