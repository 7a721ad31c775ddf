// sync/qt_blob_transport.cpp against the real fieldvisit-server on loopback:
// the blob routes of PROTOCOL.md ("Blobs") as BlobTransport promises them —
// what the server lacks, where an upload stands, uploads in pieces that
// resume from the server's count, and fetching a photo another device sent.

#include "canned_http.h"
#include "error_of.h"
#include "live_server.h"
#include "sample_records.h"
#include "sync/qt_blob_transport.h"
#include "sync/qt_sync_transport.h"
#include "util/sha256.h"
#include "util/uuid.h"

#include <QtTest>

using namespace fv;

namespace {

std::string bytesOf(std::size_t size, char seed)
{
    std::string bytes(size, '\0');
    for (std::size_t i = 0; i < size; ++i) bytes[i] = char(seed + i * 31 % 251);
    return bytes;
}

template <class Body> PushMutation createOf(std::int64_t seq, const std::string& id, const Body& body)
{
    return {seq, Mutation{id, Body::kType, MutationOp::Create, 0, diffFields(Json::object(), encode(body))}};
}

} // namespace

class TstQtBlobTransport : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_token = m_server.startWithOffice();
        QVERIFY(!m_token.isEmpty());
    }

    void uploadsInPiecesAndResumesFromTheServersCount()
    {
        QtBlobTransport transport(QUrl(m_server.url()), test::kAppVersion, m_token);
        const auto bytes = bytesOf(250 * 1024 + 7, 'a');
        const auto sha = sha256Hex(bytes);
        const auto total = std::int64_t(bytes.size());
        QCOMPARE(transport.missing({sha}), std::vector<std::string>{sha});
        QCOMPARE(transport.status(sha).complete, false);
        QCOMPARE(transport.status(sha).offset, 0);

        auto state = transport.upload(sha, 0, std::string_view(bytes).substr(0, 100 * 1024), total);
        QVERIFY(!state.complete);
        QCOMPARE(state.offset, 100 * 1024);
        QCOMPARE(transport.status(sha).offset, 100 * 1024); // what a device asks after an interruption

        // A piece sent from a stale offset is not an error: the answer says where to go on from.
        state = transport.upload(sha, 0, std::string_view(bytes).substr(0, 1024), total);
        QVERIFY(!state.complete);
        QCOMPARE(state.offset, 100 * 1024);

        state = transport.upload(sha, state.offset, std::string_view(bytes).substr(std::size_t(state.offset)), total);
        QVERIFY(state.complete);
        QVERIFY(transport.status(sha).complete);
        QVERIFY(transport.missing({sha}).empty());
        // Sent again (another device, the same photo): the server already has it.
        QVERIFY(transport.upload(sha, 0, bytes, total).complete);
    }

    void bytesThatDoNotHashToTheirNameAreRefused()
    {
        QtBlobTransport transport(QUrl(m_server.url()), test::kAppVersion, m_token);
        const auto bytes = bytesOf(1000, 'b');
        const auto e = test::errorOf([&] { transport.upload(sha256Hex("something else"), 0, bytes, 1000); });
        QCOMPARE(e.domain(), ErrorDomain::Protocol);
        QCOMPARE(e.code(), std::string("hash_mismatch"));
    }

    void fetchesAPhotoThatARecordReferences()
    {
        QtBlobTransport blobs(QUrl(m_server.url()), test::kAppVersion, m_token);
        const auto jpeg = bytesOf(64 * 1024, 'c');
        const auto sha = sha256Hex(jpeg);
        QCOMPARE(test::errorOf([&] { blobs.fetch(sha); }).code(), std::string("blob_not_found"));
        QVERIFY(blobs.upload(sha, 0, jpeg, std::int64_t(jpeg.size())).complete);

        const auto customerId = newUuidV7(), projectId = newUuidV7(), visitId = newUuidV7();
        auto attachment = test::sampleAttachment(projectId, visitId);
        attachment.sha256 = sha;
        attachment.sizeBytes = std::int64_t(jpeg.size());
        attachment.thumbnailSha256.clear();
        QtSyncTransport sync(QUrl(m_server.url()), test::kAppVersion, m_token);
        const auto answer = sync.push(
            {"tablet-blob-test",
             {createOf(1, customerId, test::sampleCustomer()), createOf(2, projectId, test::sampleProject(customerId)),
              createOf(3, visitId, test::sampleVisit(projectId)), createOf(4, newUuidV7(), attachment)}});
        QCOMPARE(answer.results.size(), std::size_t(4));
        QVERIFY(answer.results[3].status == PushStatus::Applied);
        QVERIFY(answer.results[3].missingBlobs.empty());

        QCOMPARE(blobs.fetch(sha), jpeg);
    }

    void aRejectedTokenIsUnauthorizedEvenWithoutABody()
    {
        QtBlobTransport transport(QUrl(m_server.url()), test::kAppVersion, QStringLiteral("not-a-token"));
        // HEAD answers carry no body: the status alone must say it.
        QCOMPARE(test::errorOf([&] { transport.status(sha256Hex("x")); }).code(), std::string("unauthorized"));
        QCOMPARE(test::errorOf([&] { transport.missing({sha256Hex("x")}); }).code(), std::string("unauthorized"));
    }

    void aMissingListThatIsNotNamesIsMalformed()
    {
        test::CannedHttp confused(test::CannedHttp::answer(200, R"({"missing": ["ab", 17]})"));
        QtBlobTransport transport(QUrl(confused.url()), test::kAppVersion, m_token);
        QCOMPARE(test::errorOf([&] { transport.missing({sha256Hex("z")}); }).code(), std::string("malformed_answer"));
    }

    void aStoppedServerIsUnreachable()
    {
        test::LiveServer stopped;
        QVERIFY(stopped.start());
        const QUrl url(stopped.url());
        stopped.stop();
        QtBlobTransport transport(url, test::kAppVersion, m_token);
        const auto e = test::errorOf([&] { transport.upload(sha256Hex("y"), 0, "y", 1); });
        QCOMPARE(e.domain(), ErrorDomain::Network);
        QCOMPARE(e.code(), std::string("unreachable"));
    }

private:
    test::LiveServer m_server;
    QString m_token;
};

QTEST_GUILESS_MAIN(TstQtBlobTransport)
#include "moc_tst_qt_blob_transport.cpp"
