// The tablet app end to end: two app cores (each a signed-in Session with its
// own database and SyncController, as the app runs them) and the real
// fieldvisit-server on loopback. What a field engineer records offline — a
// visit, its photos, the customer's signature — reaches the server whole and
// appears on the back office's tablet, byte for byte; and a server killed in
// the middle of a photo loses, doubles and forgets nothing.
//
// Photos go through the app's photo pipeline (mobile/photos/: camera file to
// reduced JPEG and thumbnail, queued, then the Attachment), the signature
// through the signing controller (mobile/signature/: the pad's strokes, the
// PNG queued, then the Signature over the visit's content and photos).

#include "app_core.h"
#include "live_server.h"
#include "sample_records.h"
#include "store/local_store.h"
#include "sync/qt_blob_transport.h"
#include "sync/qt_sync_transport.h"
#include "sync/signed_content.h"
#include "sync/sync_engine.h"
#include "util/sha256.h"

#include "json/codec.h"
#include "json/record_json.h"
#include <QDirIterator>
#include <QtTest>
#include <algorithm>
#include <functional>
#include <map>

using namespace fv;
using fv::test::AppCore;
using fv::test::jpegPhoto;

namespace {

// Every record the server holds that `token` may see, each as often as a pull from the start brings it.
std::multimap<std::string, RawRecord> everythingOnTheServer(const QString& server, const QString& token)
{
    QtSyncTransport transport{QUrl(server), test::kAppVersion, token};
    std::multimap<std::string, RawRecord> records;
    std::int64_t cursor = 0;
    for (bool more = true; more;) {
        auto page = transport.pull(cursor, 1000);
        for (auto& record : page.records) records.emplace(record.meta.id, std::move(record));
        cursor = page.nextCursor;
        more = page.hasMore;
    }
    return records;
}

// Copies of `sha256` in the server's blob folder, complete or partial.
int blobFilesOnTheServer(const QString& dataDir, const std::string& sha256)
{
    int copies = 0;
    const auto name = QString::fromStdString(sha256);
    for (QDirIterator it(dataDir, QDir::Files, QDirIterator::Subdirectories); it.hasNext();)
        if (it.next(), it.fileName().startsWith(name)) ++copies;
    return copies;
}

// The app's blob transport, with a hook after each piece the server accepted:
// here, where the test kills the server in the middle of a photo.
class WatchedBlobTransport final : public BlobTransport {
public:
    WatchedBlobTransport(BlobTransport& real, std::function<void(const BlobUploadState&)> afterPiece)
        : m_real(real), m_afterPiece(std::move(afterPiece))
    {
    }
    std::vector<std::string> missing(const std::vector<std::string>& names) override { return m_real.missing(names); }
    BlobUploadState status(const std::string& sha256) override { return m_real.status(sha256); }
    BlobUploadState upload(const std::string& sha256, std::int64_t offset, std::string_view bytes,
                           std::int64_t total) override
    {
        const auto state = m_real.upload(sha256, offset, bytes, total);
        m_afterPiece(state);
        return state;
    }

private:
    BlobTransport& m_real;
    std::function<void(const BlobUploadState&)> m_afterPiece;
};

} // namespace

