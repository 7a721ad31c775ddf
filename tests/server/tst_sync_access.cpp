// Who may read and write what, and bad input of every kind: each gets a clear
// JSON error and leaves the database exactly as it was.

#include "sample_records.h"
#include "sync_fixture.h"
#include "util/uuid.h"

#include <QTcpSocket>
#include <QtTest>

using namespace fv;

class TstSyncAccess : public QObject {
    Q_OBJECT

    test::SyncFixture m_fixture;
    QString m_office, m_alice;
    std::string m_ownProject = newUuidV7(), m_otherProject = newUuidV7();
    std::string m_ownCustomer = newUuidV7(), m_otherCustomer = newUuidV7();
    std::string m_ownVisit = newUuidV7(), m_otherVisit = newUuidV7();

private slots:
    void initTestCase()
    {
        QVERIFY(m_fixture.start());
        QVERIFY(m_fixture.createUser("office", "back_office"));
        QVERIFY(m_fixture.createUser("alice", "field_staff", {QString::fromStdString(m_ownProject)}));
        m_office = m_fixture.login("office");
        m_alice = m_fixture.login("alice");
        const auto reply = m_fixture.push(
            m_office, "office-pc",
            {test::createOf(1, m_ownCustomer, test::sampleCustomer()),
             test::createOf(2, m_otherCustomer, test::sampleCustomer()),
             test::createOf(3, m_ownProject, test::sampleProject(m_ownCustomer)),
             test::createOf(4, m_otherProject, test::sampleProject(m_otherCustomer)),
             test::createOf(5, m_ownVisit, test::sampleVisit(m_ownProject)),
             test::createOf(6, m_otherVisit, test::sampleVisit(m_otherProject))});
        QCOMPARE(reply.status, 200);
        for (const auto& r : reply.body["results"]) QCOMPARE(r["status"].get<std::string>(), std::string("applied"));
    }

    void loginRefusesWrongPasswordWithoutSayingWhich()
    {
        const auto wrong = m_fixture.call("POST", "/v1/auth/login", R"({"userId":"alice","password":"nope-nope"})", {}, false);
        const auto unknown = m_fixture.call("POST", "/v1/auth/login", R"({"userId":"mallory","password":"nope-nope"})", {}, false);
        QCOMPARE(wrong.status, 401);
        QCOMPARE(wrong.body, unknown.body);
        QCOMPARE(wrong.body["code"].get<std::string>(), std::string("invalid_credentials"));
    }

    void fieldStaffPullsOnlyTheirProjects()
    {
        const auto visible = m_fixture.pullAll(m_alice);
        QCOMPARE(visible.size(), std::size_t(3));
        QVERIFY(visible.count(m_ownProject) && visible.count(m_ownVisit) && visible.count(m_ownCustomer));
        QCOMPARE(m_fixture.pullAll(m_office).size(), std::size_t(6));
    }

    void fieldStaffCannotWriteOtherProjectsOrMasterData()
    {
        const auto before = m_fixture.snapshot();
        const auto other = m_fixture.pullAll(m_office).at(m_otherVisit);
        auto edited = other.fields;
        edited["customerWords"] = "不该写进去";
        const auto customer = m_fixture.pullAll(m_office).at(m_ownCustomer);
        auto renamed = customer.fields;
        renamed["name"] = "改名";
        const auto reply = m_fixture.push(m_alice, "tablet-a",
                                          {test::updateOf(1, other, edited),
                                           test::createOf(2, newUuidV7(), test::sampleVisit(m_otherProject)),
                                           test::updateOf(3, customer, renamed)});
        QCOMPARE(reply.status, 200);
        for (const auto& r : reply.body["results"]) {
            QCOMPARE(r["status"].get<std::string>(), std::string("forbidden"));
            QVERIFY(!r["problems"][0]["message"].get<std::string>().empty());
        }
        // Only the ledger moved (so a replay gets the same refusals); no record changed.
        const auto after = m_fixture.snapshot();
        QCOMPARE(after.substr(0, after.find('#')), before.substr(0, before.find('#')));
    }

    void aReplayedRefusalRevealsNothing()
    {
        const auto other = m_fixture.pullAll(m_office).at(m_otherVisit);
        auto edited = other.fields;
        edited["runningStatus"] = "试探";
        const std::vector batch{test::updateOf(50, other, edited)};
        QCOMPARE(m_fixture.push(m_alice, "tablet-z", batch).body["results"][0]["status"].get<std::string>(),
                 std::string("forbidden"));
        const auto replay = m_fixture.push(m_alice, "tablet-z", batch).body["results"][0];
        QCOMPARE(replay["status"].get<std::string>(), std::string("duplicate"));
        QCOMPARE(replay["firstStatus"].get<std::string>(), std::string("forbidden"));
        QVERIFY(replay["record"].is_null());
    }

    void movingARecordIntoAnotherProjectIsForbidden()
    {
        const auto own = m_fixture.pullAll(m_alice).at(m_ownVisit);
        auto moved = own.fields;
        moved["projectId"] = m_otherProject;
        const auto reply = m_fixture.push(m_alice, "tablet-a", {test::updateOf(4, own, moved)});
        QCOMPARE(reply.body["results"][0]["status"].get<std::string>(), std::string("forbidden"));
    }

