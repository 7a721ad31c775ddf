#include "photos/photo_pipeline.h"

#include "photos/jpeg_segments.h"
#include "util/sha256.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QPainter>
#include <QSaveFile>
#include <algorithm>
#include <cmath>
#include <string_view>

namespace fv::app {
namespace {

// Larger files are not photos a tablet takes; refusing them keeps a stray
// video or disk image from being read into memory.
constexpr qint64 kMaxSourceBytes = 200LL * 1024 * 1024;

// The translation context of every message below.
class PhotoPipeline {
    Q_DECLARE_TR_FUNCTIONS(PhotoPipeline)

public:
    static PhotoFailure cannotOpen(const QString& name, const QString& why)
    {
        return {tr("The file %1 could not be opened: %2").arg(name, why)};
    }
    static PhotoFailure empty(const QString& name) { return {tr("The file %1 is empty.").arg(name)}; }
    static PhotoFailure notAnImage(const QString& name)
    {
        return {tr("The file %1 is not a photo this app can read. Choose a JPEG, PNG or WebP image.").arg(name)};
    }
    static PhotoFailure damaged(const QString& name)
    {
        return {tr("The photo %1 could not be read: the file is damaged or incomplete.").arg(name)};
    }
    static PhotoFailure tooLarge(const QString& name)
    {
        return {tr("The file %1 is too large to open on this tablet.").arg(name)};
    }
    static PhotoFailure cannotEncode(const QString& why)
    {
        return {tr("The photo could not be converted to JPEG: %1").arg(why)};
    }
    static PhotoFailure cannotSave(const QString& why)
    {
        return {tr("The photo could not be saved on this tablet: %1").arg(why)};
    }
};

QString sha256Of(const QByteArray& bytes)
{
    return QString::fromStdString(sha256Hex(std::string_view(bytes.constData(), std::size_t(bytes.size()))));
}

PhotoResult<QByteArray> readSource(const QString& source, const QString& name)
{
    QFile file(source);
    if (!file.open(QIODevice::ReadOnly)) return PhotoPipeline::cannotOpen(name, file.errorString());
    if (file.size() > kMaxSourceBytes) return PhotoPipeline::tooLarge(name);
    QByteArray bytes = file.readAll();
    if (bytes.isEmpty()) return PhotoPipeline::empty(name);
    return bytes;
}

// What the decoder allocates to read `stored` reduced to `target`. Qt's JPEG
// reader lets libjpeg reduce by the largest of 2, 4 or 8 that keeps it at
// least `target`, then scales the rest; other formats are decoded whole.
double decodeBytes(QSize stored, QSize target, bool scalesWhileDecoding)
{
    int reduction = 1;
    if (scalesWhileDecoding) {
        const int ratio = std::min(stored.width() / target.width(), stored.height() / target.height());
        reduction = ratio >= 8 ? 8 : ratio >= 4 ? 4 : ratio >= 2 ? 2 : 1;
    }
    return std::ceil(double(stored.width()) / reduction) * std::ceil(double(stored.height()) / reduction) * 4;
}

// Decodes upright (EXIF orientation applied) and, where the format allows
// (JPEG), already reduced: a 24-megapixel photo is decoded at 6 megapixels.
// What would take more than the allocation limit is refused before decoding.
PhotoResult<QImage> decodeUpright(const QByteArray& bytes, const QString& name, const PhotoOptions& options)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    reader.setAllocationLimit(options.allocationLimitMiB);
    if (!reader.canRead()) return PhotoPipeline::notAnImage(name);
    if (reader.format() == "jpeg" && !jpegIsComplete(bytes)) return PhotoPipeline::damaged(name);
    const QSize stored = reader.size();
    if (stored.isEmpty()) return PhotoPipeline::damaged(name);
    // At least a pixel each way: a 100000x10 strip must not reduce to nothing.
    const QSize target = std::max(stored.width(), stored.height()) > options.longSide
                             ? stored.scaled(options.longSide, options.longSide, Qt::KeepAspectRatio).expandedTo({1, 1})
                             : stored;
    const bool scalesWhileDecoding = reader.supportsOption(QImageIOHandler::ScaledSize);
    if (decodeBytes(stored, target, scalesWhileDecoding) > options.allocationLimitMiB * 1048576.0)
        return PhotoPipeline::tooLarge(name);
    if (target != stored) reader.setScaledSize(target);
    QImage image = reader.read();
    if (image.isNull()) return PhotoPipeline::damaged(name);
    return image;
}

QImage limitLongSide(const QImage& image, int longSide)
{
    if (std::max(image.width(), image.height()) <= longSide) return image;
    return image.scaled(longSide, longSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
}

// JPEG has no transparency: transparent parts become white, as on paper.
QImage opaque(const QImage& image)
{
    if (!image.hasAlphaChannel()) return image;
    QImage flat(image.size(), QImage::Format_RGB32);
    flat.fill(Qt::white);
    QPainter painter(&flat);
    painter.drawImage(0, 0, image);
    return flat;
}

PhotoResult<QByteArray> encodeJpeg(const QImage& image, int quality)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setQuality(quality);
    writer.setOptimizedWrite(true);
    if (!writer.write(image)) return PhotoPipeline::cannotEncode(writer.errorString());
    return bytes;
}

QString jpegFileName(const QString& source)
{
    const QString base = QFileInfo(source).completeBaseName();
    return (base.isEmpty() ? QStringLiteral("photo") : base) + QStringLiteral(".jpg");
}

struct WrittenFile {
    QString path;
    bool created = false;
};

PhotoResult<WrittenFile> writeBlobFile(const QString& folder, const QString& sha256, const QByteArray& bytes)
{
    const QString path = QDir(folder).filePath(sha256 + QStringLiteral(".jpg"));
    if (QFileInfo(path).size() == bytes.size()) return WrittenFile{path, false}; // named by content: the same bytes
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return PhotoPipeline::cannotSave(file.errorString());
    return WrittenFile{path, true};
}

} // namespace

