#include "sample_records.h"
#include "temp_store.h"
#include "util/sha256.h"
#include "util/uuid.h"

#include <QtTest>

using namespace fv;

namespace {

const std::string kProject = newUuidV7();
const std::string kVisit = newUuidV7();

// A photo another device took, as a pull leaves it: the record here, no file.
Record<Attachment> pulledPhoto(test::TempStore& store, const std::string& name, const std::string& updatedAt)
{
    auto photo = test::sampleAttachment(kProject, kVisit);
    photo.sha256 = sha256Hex(name);
    photo.thumbnailSha256 = sha256Hex(name + " thumbnail");
    const auto saved = store->save(test::newRecord(photo));
    store->database().prepare("UPDATE records SET updated_at = ? WHERE id = ?").bindAll(updatedAt, saved.meta.id).run();
    return saved;
}

std::vector<std::string> namesOf(const std::vector<LackingBlob>& blobs)
{
    std::vector<std::string> names;
    for (const auto& blob : blobs) names.push_back(blob.sha256);
    return names;
}

} // namespace

class TstBlobQueue : public QObject {
    Q_OBJECT

private slots:
    void lacksTheThumbnailsAndSignatureImagesOfOtherDevicesNewestFirst()
    {
        test::TempStore store;
        const auto older = pulledPhoto(store, "older", "2026-11-01T08:00:00.000Z");
        const auto newer = pulledPhoto(store, "newer", "2026-11-20T08:00:00.000Z");
        auto signature = test::sampleSignature(kProject, kVisit);
        signature.imageSha256 = sha256Hex("signature png");
        const auto signed_ = store->save(test::newRecord(signature));
        store->database()
            .prepare("UPDATE records SET updated_at = '2026-11-10T08:00:00.000Z' WHERE id = ?")
            .bindAll(signed_.meta.id)
            .run();

        const auto lacking = store->blobs().lacking(10);
        QCOMPARE(namesOf(lacking), (std::vector<std::string>{newer.body.thumbnailSha256, signature.imageSha256,
                                                             older.body.thumbnailSha256}));
        QCOMPARE(lacking[0].mimeType, std::string("image/jpeg"));
        QCOMPARE(lacking[1].mimeType, std::string("image/png"));
        QCOMPARE(namesOf(store->blobs().lacking(1)), std::vector<std::string>{newer.body.thumbnailSha256});
    }

    void blobsTheDeviceHoldsRemovedRecordsAndOtherFilesAreNotLacking()
    {
        test::TempStore store;
        const auto own = pulledPhoto(store, "own", "2026-11-01T08:00:00.000Z");
        store->blobs().add({own.body.thumbnailSha256, "/blobs/own-thumb.jpg", 10, "image/jpeg", {}}, Timestamp::now());
        const auto removed = pulledPhoto(store, "removed", "2026-11-02T08:00:00.000Z");
        store->remove(removed.meta.id);
        auto document = test::sampleAttachment(kProject, kVisit);
        document.kind = AttachmentKind::Document;
        document.thumbnailSha256 = sha256Hex("a document's preview");
        store->save(test::newRecord(document));
        auto unsignedImage = test::sampleSignature(kProject, kVisit);
        unsignedImage.imageSha256.clear();
        store->save(test::newRecord(unsignedImage));

        QVERIFY(store->blobs().lacking(10).empty());
    }

    void aFetchedBlobIsHeldAndNeverSentBack()
    {
        test::TempStore store;
        const auto photo = pulledPhoto(store, "fetched", "2026-11-01T08:00:00.000Z");
        store->blobs().addFetched({photo.body.thumbnailSha256, "/blobs/t.jpg", 2048, "image/jpeg", {}},
                                  Timestamp::now());

        QVERIFY(store->blobs().lacking(10).empty());
        QCOMPARE(store->blobs().pathOf(photo.body.thumbnailSha256), std::string("/blobs/t.jpg"));
        QCOMPARE(store->blobs().pendingCount(), 0);
        QCOMPARE(store->blobs().recordsWaitingCount(), 0);
    }
};

QTEST_APPLESS_MAIN(TstBlobQueue)
#include "moc_tst_blob_queue.cpp"