    void invalidChangesAreRefusedWithTheirFields()
    {
        const auto own = m_fixture.pullAll(m_alice).at(m_ownVisit);
        auto broken = own.fields;
        broken["satisfaction"][0]["score"] = 9;
        broken["status"] = "reviewed"; // completed → reviewed skips submission
        const auto reply = m_fixture.push(m_alice, "tablet-a", {test::updateOf(5, own, broken)});
        const auto result = reply.body["results"][0];
        QCOMPARE(result["status"].get<std::string>(), std::string("invalid"));
        QVERIFY(!result["problems"].empty());
        QCOMPARE(result["problems"][0]["field"].get<std::string>().rfind("fields.", 0), std::size_t(0));
        QCOMPARE(m_fixture.pullAll(m_alice).at(m_ownVisit).meta.version, own.meta.version);
    }

    void badInputGetsAClearErrorAndChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("token");
        QTest::addColumn<bool>("versions");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        const QByteArray validMutation =
            R"({"seq":90,"mutation":{"recordId":"0190f5c2-7a00-7000-8000-00000000b001","recordType":"visit","op":"delete","baseVersion":1,"changes":{}}})";
        QTest::newRow("malformed json") << QByteArray("POST") << "/v1/sync/push" << QByteArray(R"({"deviceId":)") << true << true << 400 << "malformed_json";
        QTest::newRow("wrong types") << QByteArray("POST") << "/v1/sync/push" << QByteArray(R"({"deviceId":7,"mutations":{}})") << true << true << 422 << "invalid";
        QTest::newRow("unknown record type") << QByteArray("POST") << "/v1/sync/push"
            << QByteArray(R"({"deviceId":"t","mutations":[{"seq":91,"mutation":{"recordId":"0190f5c2-7a00-7000-8000-00000000b001","recordType":"spaceship","op":"delete","baseVersion":1,"changes":{}}}]})")
            << true << true << 422 << "invalid";
        QTest::newRow("no token") << QByteArray("POST") << "/v1/sync/push" << QByteArray(R"({"deviceId":"t","mutations":[)" + validMutation + "]}") << false << true << 401 << "unauthorized";
        QTest::newRow("no versions") << QByteArray("POST") << "/v1/sync/push" << QByteArray(R"({"deviceId":"t","mutations":[)" + validMutation + "]}") << true << false << 400 << "missing_client_version";
        QTest::newRow("bad cursor") << QByteArray("GET") << "/v1/sync/pull?cursor=-3" << QByteArray() << true << true << 400 << "invalid_parameter";
        QTest::newRow("unknown route") << QByteArray("GET") << "/v1/sync/everything" << QByteArray() << true << true << 404 << "route_not_found";
    }
    void badInputGetsAClearErrorAndChangesNothing()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(bool, token);
        QFETCH(bool, versions);
        QFETCH(int, status);
        QFETCH(QString, code);
        const auto before = m_fixture.snapshot();
        const auto reply = m_fixture.call(method, path, body, token ? m_alice : QString(), versions);
        QCOMPARE(reply.status, status);
        QCOMPARE(QString::fromStdString(reply.body["code"].get<std::string>()), code);
        QVERIFY(!reply.body["message"].get<std::string>().empty());
        QCOMPARE(m_fixture.snapshot(), before);
    }

    // Declared one byte over the push limit (the limit devices size their batches to): refused
    // from the header alone, before the body is stored anywhere.
    // (A raw socket, since an HTTP client library may not read an answer that arrives mid-upload.)
    void oversizedPushIsRefusedUnread()
    {
        const auto before = m_fixture.snapshot();
        QTcpSocket socket;
        socket.connectToHost(m_fixture.server().url().host(), quint16(m_fixture.server().url().port()));
        QVERIFY(socket.waitForConnected(5000));
        socket.write("POST /v1/sync/push HTTP/1.1\r\nHost: test\r\nAuthorization: Bearer " + m_alice.toUtf8() +
                     "\r\nX-FieldVisit-App: 0.1.0\r\nX-FieldVisit-Protocol: 1\r\nContent-Type: application/json\r\n"
                     "Content-Length: 1048577\r\n\r\n{\"deviceId\":"); // kMaxPushBytes + 1
        QByteArray answer;
        while (!answer.contains("}") && socket.waitForReadyRead(5000)) answer += socket.readAll();
        QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.constData());
        QVERIFY(answer.contains(R"("code":"payload_too_large")"));
        QCOMPARE(m_fixture.snapshot(), before);
    }

    void statsAreForOperatorsOnly()
    {
        QCOMPARE(m_fixture.call("GET", "/v1/stats", {}, m_alice).status, 403);
        const auto reply = m_fixture.call("GET", "/v1/stats", {}, m_office);
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.body["devicesSeen"].get<int>() >= 2); // office-pc and tablet-a
        QCOMPARE(reply.body["records"].get<int>(), 6);
        QCOMPARE(reply.body["pendingConflicts"].get<int>(), 0);
        bool sawOffice = false;
        for (const auto& d : reply.body["devices"])
            sawOffice |= d["deviceId"] == "office-pc" && d["userId"] == "office" && d["lastSeq"] == 6;
        QVERIFY(sawOffice);
    }

    void aBadTokenIsRefused()
    {
        const auto reply = m_fixture.call("GET", "/v1/sync/pull", {}, "0123456789abcdef");
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.body["code"].get<std::string>(), std::string("unauthorized"));
    }
};

QTEST_MAIN(TstSyncAccess)
#include "moc_tst_sync_access.cpp"