PhotoResult<ProcessedPhoto> processPhoto(const QString& source, const PhotoOptions& options)
{
    const QString name = QFileInfo(source).fileName();
    auto bytes = readSource(source, name);
    if (auto* failure = std::get_if<PhotoFailure>(&bytes)) return *failure;
    const QByteArray& original = std::get<QByteArray>(bytes);
    auto decoded = decodeUpright(original, name, options);
    if (auto* failure = std::get_if<PhotoFailure>(&decoded)) return *failure;
    const QImage image = opaque(limitLongSide(std::get<QImage>(decoded), options.longSide));

    auto jpeg = encodeJpeg(image, options.quality);
    if (auto* failure = std::get_if<PhotoFailure>(&jpeg)) return *failure;
    auto thumbnail = encodeJpeg(limitLongSide(image, options.thumbnailLongSide), options.thumbnailQuality);
    if (auto* failure = std::get_if<PhotoFailure>(&thumbnail)) return *failure;

    const ExifFacts facts = readExifFacts(original);
    ProcessedPhoto photo;
    photo.jpeg = std::move(std::get<QByteArray>(jpeg));
    photo.sha256 = sha256Of(photo.jpeg);
    photo.thumbnail = std::move(std::get<QByteArray>(thumbnail));
    photo.thumbnailSha256 = sha256Of(photo.thumbnail);
    photo.size = image.size();
    photo.fileName = jpegFileName(source);
    photo.takenAt = facts.takenAt ? facts.takenAt->toUTC() : QDateTime::currentDateTimeUtc();
    photo.location = facts.location;
    return photo;
}

PhotoResult<StoredPhoto> storePhotoFiles(const ProcessedPhoto& photo, const QString& folder)
{
    if (!QDir().mkpath(folder)) return PhotoPipeline::cannotSave(folder);
    auto main = writeBlobFile(folder, photo.sha256, photo.jpeg);
    if (auto* failure = std::get_if<PhotoFailure>(&main)) return *failure;
    const WrittenFile& mainFile = std::get<WrittenFile>(main);
    auto thumbnail = writeBlobFile(folder, photo.thumbnailSha256, photo.thumbnail);
    if (auto* failure = std::get_if<PhotoFailure>(&thumbnail)) {
        if (mainFile.created) QFile::remove(mainFile.path);
        return *failure;
    }
    const WrittenFile& thumbnailFile = std::get<WrittenFile>(thumbnail);

    StoredPhoto stored{photo.sha256,
                       mainFile.path,
                       photo.jpeg.size(),
                       photo.thumbnailSha256,
                       thumbnailFile.path,
                       photo.thumbnail.size(),
                       photo.size,
                       photo.fileName,
                       photo.takenAt,
                       photo.location,
                       {}};
    for (const WrittenFile* file : {&mainFile, &thumbnailFile})
        if (file->created) stored.createdFiles << file->path;
    return stored;
}

PhotoResult<StoredPhoto> preparePhoto(const QString& source, const PhotoOptions& options, const QString& folder)
{
    auto processed = processPhoto(source, options);
    if (auto* failure = std::get_if<PhotoFailure>(&processed)) return *failure;
    return storePhotoFiles(std::get<ProcessedPhoto>(processed), folder);
}

void discardCreatedFiles(const StoredPhoto& photo)
{
    for (const QString& path : photo.createdFiles) QFile::remove(path);
}

} // namespace fv::app
