// Photos from a device to the server and on to another device: uploaded
// before the records that need them, resumed after an interruption, and
// "synced" only once every photo has arrived.

#include "http_client/http_client.h"
#include "http_client/request_headers.h"
#include "sample_records.h"
#include "sync/blob_uploader.h"
#include "sync_fixture.h"
#include "test_device.h"
#include "util/sha256.h"
#include "util/uuid.h"

#include <QtTest>

#include <fstream>
#include <random>

using namespace fv;

namespace {

std::string randomBytes(std::size_t size, unsigned seed)
{
    std::mt19937 random(seed);
    std::string bytes(size, '\0');
    for (auto& b : bytes) b = char(random());
    return bytes;
}

// A photo file on the device, registered for upload, and its attachment record.
Record<Attachment> takePhoto(test::Device& device, const QTemporaryDir& dir, const std::string& projectId,
                             const std::string& visitId, std::size_t size, unsigned seed)
{
    const auto bytes = randomBytes(size, seed);
    const auto path = dir.filePath(QString::number(seed) + ".jpg").toStdString();
    std::ofstream(path, std::ios::binary) << bytes;
    auto attachment = test::sampleAttachment(projectId, visitId);
    attachment.sha256 = sha256Hex(bytes);
    attachment.sizeBytes = std::int64_t(size);
    attachment.thumbnailSha256.clear();
    device.store->blobs().add({attachment.sha256, path, attachment.sizeBytes, "image/jpeg", ""}, Timestamp::now());
    return device.store->save(test::newRecord(attachment));
}

// The real transport, but the connection "drops" after a number of uploads.
class DroppingTransport : public BlobTransport {
public:
    DroppingTransport(BlobTransport& real, int uploadsBeforeDrop) : m_real(real), m_left(uploadsBeforeDrop) {}
    std::vector<std::string> missing(const std::vector<std::string>& names) override { return m_real.missing(names); }
    BlobUploadState status(const std::string& sha) override { return m_real.status(sha); }
    BlobUploadState upload(const std::string& sha, std::int64_t offset, std::string_view bytes, std::int64_t total) override
    {
        if (m_left-- <= 0) throw Error(ErrorDomain::Network, "unreachable", "the network went away");
        return m_real.upload(sha, offset, bytes, total);
    }

private:
    BlobTransport& m_real;
    int m_left;
};

} // namespace

class TstDeviceBlobSync : public QObject {
    Q_OBJECT

    test::SyncFixture m_fixture;
    QTemporaryDir m_files;
    std::string m_projectId = newUuidV7();
    QString m_alice, m_bob;

    std::unique_ptr<test::Device> device(const QString& user, const std::string& id)
    {
        return std::make_unique<test::Device>(user.toStdString(), id, m_fixture.server().url(),
                                              user == "alice" ? m_alice : m_bob);
    }

