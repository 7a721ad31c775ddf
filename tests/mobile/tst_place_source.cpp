// Where a photo was taken: a photo without GPS of its own (the tablet's
// camera writes none) gets the tablet's position from a real NMEA replay; a
// photo with EXIF GPS keeps its own point; without a fresh fix the photo is
// still imported, with the address only.

#include "app/demo_photo.h"
#include "exif_jpeg.h"
#include "photos/photo_importer.h"
#include "photos/place_source.h"
#include "store_fixture.h"

#include <QBuffer>
#include <QNmeaPositionInfoSource>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>
#include <memory>

using namespace fv;
using namespace fv::app;

namespace {

constexpr double kLatitude = 31.2304; // People's Square, Shanghai
constexpr double kLongitude = 121.4737;
constexpr double kOtherLatitude = 31.2053; // Zhangjiang, where the phone took its photo
constexpr double kOtherLongitude = 121.5906;
const QString kAddress = QStringLiteral("上海市黄浦区人民大道 200 号");

// "$<body>*<checksum>": the checksum is the XOR of the bytes between $ and *.
QByteArray sentence(const QByteArray& body)
{
    quint8 sum = 0;
    for (const char c : body) sum ^= quint8(c);
    return '$' + body + '*' + QByteArray::number(sum, 16).toUpper().rightJustified(2, '0') + "\r\n";
}

// NMEA writes 31.2304° as "3113.8240": whole degrees, then minutes.
QByteArray degreesMinutes(double degrees, int degreeDigits)
{
    const int whole = int(degrees);
    return QByteArray::number(whole).rightJustified(degreeDigits, '0') +
           QByteArray::number((degrees - whole) * 60, 'f', 4).rightJustified(7, '0');
}

// A GPS receiver's report at `at`: GPGGA (fix quality, HDOP 0.9) and GPRMC (the date).
QByteArray shanghaiFix(const QDateTime& at)
{
    const QDateTime utc = at.toUTC();
    const QByteArray time = utc.toString(QStringLiteral("HHmmss.zzz")).left(9).toLatin1();
    const QByteArray date = utc.toString(QStringLiteral("ddMMyy")).toLatin1();
    const QByteArray where = degreesMinutes(kLatitude, 2) + ",N," + degreesMinutes(kLongitude, 3) + ",E";
    return sentence("GPGGA," + time + ',' + where + ",1,08,0.9,10.0,M,8.0,M,,") +
           sentence("GPRMC," + time + ",A," + where + ",0.0,0.0," + date + ",,,A");
}

// Qt's NMEA source reports 2 × HDOP × the receiver's range error as the horizontal accuracy.
constexpr double kRangeErrorMeters = 5.0;
constexpr double kAccuracyMeters = 2 * 0.9 * kRangeErrorMeters;

// An NMEA file replayed as a GPS receiver would deliver it.
struct ReplayedGps {
    explicit ReplayedGps(const QByteArray& nmea)
    {
        buffer.setData(nmea);
        buffer.open(QIODevice::ReadOnly);
        source.setDevice(&buffer);
        source.setUserEquivalentRangeError(kRangeErrorMeters);
    }

    QBuffer buffer;
    QNmeaPositionInfoSource source{QNmeaPositionInfoSource::SimulationMode};
};

} // namespace

class PlaceSourceTest : public QObject {
    Q_OBJECT

private slots:
    void cameraPhotoGetsTheTabletsFreshFix();
    void exifGpsWinsOverTheTabletsFix();
    void oldPhotoFromTheGalleryIsNotPlacedWhereTheTabletIsNow();
    void staleFixGivesNoPoint();
    void withoutPositioningThePhotoIsStillImported();
    void inactiveSourceTakesNoFix();

private:
    // Imports `file` into a fresh visit with the place source given; returns its place.
    std::optional<Place> importedPlace(const QString& file, PlaceSource* place);
    // Starts `place` and waits for the replayed fix to arrive.
    static bool receiveFix(PlaceSource& place);

    QTemporaryDir m_dir;
};

std::optional<Place> PlaceSourceTest::importedPlace(const QString& file, PlaceSource* place)
{
    test::StoreFixture fixture;
    const auto visit = fixture.addVisit(QDate::currentDate(), VisitStatus::InProgress);
    PhotoImporter importer;
    importer.setStore(&fixture.store);
    importer.setOwnerId(QString::fromStdString(visit.meta.id));
    importer.setProjectId(QString::fromStdString(fixture.projectId));
    importer.setPlaceAddress(kAddress);
    importer.setBlobFolder(fixture.dir.filePath("blobs"));
    importer.setPlaceSource(place);
    QSignalSpy imported(&importer, &PhotoImporter::imported);
    QSignalSpy failed(&importer, &PhotoImporter::failed);

    importer.importFile(QUrl::fromLocalFile(file));

    if (!imported.wait(30000)) qFatal("not imported: %s", qPrintable(failed.value(0).value(0).toString()));
    const auto record = fixture.store.local()->get<Attachment>(imported.first().first().toString().toStdString());
    if (!record) qFatal("the attachment was not saved");
    return record->body.place;
}

