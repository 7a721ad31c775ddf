// The photo pipeline and importer on real files and a real database: photos
// come out upright, reduced, hashed and registered; broken files leave
// nothing behind; a 20 MB photo is imported off the UI thread.

#include "app/app_services.h"
#include "app/demo_photo.h"
#include "exif_jpeg.h"
#include "photos/photo_importer.h"
#include "photos/photo_pipeline.h"
#include "settings/app_settings.h"
#include "store/store_queries.h"
#include "store_fixture.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImageReader>
#include <QQmlEngine>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QtTest>

using namespace fv;
using namespace fv::app;
using fv::test::writeFile;

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

StoredPhoto stored(const PhotoResult<StoredPhoto>& result)
{
    if (const auto* failure = std::get_if<PhotoFailure>(&result))
        qFatal("not stored: %s", qPrintable(failure->message));
    return std::get<StoredPhoto>(result);
}

QStringList filesIn(const QString& folder) { return QDir(folder).entryList(QDir::Files); }

bool isRed(QRgb c) { return qRed(c) > 180 && qGreen(c) < 90 && qBlue(c) < 90; }

} // namespace

class PhotoPipelineTest : public QObject {
    Q_OBJECT

private slots:
    void cameraTurnedSidewaysIsStoredUpright();
    void reducedToTheConfiguredLongSide_data();
    void reducedToTheConfiguredLongSide();
    void hashesAreThoseOfTheStoredFiles();
    void takenAtAndPlaceComeFromExif();
    void withoutExifTakenAtIsNow();
    void brokenFilesAreRefusedAndLeaveNothing_data();
    void brokenFilesAreRefusedAndLeaveNothing();
    void largePhotoImportsOffTheUiThreadWithinTheAllocationLimit();
    void photoWithoutARecordToBelongToIsRefused();
    void photoBeyondTheAllocationLimitIsRefusedAsTooLarge();
    void importerFollowsTheAppsSettings();

private:
    QTemporaryDir m_dir;
};

void PhotoPipelineTest::cameraTurnedSidewaysIsStoredUpright()
{
    // Stored landscape 400x200 with a red top-left corner; orientation 6 means
    // "turn 90° clockwise to view": upright it is portrait, red at top right.
    QImage sensor(400, 200, QImage::Format_RGB32);
    sensor.fill(QColor(30, 60, 200));
    for (int y = 0; y < 60; ++y)
        for (int x = 0; x < 60; ++x) sensor.setPixel(x, y, qRgb(230, 20, 20));
    const QString source = writeFile(m_dir, "sideways.jpg", test::withExif(test::jpegBytes(sensor, 95), {6}));

    const StoredPhoto photo = stored(preparePhoto(source, {}, m_dir.filePath("blobs-orientation")));

    const QImage upright(photo.path);
    QCOMPARE(upright.size(), QSize(200, 400));
    QVERIFY(isRed(upright.pixel(upright.width() - 10, 10)));
    QVERIFY(!isRed(upright.pixel(10, 10)));
    QVERIFY(!isRed(upright.pixel(upright.width() - 10, upright.height() - 10)));
}

void PhotoPipelineTest::reducedToTheConfiguredLongSide_data()
{
    QTest::addColumn<QSize>("original");
    QTest::addColumn<int>("longSide");
    QTest::addColumn<QSize>("expected");
    QTest::newRow("12 MP to the default 2048")
        << QSize(4000, 3000) << PhotoOptions::kDefaultLongSide << QSize(2048, 1536);
    QTest::newRow("portrait to a configured 1024") << QSize(1500, 3000) << 1024 << QSize(512, 1024);
    QTest::newRow("small photo is not enlarged") << QSize(800, 600) << 2048 << QSize(800, 600);
}

