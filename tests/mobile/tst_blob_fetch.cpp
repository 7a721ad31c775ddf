// Images of other tablets appear (sync/blob_download.h, sync/blob_fetcher.h),
// against the real fieldvisit-server on loopback: tablet A takes photos and
// the customer signs; after tablet B syncs it holds the thumbnails and the
// signature image byte for byte, but not the full photos, which come when
// one is opened; offline, opening one says so and leaves no partial file.

#include "app_core.h"
#include "live_server.h"
#include "photos/photo_rows.h"
#include "sample_records.h"
#include "sync/blob_download.h"
#include "sync/blob_fetcher.h"
#include "sync/qt_blob_transport.h"
#include "sync/qt_sync_transport.h"
#include "sync/sync_engine.h"

#include <QtTest>

using namespace fv;
using fv::test::AppCore;

namespace {

QByteArray fileOf(AppCore& core, const std::string& sha256)
{
    QFile file(QString::fromStdString(core.local().blobs().pathOf(sha256)));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Files in the tablet's blob folder named after `sha256`: whole or partial copies.
QStringList filesNamedAfter(AppCore& core, const std::string& sha256)
{
    return QDir(core.session.blobFolder()).entryList({QString::fromStdString(sha256) + QLatin1Char('*')}, QDir::Files);
}

bool waitUntilIdle(BlobFetcher& fetcher)
{
    return QTest::qWaitFor([&] { return !fetcher.isBusy(); }, 30000);
}

} // namespace

class TstBlobFetch : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const auto tokens = m_server.startWithOfficeAndField();
        const QString officeToken = tokens.office;
        m_fieldToken = tokens.field;
        QVERIFY(!officeToken.isEmpty() && !m_fieldToken.isEmpty());