class TstAppEndToEnd : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const auto tokens = m_server.startWithOfficeAndField();
        m_officeToken = tokens.office;
        m_fieldToken = tokens.field;
        QVERIFY(!m_officeToken.isEmpty() && !m_fieldToken.isEmpty());

        // The back office sets up the customer and project on its tablet and assigns the engineer.
        m_office = std::make_unique<AppCore>(m_server.url(), m_officeToken, QStringLiteral("wangfang"),
                                             QStringLiteral("back_office"));
        const auto customer = m_office->writer().save(test::newRecord(test::sampleCustomer()));
        m_projectId = m_office->writer().save(test::newRecord(test::sampleProject(customer.meta.id))).meta.id;
        QVERIFY(m_office->sync());
        QVERIFY(m_server.assign(QStringLiteral("liuyang"), QString::fromStdString(m_projectId)));
    }

    void aVisitWithPhotosAndSignatureRecordedOfflineReachesTheOtherTablet()
    {
        AppCore field(m_server.url(), m_fieldToken, QStringLiteral("liuyang"), QStringLiteral("field_staff"));
        QVERIFY(field.sync()); // the morning sync brings the project
        QVERIFY(field.local().get<Project>(m_projectId).has_value());

        // At the customer's site there is no network.
        m_server.stop();
        const auto visit = field.writer().save(test::newRecord(test::sampleVisit(m_projectId)));
        const auto photo1 = field.takePhoto(visit, jpegPhoto(1024, 768, 1, false), QStringLiteral("车间现场.jpg"));
        const auto photo2 = field.takePhoto(visit, jpegPhoto(800, 600, 2, false), QStringLiteral("报工终端.jpg"));
        QVERIFY(photo1 && photo2);
        const auto signature = field.customerSigns(visit);
        QVERIFY2(signature.has_value(), "the signing controller did not save the signature");
        QCOMPARE(signature->body.contentSha256,
                 signedContentHash(RecordType::Visit, encode(visit.body), {photo1->body.sha256, photo2->body.sha256}));

        QVERIFY(!field.sync());
        QCOMPARE(field.controller.state(), SyncController::Offline);
        QCOMPARE(field.controller.pendingChanges(), 4);
        QCOMPARE(field.controller.pendingPhotos(), 3);
        QCOMPARE(field.local().blobs().pendingCount(), 5); // two photos, their thumbnails, the signature image
        QVERIFY(!field.controller.allSynced());

        // Back in coverage.
        QVERIFY(m_server.restart());
        QVERIFY2(field.sync(), qPrintable(field.controller.errorDetail()));
        QCOMPARE(field.controller.pendingChanges(), 0);
        QCOMPARE(field.controller.pendingPhotos(), 0);
        QVERIFY(field.controller.allSynced());

        // The back office's tablet finds the visit, both photos and the signature...
        QVERIFY(m_office->sync());
        const auto visitThere = m_office->local().get<Visit>(visit.meta.id);
        QVERIFY(visitThere.has_value());
        QCOMPARE(visitThere->body, visit.body);
        std::vector<std::string> photoHashes;
        std::vector<Record<Signature>> signatures;
        for (const auto& raw : m_office->local().projectHistory(m_projectId)) {
            if (raw.meta.type == RecordType::Attachment) {
                const auto attachment = toTypedRecord<Attachment>(raw);
                if (attachment.body.ownerId == visit.meta.id) photoHashes.push_back(attachment.body.sha256);
            } else if (raw.meta.type == RecordType::Signature) {
                signatures.push_back(toTypedRecord<Signature>(raw));
            }
        }
        std::sort(photoHashes.begin(), photoHashes.end());
        auto expected = std::vector<std::string>{photo1->body.sha256, photo2->body.sha256};
        std::sort(expected.begin(), expected.end());
        QCOMPARE(photoHashes, expected);
        QCOMPARE(signatures.size(), std::size_t(1));
        const auto& signatureThere = signatures.front();
        QCOMPARE(signatureThere.meta.id, signature->meta.id);
        QCOMPARE(signatureThere.body.strokes, signature->body.strokes);
        QCOMPARE(signatureThere.body.signerName, std::string("王丽"));
        QVERIFY(!signatureThere.body.voided);
        // ...and the signature still matches what was signed, computed from its own copies.
        QCOMPARE(signedContentHash(RecordType::Visit, encode(visitThere->body), photoHashes),
                 signatureThere.body.contentSha256);

        // Every photo, thumbnail and the signature image, byte for byte.
        QtBlobTransport blobs(QUrl(m_server.url()), test::kAppVersion, m_officeToken);
        for (const auto& sha256 : {photo1->body.sha256, photo1->body.thumbnailSha256, photo2->body.sha256,
                                   photo2->body.thumbnailSha256, signatureThere.body.imageSha256}) {
            const auto bytes = blobs.fetch(sha256);
            QCOMPARE(sha256Hex(bytes), sha256);
            QCOMPARE(QByteArray::fromStdString(bytes), fileOf(field, sha256));
        }
    }

    void aServerKilledInTheMiddleOfAPhotoLosesAndDoublesNothing()
    {
        AppCore field(m_server.url(), m_fieldToken, QStringLiteral("liuyang"), QStringLiteral("field_staff"));
        const auto visit = field.writer().save(test::newRecord(test::sampleVisit(m_projectId)));
        // Kept at full size and high quality (a setting the app has), noise does not compress: several MB.
        app::PhotoOptions fullSize;
        fullSize.longSide = 2400;
        fullSize.quality = 95;
        const auto big = field.takePhoto(visit, jpegPhoto(2400, 1800, 7, true), QStringLiteral("large.jpg"), fullSize);
        const auto small = field.takePhoto(visit, jpegPhoto(640, 480, 8, false), QStringLiteral("small.jpg"));
        QVERIFY(big && small);
        QVERIFY2(big->body.sizeBytes > 3 * 1024 * 1024,
                 qPrintable(QStringLiteral("%1 bytes are too few for several pieces").arg(big->body.sizeBytes)));
        QCOMPARE(field.controller.pendingPhotos(), 2);

        // The app's transports and piece size; the server is killed once the first piece of the large photo is in.
        QtSyncTransport sync(QUrl(m_server.url()), test::kAppVersion, m_fieldToken);
        QtBlobTransport blobs(QUrl(m_server.url()), test::kAppVersion, m_fieldToken);
        bool killed = false;
        WatchedBlobTransport watched(blobs, [&](const BlobUploadState& state) {
            if (!state.complete && !killed) {
                m_server.stop();
                killed = true;
            }
        });
        SyncOptions options;
        options.blobChunkBytes = 1024 * 1024;
        const auto report = SyncEngine(field.local(), sync, options, &watched).syncOnce();
        QVERIFY(killed);
        QCOMPARE(report.errorCode, std::string("unreachable"));
        QCOMPARE(field.local().outbox().size(), 3); // nothing of the records left
        QVERIFY(field.local().blobs().pendingCount() >= 1);

        QVERIFY(m_server.restart());
        QtBlobTransport ask(QUrl(m_server.url()), test::kAppVersion, m_fieldToken);
        QCOMPARE(ask.status(big->body.sha256).offset, 1024 * 1024); // the piece answered before the kill survived

        QVERIFY2(field.sync(), qPrintable(field.controller.errorDetail()));
        QVERIFY(field.controller.allSynced());
        QCOMPARE(field.controller.state(), SyncController::Idle);
        QCOMPARE(field.local().outbox().size(), 0);
        QVERIFY(field.local().blobs().pending().empty());

        // Each photo once on the server, complete, with its hash; no partial upload left behind.
        for (const auto& sha256 : {big->body.sha256, big->body.thumbnailSha256, small->body.sha256}) {
            QCOMPARE(blobFilesOnTheServer(m_server.dataDir(), sha256), 1);
            QCOMPARE(sha256Hex(ask.fetch(sha256)), sha256);
        }
        // Each record once, applied once (version 1): no duplicate from the interrupted run.
        const auto records = everythingOnTheServer(m_server.url(), m_officeToken);
        for (const auto& id : {visit.meta.id, big->meta.id, small->meta.id}) {
            QCOMPARE(records.count(id), std::size_t(1));
            QCOMPARE(records.find(id)->second.meta.version, 1);
        }
        const auto photosOfTheVisit = std::count_if(records.begin(), records.end(), [&](const auto& entry) {
            return entry.second.meta.type == RecordType::Attachment &&
                   entry.second.fields.value("ownerId", "") == visit.meta.id;
        });
        QCOMPARE(photosOfTheVisit, 2);
    }

private:
    static QByteArray fileOf(AppCore& core, const std::string& sha256)
    {
        QFile file(QString::fromStdString(core.local().blobs().pathOf(sha256)));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    test::LiveServer m_server;
    QString m_officeToken;
    QString m_fieldToken;
    std::unique_ptr<AppCore> m_office;
    std::string m_projectId;
};

QTEST_MAIN(TstAppEndToEnd)
#include "moc_tst_app_end_to_end.cpp"