void PhotoPipelineTest::reducedToTheConfiguredLongSide()
{
    QFETCH(QSize, original);
    QFETCH(int, longSide);
    QFETCH(QSize, expected);
    const QString source = writeFile(m_dir, QStringLiteral("size-%1.jpg").arg(original.width()),
                                     test::jpegBytes(demoPhoto(original, "HT-2026-0815")));
    PhotoOptions options;
    options.longSide = longSide;

    const StoredPhoto photo = stored(preparePhoto(source, options, m_dir.filePath("blobs-size")));

    QCOMPARE(QImageReader(photo.path).size(), expected);
    QCOMPARE(QImageReader(photo.path).format(), QByteArray("jpeg"));
    const QSize thumbnail = QImageReader(photo.thumbnailPath).size();
    QCOMPARE(std::max(thumbnail.width(), thumbnail.height()),
             std::min(320, std::max(expected.width(), expected.height())));
}

void PhotoPipelineTest::hashesAreThoseOfTheStoredFiles()
{
    const QString source = writeFile(m_dir, "hash.png", [] {
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        demoPhoto({1200, 900}, "PNG").save(&buffer, "PNG");
        return png;
    }());
    const QString folder = m_dir.filePath("blobs-hash");

    const StoredPhoto photo = stored(preparePhoto(source, {}, folder));

    for (const auto& [sha, path, size] :
         {std::tuple{photo.sha256, photo.path, photo.sizeBytes},
          std::tuple{photo.thumbnailSha256, photo.thumbnailPath, photo.thumbnailSizeBytes}}) {
        const QByteArray bytes = readAll(path);
        QCOMPARE(sha, QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(QDir(folder).filePath(sha + ".jpg"), path);
        QCOMPARE(size, bytes.size());
    }
    QCOMPARE(photo.fileName, QStringLiteral("hash.jpg"));
    QCOMPARE(photo.createdFiles.size(), 2);

    // The same photo again is the same two files, not new ones.
    const StoredPhoto again = stored(preparePhoto(source, {}, folder));
    QCOMPARE(again.sha256, photo.sha256);
    QVERIFY(again.createdFiles.isEmpty());
    QCOMPARE(filesIn(folder).size(), 2);
}

void PhotoPipelineTest::takenAtAndPlaceComeFromExif()
{
    test::ExifSpec exif;
    exif.dateTimeOriginal = "2026:11:27 15:42:10";
    exif.latitude = 31.2053;
    exif.longitude = 121.5906;
    const QString source =
        writeFile(m_dir, "exif.jpg", test::withExif(test::jpegBytes(demoPhoto({640, 480}, "GPS")), exif));

    const StoredPhoto photo = stored(preparePhoto(source, {}, m_dir.filePath("blobs-exif")));

    QCOMPARE(photo.takenAt, QDateTime(QDate(2026, 11, 27), QTime(15, 42, 10)).toUTC()); // the camera's local time
    QVERIFY(photo.location);
    QCOMPARE(qRound(photo.location->latitude * 1e4), 312053);
    QCOMPARE(qRound(photo.location->longitude * 1e4), 1215906);
}

void PhotoPipelineTest::withoutExifTakenAtIsNow()
{
    const QString source = writeFile(m_dir, "plain.jpg", test::jpegBytes(demoPhoto({640, 480}, "now")));
    const QDateTime before = QDateTime::currentDateTimeUtc();

    const StoredPhoto photo = stored(preparePhoto(source, {}, m_dir.filePath("blobs-now")));

    QVERIFY(photo.takenAt >= before.addSecs(-1) && photo.takenAt <= QDateTime::currentDateTimeUtc());
    QVERIFY(!photo.location);
}

void PhotoPipelineTest::brokenFilesAreRefusedAndLeaveNothing_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected"); // part of the message
    QByteArray noise(64 * 1024, Qt::Uninitialized);
    QRandomGenerator(7).fillRange(reinterpret_cast<quint32*>(noise.data()), noise.size() / 4);
    const QByteArray whole = test::jpegBytes(demoPhoto({1600, 1200}, "cut off"));
    QTest::newRow("random bytes") << "noise.jpg" << noise << "not a photo this app can read";
    QTest::newRow("truncated JPEG") << "cut.jpg" << whole.left(whole.size() * 2 / 3) << "damaged or incomplete";
    QTest::newRow("empty file") << "empty.jpg" << QByteArray() << "is empty";
    QTest::newRow("text file") << "notes.jpg" << QByteArray("客户要求下周再回访。\n")
                               << "not a photo this app can read";
}