bool PlaceSourceTest::receiveFix(PlaceSource& place)
{
    QSignalSpy fixed(&place, &PlaceSource::fixChanged);
    place.setActive(true);
    return !fixed.isEmpty() || fixed.wait(5000);
}

void PlaceSourceTest::cameraPhotoGetsTheTabletsFreshFix()
{
    ReplayedGps gps(shanghaiFix(QDateTime::currentDateTimeUtc()));
    PlaceSource place(&gps.source);
    QVERIFY(receiveFix(place));
    const QString capture = m_dir.filePath("IMG_camera.jpg");
    QVERIFY(demoPhoto({800, 600}, "camera").save(capture, "JPEG", 90)); // no EXIF: as captureToFile writes it

    const auto where = importedPlace(capture, &place);

    QVERIFY(where && where->point);
    QVERIFY(std::abs(where->point->latitude - kLatitude) < 1e-4);
    QVERIFY(std::abs(where->point->longitude - kLongitude) < 1e-4);
    QVERIFY(where->point->accuracyMeters);
    QCOMPARE(*where->point->accuracyMeters, kAccuracyMeters);
    QCOMPARE(QString::fromStdString(where->address), kAddress); // the address stays alongside
}

void PlaceSourceTest::exifGpsWinsOverTheTabletsFix()
{
    ReplayedGps gps(shanghaiFix(QDateTime::currentDateTimeUtc()));
    PlaceSource place(&gps.source);
    QVERIFY(receiveFix(place));
    test::ExifSpec exif;
    exif.dateTimeOriginal = QDateTime::currentDateTime().toString(QStringLiteral("yyyy:MM:dd HH:mm:ss"));
    exif.latitude = kOtherLatitude;
    exif.longitude = kOtherLongitude;
    const QString phonePhoto =
        test::writeFile(m_dir, "phone.jpg", test::withExif(test::jpegBytes(demoPhoto({800, 600}, "phone")), exif));

    const auto where = importedPlace(phonePhoto, &place);

    QVERIFY(where && where->point);
    QVERIFY(std::abs(where->point->latitude - kOtherLatitude) < 1e-4);
    QVERIFY(std::abs(where->point->longitude - kOtherLongitude) < 1e-4);
    QVERIFY(!where->point->accuracyMeters); // EXIF gives none, and the tablet's is not its
    QCOMPARE(QString::fromStdString(where->address), kAddress);
}

void PlaceSourceTest::oldPhotoFromTheGalleryIsNotPlacedWhereTheTabletIsNow()
{
    ReplayedGps gps(shanghaiFix(QDateTime::currentDateTimeUtc()));
    PlaceSource place(&gps.source);
    QVERIFY(receiveFix(place));
    test::ExifSpec exif;
    exif.dateTimeOriginal = QDateTime::currentDateTime().addDays(-3).toString(QStringLiteral("yyyy:MM:dd HH:mm:ss"));
    const QString oldPhoto =
        test::writeFile(m_dir, "old.jpg", test::withExif(test::jpegBytes(demoPhoto({800, 600}, "old")), exif));

    const auto where = importedPlace(oldPhoto, &place);

    QVERIFY(where);
    QVERIFY(!where->point);
    QCOMPARE(QString::fromStdString(where->address), kAddress);
}

void PlaceSourceTest::staleFixGivesNoPoint()
{
    ReplayedGps gps(shanghaiFix(QDateTime::currentDateTimeUtc().addSecs(-10 * 60)));
    PlaceSource place(&gps.source);
    QVERIFY(receiveFix(place));
    QVERIFY(!place.freshFix());
    const QString capture = m_dir.filePath("IMG_stale.jpg");
    QVERIFY(demoPhoto({800, 600}, "stale").save(capture, "JPEG", 90));

    const auto where = importedPlace(capture, &place);

    QVERIFY(where);
    QVERIFY(!where->point);
    QCOMPARE(QString::fromStdString(where->address), kAddress);
}

void PlaceSourceTest::withoutPositioningThePhotoIsStillImported()
{
    PlaceSource place(static_cast<QGeoPositionInfoSource*>(nullptr)); // no plugin, no GPS
    place.setActive(true);
    QVERIFY(place.isActive());
    QVERIFY(!place.freshFix());
    const QString capture = m_dir.filePath("IMG_nogps.jpg");
    QVERIFY(demoPhoto({800, 600}, "no gps").save(capture, "JPEG", 90));

    const auto where = importedPlace(capture, &place);

    QVERIFY(where);
    QVERIFY(!where->point);
    QCOMPARE(QString::fromStdString(where->address), kAddress);
}

void PlaceSourceTest::inactiveSourceTakesNoFix()
{
    ReplayedGps gps(shanghaiFix(QDateTime::currentDateTimeUtc()));
    PlaceSource place(&gps.source);
    QSignalSpy fixed(&place, &PlaceSource::fixChanged);

    QVERIFY(!fixed.wait(500)); // nobody turned it on: the receiver is not read
    QVERIFY(!place.freshFix());

    QVERIFY(receiveFix(place));
    QVERIFY(place.freshFix());
    place.setActive(false);
    QVERIFY(!place.isActive());
}

QTEST_MAIN(PlaceSourceTest)
#include "moc_tst_place_source.cpp"
