// The sync protocol over the HTTP client, against a canned loopback server: what goes on the
// wire (routes, headers, bodies), how answers decode, and how the server's errors reach the
// app in its own words. The real server's routes are tested end to end elsewhere.

#include "canned_http_server.h"
#include "http_client/http_client.h"
#include "http_client/http_sync_transport.h"
#include "http_client/login.h"
#include "json/record_json.h"
#include "sample_records.h"
#include "util/error.h"
#include "util/uuid.h"

#include <QtTest>
#include <optional>

using namespace fv;
using fv::test::CannedHttpServer;

namespace {

constexpr const char* kAppVersion = "0.1.0-test";
constexpr const char* kToken = "9f3c-token";

template <class Fn>
std::optional<Error> errorFrom(Fn&& call)
{
    try {
        call();
    } catch (const Error& error) {
        return error;
    }
    return std::nullopt;
}

PushRequest samplePush(const std::string& recordId)
{
    Mutation mutation{.recordId = recordId,
                      .recordType = RecordType::Visit,
                      .op = MutationOp::Update,
                      .baseVersion = 4,
                      .changes = {{"customerWords", {.base = "", .value = "“报表导出有点慢。”"}}}};
    return {.deviceId = "tablet-07", .mutations = {{.seq = 41, .mutation = mutation}}};
}

RawRecord sampleServerRecord()
{
    auto visit = test::newRecord(test::sampleVisit(newUuidV7()));
    visit.meta.id = newUuidV7();
    visit.meta.version = 3;
    visit.meta.createdAt = visit.meta.updatedAt = Timestamp::now();
    visit.meta.author = "liuyang";
    visit.meta.device = "tablet-07";
    return {visit.meta, encode(visit.body)};
}

Json loginAnswer()
{
    return {{"token", kToken},
            {"expiresAt", "2026-12-29T20:41:00.000Z"},
            {"user", {{"id", "liuyang"}, {"name", "刘洋"}, {"role", "field_staff"}}},
            {"projectIds", {"p-1", "p-2"}},
            {"addedInALaterServer", true}};
}

void verifySyncHeaders(const test::ReceivedRequest& request)
{
    QCOMPARE(request.headers.at("x-fieldvisit-app"), std::string(kAppVersion));
    QCOMPARE(request.headers.at("x-fieldvisit-protocol"), std::to_string(kProtocolVersion));
    QCOMPARE(request.headers.at("authorization"), "Bearer " + std::string(kToken));
}

} // namespace

class TstHttpSyncTransport : public QObject {
    Q_OBJECT

private slots:
    void pushPostsTheEncodedBatchAndDecodesTheResults()
    {
        CannedHttpServer server;
        const auto recordId = newUuidV7();
        PushResult result{.seq = 41, .recordId = recordId, .status = PushStatus::Merged, .version = 6};
        server.enqueue(test::answer(200, toJson(PushResponse{{result}}).dump()));
        HttpSyncTransport transport(server.baseUrl(), kAppVersion, kToken);

        const auto request = samplePush(recordId);
        const auto response = transport.push(request);
        QCOMPARE(response.results.size(), std::size_t(1));
        QCOMPARE(response.results[0].seq, std::int64_t(41));
        QVERIFY(response.results[0].status == PushStatus::Merged);
        QCOMPARE(response.results[0].version, std::int64_t(6));

        const auto sent = server.requests().at(0);
        QCOMPARE(sent.method, std::string("POST"));
        QCOMPARE(sent.target, std::string("/v1/sync/push"));
        QCOMPARE(sent.headers.at("content-type"), std::string("application/json"));
        verifySyncHeaders(sent);
        QCOMPARE(Json::parse(sent.body), encode(request));
    }

    void pullAsksFromTheCursorAndDecodesThePage()
    {
        CannedHttpServer server;
        const auto record = sampleServerRecord();
        server.enqueue(test::answer(200, toJson(PullResponse{{record}, 18234, true}).dump()));
        HttpSyncTransport transport(server.baseUrl(), kAppVersion, kToken);

        const auto page = transport.pull(18000, 500);
        QCOMPARE(page.records.size(), std::size_t(1));
        QVERIFY(page.records[0] == record);
        QCOMPARE(page.nextCursor, std::int64_t(18234));
        QVERIFY(page.hasMore);

        const auto sent = server.requests().at(0);
        QCOMPARE(sent.method, std::string("GET"));
        QCOMPARE(sent.target, std::string("/v1/sync/pull?cursor=18000&limit=500"));
        verifySyncHeaders(sent);
    }

    void pushAndPullShareOneConnection()
    {
        CannedHttpServer server;
        server.enqueue(test::answer(200, toJson(PushResponse{}).dump()));
        server.enqueue(test::answer(200, toJson(PullResponse{}).dump()));
        HttpSyncTransport transport(server.baseUrl(), kAppVersion, kToken);
        transport.push(PushRequest{.deviceId = "tablet-07"});
        transport.pull(0, 1000);
        QCOMPARE(server.connectionsAccepted(), 1);
    }

    void setTokenChangesTheBearer()
    {
        CannedHttpServer server;
        server.enqueue(test::answer(200, toJson(PullResponse{}).dump()));
        HttpSyncTransport transport(server.baseUrl(), kAppVersion, "old");
        transport.setToken("new");
        transport.pull(0, 10);
        QCOMPARE(server.requests().at(0).headers.at("authorization"), std::string("Bearer new"));
    }

