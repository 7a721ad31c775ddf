// Photos and signature images against the real server on loopback, with its real data folder:
// uploads verified by hash, resumed after an interruption, read only through records the
// reader may see, and push answers that list what a record still lacks.

#include "blob_client.h"
#include "sample_records.h"
#include "sync_fixture.h"
#include "util/uuid.h"

#include <QFile>
#include <QTcpSocket>
#include <QtTest>

using namespace fv;

namespace {

std::vector<std::string> strings(const Json& array)
{
    std::vector<std::string> values;
    for (const auto& value : array) values.push_back(value.get<std::string>());
    return values;
}

} // namespace

class TstBlobs : public QObject {
    Q_OBJECT

    test::SyncFixture m_fixture;
    test::BlobClient m_blobs{m_fixture.server()};
    QString m_office, m_alice, m_bob;
    std::string m_customer = newUuidV7(), m_projectA = newUuidV7(), m_projectB = newUuidV7();
    std::string m_visitA = newUuidV7(), m_visitB = newUuidV7();
    std::int64_t m_aliceSeq = 0;

    QString completeFile(const std::string& sha256)
    {
        return m_fixture.server().dataDir() + QString::fromStdString("/blobs/" + sha256.substr(0, 2) + "/" + sha256);
    }
    QString partialFile(const std::string& sha256)
    {
        return m_fixture.server().dataDir() + QString::fromStdString("/blobs/partial/" + sha256 + ".part");
    }