void PhotoPipelineTest::brokenFilesAreRefusedAndLeaveNothing()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    test::StoreFixture fixture;
    const auto visit = fixture.addVisit(QDate::currentDate(), VisitStatus::InProgress);
    const QString folder = fixture.dir.filePath("blobs");
    PhotoImporter importer;
    importer.setStore(&fixture.store);
    importer.setOwnerId(QString::fromStdString(visit.meta.id));
    importer.setProjectId(QString::fromStdString(fixture.projectId));
    importer.setBlobFolder(folder);
    QSignalSpy failed(&importer, &PhotoImporter::failed);
    QSignalSpy imported(&importer, &PhotoImporter::imported);

    importer.importFiles({QUrl::fromLocalFile(writeFile(m_dir, name, bytes))});

    QVERIFY(failed.wait(10000));
    QVERIFY2(failed.first().first().toString().contains(expected), qPrintable(failed.first().first().toString()));
    QVERIFY(failed.first().first().toString().contains(name));
    QCOMPARE(importer.errorString(), failed.first().first().toString());
    QVERIFY(!importer.isBusy());
    QCOMPARE(imported.size(), 0);
    QVERIFY(app::StoreQueries(*fixture.store.local()).attachmentsOf(fixture.projectId, visit.meta.id).empty());
    QCOMPARE(fixture.store.local()->blobs().pendingCount(), 0);
    QVERIFY(filesIn(folder).isEmpty());
}

void PhotoPipelineTest::largePhotoImportsOffTheUiThreadWithinTheAllocationLimit()
{
    // A 24-megapixel photo with heavy sensor noise at quality 97: a file of about 20 MB.
    const QString source = m_dir.filePath("large.jpg");
    QVERIFY(demoPhoto({6000, 4000}, "华东精密制造 3 号楼 配电柜", 40, 11).save(source, "JPEG", 97));
    qInfo("source photo: %.1f MB", QFileInfo(source).size() / 1e6);
    QVERIFY(QFileInfo(source).size() > 12'000'000);

    // Decoded whole, it would need 96 MiB; the reader may allocate at most 64.
    PhotoOptions tight;
    tight.allocationLimitMiB = 64;
    const StoredPhoto direct = stored(preparePhoto(source, tight, m_dir.filePath("blobs-direct")));
    QCOMPARE(direct.size, QSize(2048, 1365));

    test::StoreFixture fixture;
    const auto visit = fixture.addVisit(QDate::currentDate(), VisitStatus::InProgress);
    PhotoImporter importer;
    importer.setStore(&fixture.store);
    importer.setOwnerId(QString::fromStdString(visit.meta.id));
    importer.setProjectId(QString::fromStdString(fixture.projectId));
    importer.setPlaceAddress("上海市浦东新区张江路 88 号");
    importer.setBlobFolder(fixture.dir.filePath("blobs"));
    int ticks = 0;
    QTimer ui;
    connect(&ui, &QTimer::timeout, [&] { ++ticks; });
    ui.start(10);
    QThread* deliveredOn = nullptr;
    QString attachmentId;
    connect(&importer, &PhotoImporter::imported, [&](const QString& id) {
        deliveredOn = QThread::currentThread();
        attachmentId = id;
    });
    QSignalSpy failed(&importer, &PhotoImporter::failed);

    importer.importFile(QUrl::fromLocalFile(source));
    QVERIFY(importer.isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!attachmentId.isEmpty() || !failed.isEmpty(), 60000);

    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
    QCOMPARE(deliveredOn, QThread::currentThread());
    QVERIFY2(ticks >= 5,
             qPrintable(QStringLiteral("the UI timer ticked %1 times").arg(ticks))); // the loop kept running
    auto record = fixture.store.local()->get<Attachment>(attachmentId.toStdString());
    QVERIFY(record);
    const Attachment& a = record->body;
    QVERIFY(a.kind == AttachmentKind::Photo);
    QCOMPARE(a.ownerId, visit.meta.id);
    QCOMPARE(a.projectId, fixture.projectId);
    QCOMPARE(a.mimeType, std::string("image/jpeg"));
    QCOMPARE(a.fileName, std::string("large.jpg"));
    QCOMPARE(a.sha256, direct.sha256.toStdString()); // the same photo, the same bytes
    QCOMPARE(a.sizeBytes, direct.sizeBytes);
    QCOMPARE(a.thumbnailSha256, direct.thumbnailSha256.toStdString());
    QVERIFY(a.takenAt);
    QVERIFY(a.place);
    QCOMPARE(a.place->address, std::string("上海市浦东新区张江路 88 号"));
    auto& blobs = fixture.store.local()->blobs();
    QCOMPARE(blobs.pendingCount(), 2);
    QCOMPARE(QString::fromStdString(blobs.pathOf(a.sha256)), fixture.dir.filePath("blobs/" + direct.sha256 + ".jpg"));
    QVERIFY(QFile::exists(QString::fromStdString(blobs.pathOf(a.thumbnailSha256))));
}

