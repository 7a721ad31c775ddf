#include "app/demo_photo.h"

#include "photos/photo_record.h"
#include "store/local_store.h"
#include "store/server_copy_writer.h"
#include "util/error.h"

#include "json/record_json.h"
#include <QDir>
#include <QFile>
#include <QFont>
#include <QLinearGradient>
#include <QPainter>
#include <QTemporaryDir>
#include <algorithm>

namespace fv::app {
namespace {

void paintScene(QImage& image, const QString& label)
{
    const int w = image.width();
    const int h = image.height();
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    QLinearGradient wall(0, 0, 0, h * 0.62);
    wall.setColorAt(0, QColor(196, 208, 220));
    wall.setColorAt(1, QColor(150, 160, 172));
    painter.fillRect(QRectF(0, 0, w, h * 0.62), wall);
    QLinearGradient floor(0, h * 0.62, 0, h);
    floor.setColorAt(0, QColor(120, 112, 100));
    floor.setColorAt(1, QColor(70, 64, 58));
    painter.fillRect(QRectF(0, h * 0.62, w, h * 0.38), floor);

    // A grey cabinet with a door, a status light and a cable tray above it.
    const QRectF cabinet(w * 0.30, h * 0.18, w * 0.34, h * 0.62);
    painter.setPen(QPen(QColor(40, 44, 50), std::max(2, w / 400)));
    painter.setBrush(QColor(176, 180, 186));
    painter.drawRoundedRect(cabinet, w * 0.006, w * 0.006);
    painter.setBrush(QColor(150, 155, 162));
    painter.drawRect(cabinet.adjusted(w * 0.02, h * 0.04, -w * 0.02, -h * 0.08));
    painter.setBrush(QColor(40, 190, 80));
    painter.drawEllipse(QPointF(cabinet.right() - w * 0.04, cabinet.top() + h * 0.03), w * 0.008, w * 0.008);
    painter.setBrush(QColor(90, 96, 104));
    painter.drawRect(QRectF(0, h * 0.08, w, h * 0.035));

    QFont font;
    font.setPixelSize(std::max(12, h / 14));
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(QRectF(w * 0.04, h * 0.84, w * 0.92, h * 0.14), Qt::AlignLeft | Qt::AlignVCenter, label);
}

// Sensor noise: every channel of every pixel moved by up to ±noise.
void addNoise(QImage& image, int noise, quint32 seed)
{
    if (noise <= 0) return;
    quint32 state = seed * 2654435761u + 1; // xorshift32: fast, and the same picture for the same seed
    const int span = 2 * noise + 1;
    for (int y = 0; y < image.height(); ++y) {
        auto* pixel = reinterpret_cast<QRgb*>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            const int dr = int(state % span) - noise;
            const int dg = int((state >> 8) % span) - noise;
            const int db = int((state >> 16) % span) - noise;
            const QRgb p = pixel[x];
            pixel[x] = qRgb(std::clamp(qRed(p) + dr, 0, 255), std::clamp(qGreen(p) + dg, 0, 255),
                            std::clamp(qBlue(p) + db, 0, 255));
        }
    }
}

Record<Visit> visitInProgress(LocalStore& store)
{
    VisitQuery query;
    query.statuses = {VisitStatus::InProgress};
    auto visits = store.visits(query);
    if (visits.empty()) throw Error(ErrorDomain::Internal, "no_demo_visit", "the demo data has no visit in progress");
    return visits.front();
}

StoredPhoto storeDemoPhoto(const QImage& image, const QString& name, const QString& blobFolder)
{
    QTemporaryDir camera;
    const QString source = QDir(camera.path()).filePath(name);
    if (!image.save(source, "JPEG", 92))
        throw Error(ErrorDomain::Internal, "demo_photo", "cannot write " + source.toStdString());
    auto stored = preparePhoto(source, {}, blobFolder);
    if (const auto* failure = std::get_if<PhotoFailure>(&stored))
        throw Error(ErrorDomain::Internal, "demo_photo", failure->message.toStdString());
    return std::get<StoredPhoto>(stored);
}

// A photo a colleague took on another tablet: the record came with a pull and
// its thumbnail with the sync after it; the full photo stays on the server
// until someone opens it.
void addColleaguesPhoto(LocalStore& store, const Record<Visit>& visit, const QString& blobFolder)
{
    StoredPhoto photo = storeDemoPhoto(demoPhoto({1600, 1200}, QStringLiteral("机柜背面 B2"), 6, 11),
                                       QStringLiteral("IMG_0011.jpg"), blobFolder);
    photo.takenAt = QDateTime::currentDateTimeUtc().addSecs(-60 * 30);
    QFile::remove(photo.path);
    store.blobs().addFetched({photo.thumbnailSha256.toStdString(),
                              photo.thumbnailPath.toStdString(),
                              photo.thumbnailSizeBytes,
                              "image/jpeg",
                              {}},
                             Timestamp::now());
    const PhotoTarget target{QString::fromStdString(visit.meta.id), QString::fromStdString(visit.body.projectId),
                             QStringLiteral("机柜背面接线（张伟拍摄）"),
                             QString::fromStdString(visit.body.location.address)};
    RawRecord record = toRawRecord(photoAttachment(photo, target));
    record.meta.version = 1;
    record.meta.author = "zhangwei";
    record.meta.device = "server";
    ServerCopyWriter(store.database()).write(record, {});
}

} // namespace

void writeDemoPhotos(LocalStore& store, const QString& blobFolder)
{
    struct Shot {
        const char* label;
        const char* caption;
        int minutesAgo;
    };
    const Shot shots[] = {{"配电柜 A3 铭牌", "配电柜 A3 铭牌与出厂编号", 95},
                          {"机房全景 3F", "三楼机房全景", 80},
                          {"UPS 电池组", "", 42}};
    const auto visit = visitInProgress(store);
    quint32 seed = 3;
    for (const Shot& shot : shots) {
        ++seed;
        StoredPhoto photo = storeDemoPhoto(demoPhoto({1600, 1200}, QString::fromUtf8(shot.label), 6, seed),
                                           QStringLiteral("IMG_%1.jpg").arg(seed), blobFolder);
        photo.takenAt = QDateTime::currentDateTimeUtc().addSecs(-60 * shot.minutesAgo);
        const PhotoTarget target{QString::fromStdString(visit.meta.id), QString::fromStdString(visit.body.projectId),
                                 QString::fromUtf8(shot.caption), QString::fromStdString(visit.body.location.address)};
        auto record = photoAttachment(photo, target);
        registerPhotoBlobs(store.blobs(), photo);
        store.save(std::move(record));
    }
    addColleaguesPhoto(store, visit, blobFolder);
}

QImage demoPhoto(QSize size, const QString& label, int noise, quint32 seed)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::black);
    paintScene(image, label);
    addNoise(image, std::clamp(noise, 0, 64), seed);
    return image;
}

} // namespace fv::app