    // Alice records a photo of her visit in project A; the answer to that push.
    Json pushPhoto(const std::string& id, const std::string& sha256, const std::string& thumbnail = {})
    {
        auto photo = test::sampleAttachment(m_projectA, m_visitA);
        photo.sha256 = sha256;
        photo.thumbnailSha256 = thumbnail;
        const auto reply = m_fixture.push(m_alice, "tablet-a", {test::createOf(++m_aliceSeq, id, photo)});
        return reply.body["results"][0];
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_fixture.start());
        QVERIFY(m_fixture.createUser("office", "back_office"));
        QVERIFY(m_fixture.createUser("alice", "field_staff", {QString::fromStdString(m_projectA)}));
        QVERIFY(m_fixture.createUser("bob", "field_staff", {QString::fromStdString(m_projectB)}));
        m_office = m_fixture.login("office");
        m_alice = m_fixture.login("alice");
        m_bob = m_fixture.login("bob");
        const auto reply = m_fixture.push(m_office, "office-pc",
                                          {test::createOf(1, m_customer, test::sampleCustomer()),
                                           test::createOf(2, m_projectA, test::sampleProject(m_customer)),
                                           test::createOf(3, m_projectB, test::sampleProject(m_customer)),
                                           test::createOf(4, m_visitA, test::sampleVisit(m_projectA)),
                                           test::createOf(5, m_visitB, test::sampleVisit(m_projectB))});
        QCOMPARE(reply.status, 200);
        for (const auto& r : reply.body["results"]) QCOMPARE(r["status"].get<std::string>(), std::string("applied"));
    }

    void uploadHeadAndGetRoundTrip()
    {
        const QByteArray photo = test::randomBytes(3 * 1024 * 1024 + 17, 1);
        const std::string sha = test::sha256Of(photo);
        QCOMPARE(m_blobs.head(m_alice, sha).status, 404);

        const auto stored = m_blobs.upload(m_alice, photo);
        QCOMPARE(stored.status, 201);
        QCOMPARE(stored.json()["size"].get<qint64>(), photo.size());
        QCOMPARE(m_blobs.upload(m_alice, photo).status, 200); // already had it

        const auto head = m_blobs.head(m_alice, sha);
        QCOMPARE(head.status, 200);
        QCOMPARE(head.number("Content-Length"), std::optional<qint64>(photo.size()));

        QCOMPARE(pushPhoto(newUuidV7(), sha)["missingBlobs"], Json::array());
        const auto got = m_blobs.get(m_alice, sha);
        QCOMPARE(got.status, 200);
        QCOMPARE(got.headers.value("content-type"), QByteArray("image/jpeg"));
        QVERIFY(got.body == photo);
        QVERIFY(QFile::exists(completeFile(sha)));
        QVERIFY(!QFile::exists(partialFile(sha)));
    }

    void aTwentyMegabytePhotoFitsOneRequest()
    {
        const QByteArray photo = test::randomBytes(20 * 1000 * 1000, 11);
        QCOMPARE(m_blobs.upload(m_alice, photo).status, 201);
        QCOMPARE(m_blobs.head(m_alice, test::sha256Of(photo)).number("Content-Length"),
                 std::optional<qint64>(photo.size()));
    }

    // Declared too large for one request: refused from the header alone, before it is read.
    void anOversizedRequestIsRefusedUnread()
    {
        QTcpSocket socket;
        socket.connectToHost(m_fixture.server().url().host(), quint16(m_fixture.server().url().port()));
        QVERIFY(socket.waitForConnected(5000));
        socket.write("PUT /v1/blobs/" + QByteArray::fromStdString(test::sha256Of("big")) +
                     " HTTP/1.1\r\nHost: test\r\nAuthorization: Bearer " + m_alice.toUtf8() +
                     "\r\nX-FieldVisit-App: 0.1.0\r\nX-FieldVisit-Protocol: 1\r\nUpload-Length: 70000000\r\n"
                     "Content-Length: 70000000\r\n\r\nabc");
        QByteArray answer;
        while (!answer.contains("}") && socket.waitForReadyRead(5000)) answer += socket.readAll();
        QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.constData());
        QVERIFY(answer.contains(R"("code":"payload_too_large")"));
        const auto declared = m_blobs.put(m_alice, test::sha256Of("big"), "abc", 300LL * 1024 * 1024);
        QCOMPARE(declared.status, 413);
        QCOMPARE(declared.code(), std::string("blob_too_large"));
    }

    void wrongHashIsRefusedAndNothingKept()
    {
        const QByteArray bytes = test::randomBytes(200 * 1024, 2);
        const std::string claimed = test::sha256Of(test::randomBytes(200 * 1024, 3));
        const auto reply = m_blobs.put(m_alice, claimed, bytes, bytes.size());
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.code(), std::string("hash_mismatch"));

        const auto head = m_blobs.head(m_alice, claimed);
        QCOMPARE(head.status, 404);
        QVERIFY(!head.number("Upload-Offset")); // no partial upload either
        QVERIFY(!QFile::exists(partialFile(claimed)));
        QVERIFY(!QFile::exists(completeFile(claimed)));
        QCOMPARE(m_blobs.missing(m_alice, {claimed}).json()["missing"].size(), std::size_t(1));
    }

    void interruptedUploadResumesAndVerifies()
    {
        const QByteArray photo = test::randomBytes(2 * 1024 * 1024 + 5, 4);
        const std::string sha = test::sha256Of(photo);
        const qint64 half = photo.size() / 2;

        const auto first = m_blobs.put(m_alice, sha, photo.left(half), photo.size());
        QCOMPARE(first.status, 204);
        QCOMPARE(first.number("Upload-Offset"), std::optional(half));

        const auto head = m_blobs.head(m_alice, sha);
        QCOMPARE(head.status, 404);
        QCOMPARE(head.number("Upload-Offset"), std::optional(half));

        const auto second = m_blobs.put(m_alice, sha, photo.mid(half), photo.size(), half);
        QCOMPARE(second.status, 201);
        QCOMPARE(m_blobs.head(m_alice, sha).number("Content-Length"), std::optional<qint64>(photo.size()));

        QFile kept(completeFile(sha));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(test::sha256Of(kept.readAll()), sha);
        QVERIFY(!QFile::exists(partialFile(sha)));
    }

    void offsetMismatchTellsWhereToResume()
    {
        const QByteArray photo = test::randomBytes(64 * 1024, 5);
        const std::string sha = test::sha256Of(photo);
        QCOMPARE(m_blobs.put(m_alice, sha, photo.left(1000), photo.size()).status, 204);

        for (const qint64 offset : {qint64(0), qint64(5000)}) { // a resent first piece; a gap
            const auto reply = m_blobs.put(m_alice, sha, photo.mid(offset, 1000), photo.size(), offset);
            QCOMPARE(reply.status, 409);
            QCOMPARE(reply.code(), std::string("offset_mismatch"));
            QCOMPARE(reply.number("Upload-Offset"), std::optional<qint64>(1000));
        }
        const auto tooLong = m_blobs.put(m_alice, sha, photo.mid(1000) + "extra", photo.size(), 1000);
        QCOMPARE(tooLong.status, 422);
        QCOMPARE(tooLong.code(), std::string("length_exceeded"));
        QCOMPARE(m_blobs.head(m_alice, sha).number("Upload-Offset"), std::optional<qint64>(1000));
        QCOMPARE(m_blobs.put(m_alice, sha, photo.mid(1000), photo.size(), 1000).status, 201);
    }

    void missingListsWhatTheServerLacks()
    {
        const QByteArray have = test::randomBytes(1000, 6);
        QCOMPARE(m_blobs.upload(m_alice, have).status, 201);
        const std::string lackA = test::sha256Of("lack a"), lackB = test::sha256Of("lack b");
        const auto reply = m_blobs.missing(m_alice, {lackA, test::sha256Of(have), lackB, lackA});
        QCOMPARE(reply.status, 200);
        QCOMPARE(strings(reply.json()["missing"]), (std::vector<std::string>{lackA, lackB}));
    }

    void missingRefusesBadLists()
    {
        const auto tooMany = m_blobs.missing(m_alice, std::vector<std::string>(1001, test::sha256Of("x")));
        QCOMPARE(tooMany.status, 422);
        QCOMPARE(tooMany.code(), std::string("invalid"));
        const auto badName = m_blobs.missing(m_alice, {test::sha256Of("x"), "not-a-hash"});
        QCOMPARE(badName.status, 422);
        QCOMPARE(badName.json()["field"].get<std::string>(), std::string("sha256[1]"));
    }

    void othersProjectsBlobsAreNotFound()
    {
        const QByteArray photo = test::randomBytes(50 * 1024, 7);
        const std::string sha = test::sha256Of(photo);
        QCOMPARE(m_blobs.upload(m_alice, photo).status, 201);
        QCOMPARE(m_blobs.get(m_alice, sha).status, 404); // stored, but no record refers to it yet
        pushPhoto(newUuidV7(), sha);

        const auto forBob = m_blobs.get(m_bob, sha);
        const auto unknown = m_blobs.get(m_bob, test::sha256Of("never uploaded"));
        QCOMPARE(forBob.status, 404);
        QCOMPARE(forBob.code(), unknown.code()); // nothing tells bob the blob exists
        QCOMPARE(m_blobs.get(m_alice, sha).status, 200);
        QCOMPARE(m_blobs.get(m_office, sha).status, 200);
    }

    void pushListsMissingBlobsUntilUploaded()
    {
        const QByteArray photo = test::randomBytes(300 * 1024, 8), thumbnail = test::randomBytes(8 * 1024, 9);
        const std::string photoSha = test::sha256Of(photo), thumbnailSha = test::sha256Of(thumbnail);
        const std::string id = newUuidV7();
        const auto first = pushPhoto(id, photoSha, thumbnailSha);
        QCOMPARE(first["status"].get<std::string>(), std::string("applied"));
        QCOMPARE(strings(first["missingBlobs"]), (std::vector<std::string>{photoSha, thumbnailSha}));

        // The answer was lost; the device resends the same entry after uploading the photo.
        QCOMPARE(m_blobs.upload(m_alice, photo).status, 201);
        auto photoRecord = test::sampleAttachment(m_projectA, m_visitA);
        photoRecord.sha256 = photoSha;
        photoRecord.thumbnailSha256 = thumbnailSha;
        const auto replay = m_fixture.push(m_alice, "tablet-a", {test::createOf(m_aliceSeq, id, photoRecord)});
        QCOMPARE(replay.body["results"][0]["status"].get<std::string>(), std::string("duplicate"));
        QCOMPARE(strings(replay.body["results"][0]["missingBlobs"]), std::vector<std::string>{thumbnailSha});

        // With the thumbnail uploaded too, the next change to the record answers with nothing missing.
        QCOMPARE(m_blobs.upload(m_alice, thumbnail).status, 201);
        const auto current = m_fixture.pullAll(m_alice).at(id);
        auto edited = current.fields;
        edited["caption"] = "三号车间报工终端（补拍）";
        const auto update = m_fixture.push(m_alice, "tablet-a", {test::updateOf(++m_aliceSeq, current, edited)});
        QCOMPARE(update.body["results"][0]["status"].get<std::string>(), std::string("applied"));
        QCOMPARE(update.body["results"][0]["missingBlobs"], Json::array());
    }

    void signatureImagesAreBlobsToo()
    {
        const QByteArray png = test::randomBytes(20 * 1024, 10);
        auto signature = test::sampleSignature(m_projectA, m_visitA);
        signature.imageSha256 = test::sha256Of(png);
        const auto reply = m_fixture.push(m_alice, "tablet-a", {test::createOf(++m_aliceSeq, newUuidV7(), signature)});
        QCOMPARE(strings(reply.body["results"][0]["missingBlobs"]), std::vector<std::string>{signature.imageSha256});
        QCOMPARE(m_blobs.upload(m_alice, png).status, 201);
        const auto got = m_blobs.get(m_alice, signature.imageSha256);
        QCOMPARE(got.status, 200);
        QCOMPARE(got.headers.value("content-type"), QByteArray("image/png"));
        QCOMPARE(m_blobs.get(m_bob, signature.imageSha256).status, 404);
    }

    void badShaInPathIsRefused_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("name");
        const QString upper = QString::fromStdString(test::sha256Of("x")).toUpper();
        for (const QByteArray method : {"GET", "PUT", "HEAD"}) {
            QTest::addRow("%s short", method.constData()) << method << "abc123";
            QTest::addRow("%s upper case", method.constData()) << method << upper;
            QTest::addRow("%s climbing", method.constData()) << method << "..%2F..%2Fserver.sqlite";
        }
    }
    void badShaInPathIsRefused()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, name);
        const auto reply = m_blobs.send(method, "/v1/blobs/" + name, m_alice, "x", {{"Upload-Length", "1"}});
        QCOMPARE(reply.status, 400);
        if (method != "HEAD") QCOMPARE(reply.code(), std::string("invalid_sha256"));
    }

    void blobRequestsNeedTokenAndVersions()
    {
        const QString path = QString::fromStdString("/v1/blobs/" + test::sha256Of("x"));
        const auto noToken = m_blobs.send("PUT", path, {}, "x", {{"Upload-Length", "1"}});
        QCOMPARE(noToken.status, 401);
        QCOMPARE(noToken.code(), std::string("unauthorized"));
        const auto noVersions = m_blobs.send("GET", path, m_alice, {}, {}, false);
        QCOMPARE(noVersions.status, 400);
        QCOMPARE(noVersions.code(), std::string("missing_client_version"));
        const auto noLength = m_blobs.send("PUT", path, m_alice, "x");
        QCOMPARE(noLength.status, 400);
        QCOMPARE(noLength.code(), std::string("invalid_header"));
    }
};

QTEST_MAIN(TstBlobs)
#include "moc_tst_blobs.cpp"