void PhotoPipelineTest::photoWithoutARecordToBelongToIsRefused()
{
    test::StoreFixture fixture;
    PhotoImporter importer;
    importer.setStore(&fixture.store);
    importer.setBlobFolder(fixture.dir.filePath("blobs"));
    QSignalSpy failed(&importer, &PhotoImporter::failed);

    importer.importFile(
        QUrl::fromLocalFile(writeFile(m_dir, "orphan.jpg", test::jpegBytes(demoPhoto({320, 240}, "x")))));

    QCOMPARE(failed.size(), 1);
    QVERIFY(!importer.errorString().isEmpty());
    QVERIFY(!importer.isBusy());
    QCOMPARE(fixture.store.local()->blobs().pendingCount(), 0);
    QVERIFY(filesIn(fixture.dir.filePath("blobs")).isEmpty());
}

void PhotoPipelineTest::photoBeyondTheAllocationLimitIsRefusedAsTooLarge()
{
    // 4000x3000 is decoded whole (libjpeg cannot halve it and stay above 2048): 46 MiB.
    const QString source = m_dir.filePath("too-large.jpg");
    QVERIFY(demoPhoto({4000, 3000}, "46 MiB").save(source, "JPEG", 80));
    PhotoOptions options;
    options.allocationLimitMiB = 40;
    const QString folder = m_dir.filePath("blobs-too-large");

    const auto result = preparePhoto(source, options, folder);

    const auto* failure = std::get_if<PhotoFailure>(&result);
    QVERIFY(failure);
    QVERIFY2(failure->message.contains("too large"), qPrintable(failure->message));
    QVERIFY(filesIn(folder).isEmpty());
    options.allocationLimitMiB = 48;
    QVERIFY(std::holds_alternative<StoredPhoto>(preparePhoto(source, options, folder)));
}

void PhotoPipelineTest::importerFollowsTheAppsSettings()
{
    const AppPaths paths = AppPaths::under(m_dir.filePath("app"));
    QQmlEngine engine;
    auto* services = new AppServices(paths, &engine);
    services->attachTo(engine);
    services->settings().setPhotoLongSide(1024);
    test::StoreFixture fixture;
    const auto visit = fixture.addVisit(QDate::currentDate(), VisitStatus::InProgress);
    PhotoImporter importer; // as QML makes it: in the engine, with neither long side nor folder set
    QQmlEngine::setContextForObject(&importer, engine.rootContext());
    importer.setStore(&fixture.store);
    importer.setOwnerId(QString::fromStdString(visit.meta.id));
    importer.setProjectId(QString::fromStdString(fixture.projectId));
    QSignalSpy imported(&importer, &PhotoImporter::imported);
    const QString source = m_dir.filePath("settings.jpg");
    QVERIFY(demoPhoto({4000, 3000}, "1024").save(source, "JPEG", 90));

    importer.importFile(QUrl::fromLocalFile(source));

    QVERIFY(imported.wait(30000));
    const auto attachment = fixture.store.local()->get<Attachment>(imported.first().first().toString().toStdString());
    const QString stored = QString::fromStdString(fixture.store.local()->blobs().pathOf(attachment->body.sha256));
    QCOMPARE(QFileInfo(stored).absolutePath(), QDir(paths.blobDir()).absolutePath());
    QCOMPARE(QImageReader(stored).size(), QSize(1024, 768));
}

QTEST_MAIN(PhotoPipelineTest)
#include "moc_tst_photo_pipeline.cpp"