    std::string download(const QString& token, const std::string& sha)
    {
        HttpClient client(m_fixture.server().url().toString(QUrl::StripTrailingSlash).toStdString());
        const auto response = client.request("GET", "/v1/blobs/" + sha, {}, fieldVisitHeaders("test", token.toStdString()));
        return response.status == 200 ? response.body : std::string();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_fixture.start());
        const auto project = QString::fromStdString(m_projectId);
        QVERIFY(m_fixture.createUser("office", "back_office"));
        QVERIFY(m_fixture.createUser("alice", "field_staff", {project}));
        QVERIFY(m_fixture.createUser("bob", "field_staff", {project}));
        const auto customerId = newUuidV7();
        QCOMPARE(m_fixture.push(m_fixture.login("office"), "office-pc",
                                {test::createOf(1, customerId, test::sampleCustomer()),
                                 test::createOf(2, m_projectId, test::sampleProject(customerId))})
                     .status,
                 200);
        m_alice = m_fixture.login("alice");
        m_bob = m_fixture.login("bob");
    }

    void photosArriveWholeOnTheOtherDevice()
    {
        auto a = device("alice", "tablet-a"), b = device("bob", "tablet-b");
        const auto visit = a->store->save(test::newRecord(test::sampleVisit(m_projectId)));
        const auto photo1 = takePhoto(*a, m_files, m_projectId, visit.meta.id, 3 * 1024 * 1024 + 17, 1);
        const auto photo2 = takePhoto(*a, m_files, m_projectId, visit.meta.id, 600 * 1024, 2);
        QCOMPARE(a->engine->syncStatus().pendingBlobs, 2);
        QCOMPARE(a->engine->syncStatus().recordsAwaitingBlobs, 2);

        const auto report = a->sync();
        QVERIFY2(report.ok(), report.error.c_str());
        QCOMPARE(report.blobsUploaded, 2);
        QCOMPARE(a->engine->syncStatus().pendingBlobs, 0);
        QCOMPARE(a->engine->syncStatus().recordsAwaitingBlobs, 0);
        QCOMPARE(a->engine->syncStatus().pending, 0);

        QVERIFY(b->sync().ok());
        const auto onB = b->store->get<Attachment>(photo1.meta.id);
        QVERIFY(onB.has_value());
        QCOMPARE(download(m_bob, onB->body.sha256), randomBytes(3 * 1024 * 1024 + 17, 1));
        QCOMPARE(sha256Hex(download(m_bob, photo2.body.sha256)), photo2.body.sha256);
    }

    void anInterruptedUploadResumesWhereItStopped()
    {
        auto a = device("alice", "tablet-a2");
        const auto visit = a->store->save(test::newRecord(test::sampleVisit(m_projectId)));
        const auto photo = takePhoto(*a, m_files, m_projectId, visit.meta.id, 5 * 1024 * 1024 + 3, 3);

        // The network drops after the first 1 MiB piece.
        DroppingTransport dropping(*a->blobTransport, 1);
        BlobUploader uploader(a->store->blobs(), dropping, 1024 * 1024);
        QVERIFY_THROWS_EXCEPTION(Error, uploader.uploadPending());
        const auto state = a->blobTransport->status(photo.body.sha256);
        QVERIFY(!state.complete);
        QCOMPARE(state.offset, 1024 * 1024);

        // Records wait for their photos: the next sync finishes the upload, then pushes.
        const auto report = a->sync();
        QVERIFY2(report.ok(), report.error.c_str());
        QCOMPARE(report.blobsUploaded, 1);
        QCOMPARE(sha256Hex(download(m_alice, photo.body.sha256)), photo.body.sha256);
        QCOMPARE(a->engine->syncStatus().pendingBlobs, 0);
    }

    void aPhotoFileLostOnTheDeviceIsReportedNotRetriedSilently()
    {
        auto a = device("alice", "tablet-a3");
        const auto visit = a->store->save(test::newRecord(test::sampleVisit(m_projectId)));
        const auto photo = takePhoto(*a, m_files, m_projectId, visit.meta.id, 1000, 4);
        QFile::remove(m_files.filePath("4.jpg"));
        const auto report = a->sync();
        QCOMPARE(report.blobsRefused, 1);
        QCOMPARE(a->engine->syncStatus().pendingBlobs, 1); // still waiting: the user must see it
        const auto waiting = a->store->blobs().pending();
        QVERIFY(waiting.at(0).lastError.find("gone") != std::string::npos);
    }

    void aRecordAnsweredWithoutItsPhotoIsNotSyncedUntilThePhotoArrives()
    {
        auto a = device("alice", "tablet-a4");
        const auto visit = a->store->save(test::newRecord(test::sampleVisit(m_projectId)));
        const auto photo = takePhoto(*a, m_files, m_projectId, visit.meta.id, 2000, 5);
        // The device wrongly believes the server holds the photo (a server restored from an older backup).
        a->store->blobs().markUploaded(photo.body.sha256);

        auto report = a->sync();
        QVERIFY2(report.ok(), report.error.c_str());
        QCOMPARE(report.blobsUploaded, 0);
        QCOMPARE(a->engine->syncStatus().pending, 0); // the records arrived...
        QCOMPARE(a->engine->syncStatus().pendingBlobs, 1); // ...but the push answer named the photo missing
        QCOMPARE(a->engine->syncStatus().recordsAwaitingBlobs, 1);

        report = a->sync();
        QVERIFY2(report.ok(), report.error.c_str());
        QCOMPARE(report.blobsUploaded, 1);
        QCOMPARE(a->engine->syncStatus().pendingBlobs, 0);
        QCOMPARE(sha256Hex(download(m_alice, photo.body.sha256)), photo.body.sha256);
    }
};

QTEST_MAIN(TstDeviceBlobSync)
#include "moc_tst_device_blob_sync.cpp"
