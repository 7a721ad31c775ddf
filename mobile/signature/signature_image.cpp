#include "signature/signature_image.h"

#include "signature/stroke_painter.h"
#include "util/error.h"
#include "util/sha256.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace fv::app {
namespace {

QByteArray pngOf(const StrokeModel& strokes)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (!signature_ink::render(strokes).save(&buffer, "PNG"))
        throw Error(ErrorDomain::Internal, "png_failed", "the signature image could not be encoded");
    return png;
}

} // namespace

SavedSignatureImage saveSignatureImage(LocalStore& store, const StrokeModel& strokes, const QString& folder)
{
    const QByteArray png = pngOf(strokes);
    const std::string sha256 = sha256Hex(std::string_view(png.constData(), std::size_t(png.size())));
    if (!QDir().mkpath(folder))
        throw Error(ErrorDomain::Store, "blob_folder", "cannot create the folder " + folder.toStdString());
    const QString path = QDir(folder).filePath(QString::fromStdString(sha256) + QStringLiteral(".png"));
    // Content-addressed: a file already there holds these very bytes.
    if (!QFileInfo::exists(path)) {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(png) != png.size() || !file.commit())
            throw Error(ErrorDomain::Store, "blob_write",
                        "cannot write " + path.toStdString() + ": " + file.errorString().toStdString());
    }
    store.blobs().add({sha256, path.toStdString(), png.size(), "image/png", {}}, Timestamp::now());
    return {sha256, path};
}

} // namespace fv::app