    void anHttpErrorCarriesTheServersCodeMessageAndField()
    {
        CannedHttpServer server;
        server.enqueue(test::answer(422, R"({"code":"invalid","message":"mutations[0].seq must be a positive )"
                                         R"(sequence number","field":"mutations[0].seq"})"));
        HttpSyncTransport transport(server.baseUrl(), kAppVersion, kToken);
        const auto error = errorFrom([&] { transport.push(samplePush(newUuidV7())); });
        QVERIFY(error);
        QVERIFY(error->domain() == ErrorDomain::Protocol);
        QCOMPARE(error->code(), std::string("invalid"));
        QCOMPARE(std::string(error->what()), std::string("mutations[0].seq must be a positive sequence number"));
        QCOMPARE(error->field(), std::string("mutations[0].seq"));
    }

    void anErrorWithoutFieldHasAnEmptyField()
    {
        CannedHttpServer server;
        server.enqueue(test::answer(401, R"({"code":"unauthorized","message":"sign in again","field":null})"));
        HttpSyncTransport transport(server.baseUrl(), kAppVersion, kToken);
        const auto error = errorFrom([&] { transport.pull(0, 10); });
        QVERIFY(error);
        QVERIFY(error->domain() == ErrorDomain::Protocol);
        QCOMPARE(error->code(), std::string("unauthorized"));
        QVERIFY(error->field().empty());
    }

    void anErrorPageThatIsNotOursNamesTheStatus()
    {
        CannedHttpServer server;
        server.enqueue(test::answer(502, "<html>Bad Gateway</html>"));
        HttpSyncTransport transport(server.baseUrl(), kAppVersion, kToken);
        const auto error = errorFrom([&] { transport.pull(0, 10); });
        QVERIFY(error);
        QVERIFY(error->domain() == ErrorDomain::Protocol);
        QCOMPARE(error->code(), std::string("http_502"));
    }

    void aSuccessThatDoesNotDecodeIsMalformed_data()
    {
        QTest::addColumn<QString>("body");
        QTest::newRow("not JSON") << "<html>ok</html>";
        QTest::newRow("wrong shape") << R"({"records": []})";
    }

    void aSuccessThatDoesNotDecodeIsMalformed()
    {
        QFETCH(QString, body);
        CannedHttpServer server;
        server.enqueue(test::answer(200, body.toStdString()));
        HttpSyncTransport transport(server.baseUrl(), kAppVersion, kToken);
        const auto error = errorFrom([&] { transport.pull(0, 10); });
        QVERIFY(error);
        QVERIFY(error->domain() == ErrorDomain::Protocol);
        QCOMPARE(error->code(), std::string("malformed_answer"));
    }

    void anUnreachableServerIsANetworkError()
    {
        const auto port = CannedHttpServer().port();
        HttpSyncTransport transport("http://127.0.0.1:" + std::to_string(port), kAppVersion, kToken);
        const auto error = errorFrom([&] { transport.push(samplePush(newUuidV7())); });
        QVERIFY(error);
        QVERIFY(error->domain() == ErrorDomain::Network);
        QCOMPARE(error->code(), std::string("unreachable"));
    }

    void loginReturnsTheTokenAndWhoItIsFor()
    {
        CannedHttpServer server;
        server.enqueue(test::answer(200, loginAnswer().dump()));
        HttpClient client(server.baseUrl());
        const auto result = login(client, "liuyang", "密码 secret");

        QCOMPARE(result.token, std::string(kToken));
        QCOMPARE(result.expiresAt.toString(), std::string("2026-12-29T20:41:00.000Z"));
        QCOMPARE(result.user.id, std::string("liuyang"));
        QCOMPARE(result.user.name, std::string("刘洋"));
        QCOMPARE(result.user.role, std::string("field_staff"));
        QCOMPARE(result.projectIds, (std::vector<std::string>{"p-1", "p-2"}));

        const auto sent = server.requests().at(0);
        QCOMPARE(sent.method, std::string("POST"));
        QCOMPARE(sent.target, std::string("/v1/auth/login"));
        QCOMPARE(Json::parse(sent.body), (Json{{"userId", "liuyang"}, {"password", "密码 secret"}}));
    }

    void loginWithAWrongPasswordIsInvalidCredentials()
    {
        CannedHttpServer server;
        server.enqueue(test::answer(
            401, R"({"code":"invalid_credentials","message":"wrong user name or password","field":null})"));
        HttpClient client(server.baseUrl());
        const auto error = errorFrom([&] { login(client, "liuyang", "wrong"); });
        QVERIFY(error);
        QVERIFY(error->domain() == ErrorDomain::Protocol);
        QCOMPARE(error->code(), std::string("invalid_credentials"));
        QCOMPARE(std::string(error->what()), std::string("wrong user name or password"));
    }

    void aLoginAnswerWithoutUserIsMalformed()
    {
        CannedHttpServer server;
        auto answer = loginAnswer();
        answer.erase("user");
        server.enqueue(test::answer(200, answer.dump()));
        HttpClient client(server.baseUrl());
        const auto error = errorFrom([&] { login(client, "liuyang", "secret"); });
        QVERIFY(error);
        QVERIFY(error->domain() == ErrorDomain::Protocol);
        QCOMPARE(error->code(), std::string("malformed_answer"));
        QVERIFY2(std::string(error->what()).find("user") != std::string::npos, error->what());
    }
};

QTEST_APPLESS_MAIN(TstHttpSyncTransport)
#include "moc_tst_http_sync_transport.cpp"