        // Tablet A: the project, a visit and two photos, synced; then the customer's signature, synced.
        m_a = std::make_unique<AppCore>(m_server.url(), officeToken, QStringLiteral("wangfang"),
                                        QStringLiteral("back_office"));
        const auto customer = m_a->writer().save(test::newRecord(test::sampleCustomer()));
        m_projectId = m_a->writer().save(test::newRecord(test::sampleProject(customer.meta.id))).meta.id;
        m_visit = m_a->writer().save(test::newRecord(test::sampleVisit(m_projectId)));
        const auto photo1 = m_a->takePhoto(m_visit, test::jpegPhoto(1024, 768, 1, false), QStringLiteral("车间.jpg"));
        const auto photo2 = m_a->takePhoto(m_visit, test::jpegPhoto(800, 600, 2, false), QStringLiteral("终端.jpg"));
        QVERIFY(photo1 && photo2);
        m_photos = {*photo1, *photo2};
        QVERIFY2(m_a->sync(), qPrintable(m_a->controller.errorDetail()));
        // Signed in a later run, so the server's copy of the signature is the newest record.
        const auto signature = m_a->customerSigns(m_visit);
        QVERIFY(signature.has_value());
        m_signatureImage = signature->body.imageSha256;
        QVERIFY2(m_a->sync(), qPrintable(m_a->controller.errorDetail()));
        QVERIFY(m_server.assign(QStringLiteral("liuyang"), QString::fromStdString(m_projectId)));
    }

    void afterSyncTheOtherTabletHoldsThumbnailsAndSignatureButNotFullPhotos()
    {
        m_b = std::make_unique<AppCore>(m_server.url(), m_fieldToken, QStringLiteral("liuyang"),
                                        QStringLiteral("field_staff"));
        QVERIFY2(m_b->sync(), qPrintable(m_b->controller.errorDetail()));

        for (const auto& photo : m_photos) {
            QVERIFY(!fileOf(*m_a, photo.body.thumbnailSha256).isEmpty());
            QCOMPARE(fileOf(*m_b, photo.body.thumbnailSha256), fileOf(*m_a, photo.body.thumbnailSha256));
            QVERIFY(m_b->local().blobs().pathOf(photo.body.sha256).empty());
            QVERIFY(filesNamedAfter(*m_b, photo.body.sha256).isEmpty());
        }
        QCOMPARE(fileOf(*m_b, m_signatureImage), fileOf(*m_a, m_signatureImage));
        // Held as already on the server: nothing to send back, nothing "waiting".
        QCOMPARE(m_b->local().blobs().pendingCount(), 0);
        QVERIFY(m_b->controller.allSynced());

        // The strip shows the thumbnails; the full photos are not here yet.
        const auto rows = app::photoRows(m_b->local(), m_projectId, m_visit.meta.id);
        QCOMPARE(rows.size(), std::size_t(2));
        for (const auto& row : rows) {
            QVERIFY(!row.thumbnailPath.isEmpty());
            QVERIFY(row.path.isEmpty());
            QVERIFY(row.uploaded);
        }
    }

    void aNewTabletsFirstRoundIsBoundedNewestFirst()
    {
        AppCore c(m_server.url(), m_fieldToken, QStringLiteral("liuyang"), QStringLiteral("field_staff"));
        QtSyncTransport sync(QUrl(m_server.url()), test::kAppVersion, m_fieldToken);
        QVERIFY(SyncEngine(c.local(), sync).syncOnce().ok()); // the records only
        QtBlobTransport blobs(QUrl(m_server.url()), test::kAppVersion, m_fieldToken);

        QCOMPARE(app::downloadLackingBlobs(c.local(), blobs, c.session.blobFolder(), {1, 1 << 20}), 1);
        QCOMPARE(fileOf(c, m_signatureImage), fileOf(*m_a, m_signatureImage)); // the newest
        QCOMPARE(c.local().blobs().lacking(10).size(), std::size_t(2));
        QCOMPARE(app::downloadLackingBlobs(c.local(), blobs, c.session.blobFolder(), {10, 1 << 20}), 2);
        QVERIFY(c.local().blobs().lacking(10).empty());
    }

    void openingAFullPhotoFetchesIt()
    {
        const auto& photo = m_photos.front();
        BlobFetcher fetcher;
        fetcher.setSession(&m_b->session);
        QSignalSpy arrived(&fetcher, &BlobFetcher::photoArrived);
        QSignalSpy listsReread(m_b->session.store()->events(), &StoreEvents::recordsChanged);

        fetcher.fetchPhoto(QString::fromStdString(photo.meta.id));
        QVERIFY(fetcher.isBusy());
        QVERIFY(waitUntilIdle(fetcher));
        QVERIFY2(fetcher.errorString().isEmpty(), qPrintable(fetcher.errorString()));
        QCOMPARE(arrived.size(), 1);
        QFile shown(arrived.first().at(1).toUrl().toLocalFile());
        QVERIFY(shown.open(QIODevice::ReadOnly));
        QCOMPARE(shown.readAll(), fileOf(*m_a, photo.body.sha256));
        QCOMPARE(fileOf(*m_b, photo.body.sha256), fileOf(*m_a, photo.body.sha256));
        QVERIFY(!listsReread.isEmpty());
        QCOMPARE(m_b->local().blobs().pendingCount(), 0);
        const auto rows = app::photoRows(m_b->local(), m_projectId, m_visit.meta.id);
        QVERIFY(std::any_of(rows.begin(), rows.end(), [](const auto& row) { return !row.path.isEmpty(); }));
    }

    void offlineOpeningAPhotoSaysSoAndLeavesNothingHalfWritten()
    {
        const auto& photo = m_photos.back();
        m_server.stop();
        BlobFetcher fetcher;
        fetcher.setSession(&m_b->session);
        QSignalSpy arrived(&fetcher, &BlobFetcher::photoArrived);

        fetcher.fetchPhoto(QString::fromStdString(photo.meta.id));
        QVERIFY(waitUntilIdle(fetcher));
        QVERIFY(arrived.isEmpty());
        QVERIFY(fetcher.isOffline());
        QVERIFY2(fetcher.errorString().contains(QStringLiteral("No connection to the server")),
                 qPrintable(fetcher.errorString()));
        QVERIFY(m_b->local().blobs().pathOf(photo.body.sha256).empty());
        QCOMPARE(filesNamedAfter(*m_b, photo.body.sha256), QStringList());
    }

private:
    test::LiveServer m_server;
    QString m_fieldToken;
    std::unique_ptr<AppCore> m_a;
    std::unique_ptr<AppCore> m_b;
    std::string m_projectId;
    Record<Visit> m_visit;
    std::vector<Record<Attachment>> m_photos;
    std::string m_signatureImage;
};

QTEST_MAIN(TstBlobFetch)
#include "moc_tst_blob_fetch.cpp"
