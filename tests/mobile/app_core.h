#pragma once

// One tablet as the app runs it, for the live suites that need two of them
// (tst_app_end_to_end, tst_blob_fetch): settings under a temporary folder, the
// signed-in session with its database, the sync controller, and the app's own
// ways of taking a photo and having the customer sign.

#include "photos/photo_record.h"
#include "session/session.h"
#include "settings/app_settings.h"
#include "signature/signature_pad.h"
#include "signature/signing_controller.h"
#include "store/local_store.h"
#include "store/record_writer.h"
#include "sync/sync_controller.h"

#include <QBuffer>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <optional>
#include <random>

namespace fv::test {

// One tablet as the app runs it: settings, the signed-in session with its
// database, and the sync controller (started by hand, not by its timer).
class AppCore {
public:
    AppCore(const QString& server, const QString& token, const QString& userId, const QString& role)
    {
        session.adopt({server, token, QDateTime::currentDateTimeUtc().addDays(30), userId, userId, role});
        controller.setAutoSync(false);
        controller.setSession(&session);
    }

    // One run, as the Sync button starts it; true when it succeeded.
    bool sync()
    {
        QSignalSpy synced(&controller, &SyncController::synced);
        controller.syncNow();
        if (!QTest::qWaitFor([&] { return !synced.isEmpty() && !controller.isBusy(); }, 60000)) return false;
        return synced.last().first().toBool();
    }

    LocalStore& local() { return *session.store()->local(); }
    RecordWriter writer() { return RecordWriter(*session.store()); }

    // What the camera wrote, through the app's photo pipeline: kept reduced, with a thumbnail, queued, recorded.
    std::optional<Record<Attachment>> takePhoto(const Record<Visit>& visit, const QByteArray& cameraJpeg,
                                                const QString& name, const app::PhotoOptions& options = {})
    {
        const QString source = dir.filePath(name);
        QFile file(source);
        if (!file.open(QIODevice::WriteOnly) || file.write(cameraJpeg) != cameraJpeg.size()) return std::nullopt;
        file.close();
        const auto prepared = app::preparePhoto(source, options, session.blobFolder());
        const auto* stored = std::get_if<app::StoredPhoto>(&prepared);
        if (!stored) return std::nullopt;
        const auto id = app::savePhotoAttachment(
            *session.store(), *stored,
            {QString::fromStdString(visit.meta.id), QString::fromStdString(visit.body.projectId), name, {}});
        return local().get<Attachment>(id.toStdString());
    }

    // The customer signs the visit on the pad, as the visit page has it done.
    std::optional<Record<Signature>> customerSigns(const Record<Visit>& visit)
    {
        StrokeModel strokes;
        const QSizeF pad(600, 240);
        strokes.begin({40, 150}, 1000, 0.4, pad);
        strokes.extend({90, 80}, 1016, 0.5);
        strokes.extend({140, 160}, 1033, std::nullopt);
        strokes.end();
        strokes.begin({200, 120}, 1400, 0.6, pad);
        strokes.extend({320, 110}, 1420, 0.7);
        strokes.end();
        SignaturePad signaturePad;
        signaturePad.setStrokes(strokes);
        SigningController signing;
        signing.setStore(session.store());
        signing.setDocumentType(QStringLiteral("visit"));
        signing.setDocumentId(QString::fromStdString(visit.meta.id));
        signing.setSide(QStringLiteral("customer"));
        signing.setImageFolder(session.blobFolder());
        if (!signing.sign(&signaturePad, QStringLiteral("王丽"), QStringLiteral("信息部经理"))) return std::nullopt;
        return local().get<Signature>(signing.signatureId().toStdString());
    }

    QTemporaryDir dir;
    AppSettings settings{AppPaths::under(dir.path())};
    Session session{settings};
    SyncController controller;
};

inline QByteArray encoded(const QImage& image, const char* format, int quality = -1)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format, quality);
    return bytes;
}

// A real JPEG; noise does not compress, so a large one is several MB.
inline QByteArray jpegPhoto(int width, int height, unsigned seed, bool noise)
{
    QImage image(width, height, QImage::Format_RGB32);
    std::mt19937 random(seed);
    for (int y = 0; y < height; ++y) {
        auto* line = reinterpret_cast<QRgb*>(image.scanLine(y));
        for (int x = 0; x < width; ++x)
            line[x] = noise ? QRgb(random() | 0xff000000u) : qRgb(x * 255 / width, y * 255 / height, int(seed % 256));
    }
    return encoded(image, "JPEG", 95);
}

} // namespace fv::test
