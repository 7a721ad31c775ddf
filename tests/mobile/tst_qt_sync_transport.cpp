// sync/qt_sync_transport.cpp against the real fieldvisit-server on loopback,
// and against canned answers for the failures a real server will not give on
// demand. The contract is SyncTransport's: Network/"unreachable"|"timeout",
// Protocol with the server's own code and words.

#include "canned_http.h"
#include "error_of.h"
#include "live_server.h"
#include "net/server_answer.h"
#include "net/server_connection.h"
#include "sample_records.h"
#include "sync/qt_sync_transport.h"
#include "sync/sync_engine.h"
#include "temp_store.h"
#include "util/uuid.h"

#include <QNetworkReply>
#include <QNetworkRequest>
#include <QThread>
#include <QtTest>

using namespace fv;

namespace {

PushRequest createCustomer(const std::string& id)
{
    const Mutation create{id, RecordType::Customer, MutationOp::Create, 0,
                          diffFields(Json::object(), encode(test::sampleCustomer()))};
    return {"tablet-test", {PushMutation{1, create}}};
}

} // namespace

class TstQtSyncTransport : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_token = m_server.startWithOffice();
        QVERIFY(!m_token.isEmpty());
    }

    void pushesAndPullsWithTheServer()
    {
        QtSyncTransport transport(QUrl(m_server.url()), test::kAppVersion, m_token);
        const auto id = newUuidV7();
        const auto answer = transport.push(createCustomer(id));
        QCOMPARE(answer.results.size(), std::size_t(1));
        QVERIFY(answer.results[0].status == PushStatus::Applied);
        QCOMPARE(answer.results[0].version, 1);

        const auto page = transport.pull(0, 100);
        QVERIFY(std::any_of(page.records.begin(), page.records.end(),
                            [&](const RawRecord& r) { return r.meta.id == id && r.meta.version == 1; }));
        QVERIFY(!page.hasMore);
    }

    // Two devices change a customer's name from the same base: the second is told of the
    // conflict by id; once the back office settles it, the app's transport learns how.
    void learnsHowAReportedConflictWasSettled()
    {
        QtSyncTransport transport(QUrl(m_server.url()), test::kAppVersion, m_token);
        const auto id = newUuidV7();
        auto create = createCustomer(id);
        create.deviceId = "tablet-" + newUuidV7(); // seqs of its own, whatever ran before
        const auto created = transport.push(create).results.at(0).record.value();
        const auto renamed = [&](const std::string& device, std::int64_t seq, const std::string& name) {
            Json fields = created.fields;
            fields["name"] = name;
            const Mutation update{id, RecordType::Customer, MutationOp::Update, 1, diffFields(created.fields, fields)};
            return transport.push({device, {PushMutation{seq, update}}}).results.at(0);
        };
        renamed(create.deviceId, 2, "苏州精密");
        const auto lost = renamed("tablet-" + newUuidV7(), 1, "苏州精密制造");
        QVERIFY(lost.status == PushStatus::Conflict);
        const auto conflictId = lost.conflicts.at(0).id.value();
        QVERIFY(transport.settledConflicts({conflictId}).empty()); // open still

        fv::app::ServerConnection office(QUrl(m_server.url()), test::kAppVersion, m_token, {});
        auto resolve = office.request(QStringLiteral("/v1/conflicts/%1/resolve").arg(conflictId));
        resolve.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        const auto reply = office.send(resolve, "POST", R"({"choice": "device", "baseVersion": 2})");
        fv::app::jsonAnswer(*reply, office.limits()); // throws the server's words on a refusal

        const auto settled = transport.settledConflicts({conflictId, conflictId + 1000});
        QCOMPARE(settled.size(), std::size_t(1));
        QCOMPARE(settled[0].id, conflictId);
        QVERIFY(settled[0].resolution.choice == ConflictChoice::Device);
        QCOMPARE(settled[0].resolution.value, Json("苏州精密制造"));
        QCOMPARE(settled[0].resolution.by, std::string("wangfang"));
    }

    void aRejectedTokenComesBackInTheServersWords()
    {
        QtSyncTransport transport(QUrl(m_server.url()), test::kAppVersion, QStringLiteral("not-a-token"));
        const auto e = test::errorOf([&] { transport.pull(0, 10); });
        QCOMPARE(e.domain(), ErrorDomain::Protocol);
        QCOMPARE(e.code(), std::string("unauthorized"));
        QVERIFY2(QString::fromUtf8(e.what()).contains("sign in again"), e.what());
    }

    void nothingListeningIsUnreachable()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const QString url = QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort());
        probe.close(); // now nothing listens there
        QtSyncTransport transport(QUrl(url), test::kAppVersion, m_token);
        const auto e = test::errorOf([&] { transport.pull(0, 10); });
        QCOMPARE(e.domain(), ErrorDomain::Network);
        QCOMPARE(e.code(), std::string("unreachable"));
    }

    void silenceTimesOut()
    {
        test::CannedHttp silent({});
        QtSyncTransport transport(QUrl(silent.url()), test::kAppVersion, m_token, {std::chrono::milliseconds(300)});
        const auto e = test::errorOf([&] { transport.pull(0, 10); });
        QCOMPARE(e.domain(), ErrorDomain::Network);
        QCOMPARE(e.code(), std::string("timeout"));
        QVERIFY2(QString::fromUtf8(e.what()).contains("within 300 ms"), e.what());
    }

    void anErrorPageWithoutAFieldVisitBodyNamesItsStatus()
    {
        test::CannedHttp proxy(test::CannedHttp::answer(502, "<html>Bad Gateway</html>"));
        QtSyncTransport transport(QUrl(proxy.url()), test::kAppVersion, m_token);
        const auto e = test::errorOf([&] { transport.pull(0, 10); });
        QCOMPARE(e.domain(), ErrorDomain::Protocol);
        QCOMPARE(e.code(), std::string("http_502"));
    }

    void aFieldVisitErrorBodyKeepsCodeMessageAndField()
    {
        test::CannedHttp server(test::CannedHttp::answer(
            400,
            R"({"code":"unsupported_protocol","message":"protocol 1 is too old","field":"X-FieldVisit-Protocol"})"));
        QtSyncTransport transport(QUrl(server.url()), test::kAppVersion, m_token);
        const auto e = test::errorOf([&] { transport.pull(0, 10); });
        QCOMPARE(e.code(), std::string("unsupported_protocol"));
        QCOMPARE(std::string(e.what()), std::string("protocol 1 is too old"));
        QCOMPARE(e.field(), std::string("X-FieldVisit-Protocol"));
    }

    void anAnswerThatIsNotJsonIsMalformed()
    {
        test::CannedHttp server(test::CannedHttp::answer(200, "hello"));
        QtSyncTransport transport(QUrl(server.url()), test::kAppVersion, m_token);
        QCOMPARE(test::errorOf([&] { transport.pull(0, 10); }).code(), std::string("malformed_answer"));
    }

    void anAnswerOverTheLimitIsRefused()
    {
        test::CannedHttp server(test::CannedHttp::answer(200, QByteArray(4096, ' ') + "{}"));
        QtSyncTransport transport(QUrl(server.url()), test::kAppVersion, m_token, {std::chrono::seconds(5), 1024});
        QCOMPARE(test::errorOf([&] { transport.pull(0, 10); }).code(), std::string("answer_too_large"));
    }

    void syncsOnAWorkerThreadAndStaysThere()
    {
        test::TempStore store("wangfang", "tablet-worker");
        store->save(test::newRecord(test::sampleCustomer()));
        QtSyncTransport transport(QUrl(m_server.url()), test::kAppVersion, m_token);
        SyncReport report;
        // The app's pattern: the transport is first used on the worker thread, never the UI's.
        QScopedPointer<QThread> worker(
            QThread::create([&] { report = SyncEngine(*store.store, transport).syncOnce(); }));
        worker->start();
        QVERIFY(worker->wait(30000));
        QVERIFY2(report.ok(), report.error.c_str());
        QCOMPARE(report.pushedWith(PushStatus::Applied), 1);
        QVERIFY(report.pulled >= 1);
        QCOMPARE(store->outbox().size(), 0);

        const auto e = test::errorOf([&] { transport.pull(0, 10); });
        QCOMPARE(e.domain(), ErrorDomain::Internal);
        QCOMPARE(e.code(), std::string("wrong_thread"));
    }

private:
    test::LiveServer m_server;
    QString m_token;
};

QTEST_GUILESS_MAIN(TstQtSyncTransport)
#include "moc_tst_qt_sync_transport.cpp"
