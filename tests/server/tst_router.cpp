#include "http/error_codes.h"
#include "http/http_error.h"
#include "http/router.h"
#include "util/error.h"

#include <QtTest>
#include <nlohmann/json.hpp>
#include <stdexcept>

using namespace fv::server;

namespace {

Request makeRequest(Method method, const std::string& path)
{
    Request request;
    request.method = method;
    request.methodName = std::string(toString(method));
    request.target = path;
    request.path = path;
    return request;
}

Handler answering(std::string text)
{
    return [text](const Request&, const PathParams&) { return Response{Status::Ok, {}, text}; };
}

nlohmann::json bodyOf(const Response& response) { return nlohmann::json::parse(response.body); }

} // namespace

class TstRouter : public QObject {
    Q_OBJECT

private slots:
    void dispatchesByMethodAndPath()
    {
        const Router router(
            {{Method::Get, "/v1/visits", answering("list")}, {Method::Post, "/v1/visits", answering("create")}});
        QCOMPARE(router.dispatch(makeRequest(Method::Get, "/v1/visits")).body, std::string("list"));
        QCOMPARE(router.dispatch(makeRequest(Method::Post, "/v1/visits")).body, std::string("create"));
    }

    void passesDecodedPathParameters()
    {
        PathParams seen;
        Router router;
        router.add({Method::Get, "/v1/visits/{visitId}/attachments/{name}", [&](const Request&, const PathParams& p) {
                        seen = p;
                        return Response{};
                    }});
        router.dispatch(makeRequest(Method::Get, "/v1/visits/v-1/attachments/a%2Fb%20c"));
        QCOMPARE(seen.at("visitId"), std::string("v-1"));
        QCOMPARE(seen.at("name"), std::string("a/b c"));
    }

    void parameterNeverMatchesAnEmptySegment()
    {
        const Router router({{Method::Get, "/v1/visits/{id}", answering("one")}});
        QCOMPARE(router.dispatch(makeRequest(Method::Get, "/v1/visits/")).status, Status::NotFound);
    }

    void unknownPathIs404Json()
    {
        const Router router({{Method::Get, "/v1/health", answering("ok")}});
        const Response response = router.dispatch(makeRequest(Method::Get, "/v1/healthz"));
        QCOMPARE(response.status, Status::NotFound);
        QCOMPARE(response.headers.at("content-type"), std::string("application/json"));
        QCOMPARE(bodyOf(response)["code"].get<std::string>(), std::string(error_codes::routeNotFound));
    }

    void wrongMethodIs405WithAllow()
    {
        const Router router(
            {{Method::Get, "/v1/visits/{id}", answering("get")}, {Method::Put, "/v1/visits/{id}", answering("put")}});
        const Response response = router.dispatch(makeRequest(Method::Delete, "/v1/visits/7"));
        QCOMPARE(response.status, Status::MethodNotAllowed);
        QCOMPARE(response.headers.at("Allow"), std::string("GET, HEAD, PUT"));
        QCOMPARE(bodyOf(response)["code"].get<std::string>(), std::string(error_codes::methodNotAllowed));
    }

    void headFallsBackToGet()
    {
        const Router router({{Method::Get, "/v1/health", answering("ok")}});
        QCOMPARE(router.dispatch(makeRequest(Method::Head, "/v1/health")).body, std::string("ok"));
    }

    void malformedEscapeIs400()
    {
        const Router router({{Method::Get, "/v1/visits/{id}", answering("one")}});
        const Response response = router.dispatch(makeRequest(Method::Get, "/v1/visits/%zz"));
        QCOMPARE(response.status, Status::BadRequest);
        QCOMPARE(bodyOf(response)["code"].get<std::string>(), std::string(error_codes::malformedRequest));
    }

    void thrownHttpErrorBecomesItsJson()
    {
        const Router router({{Method::Post, "/v1/visits", [](const Request&, const PathParams&) -> Response {
                                  throw HttpError(Status::Conflict, "stale_base", "edited meanwhile", "notes");
                              }}});
        const Response response = router.dispatch(makeRequest(Method::Post, "/v1/visits"));
        QCOMPARE(response.status, Status::Conflict);
        const auto body = bodyOf(response);
        QCOMPARE(body["code"].get<std::string>(), std::string("stale_base"));
        QCOMPARE(body["message"].get<std::string>(), std::string("edited meanwhile"));
        QCOMPARE(body["field"].get<std::string>(), std::string("notes"));
    }

    void domainErrorsMapByDomain()
    {
        const Router router({{Method::Post, "/v1/visits", [](const Request&, const PathParams&) -> Response {
                                  throw fv::Error(fv::ErrorDomain::Validation, "invalid", "bad date", "plannedDate");
                              }}});
        const Response response = router.dispatch(makeRequest(Method::Post, "/v1/visits"));
        QCOMPARE(response.status, Status::UnprocessableContent);
        QCOMPARE(bodyOf(response)["field"].get<std::string>(), std::string("plannedDate"));
    }

    void unexpectedExceptionIs500WithoutDetail()
    {
        const Router router({{Method::Get, "/v1/boom", [](const Request&, const PathParams&) -> Response {
                                  throw std::runtime_error("secret connection string");
                              }}});
        const Response response = router.dispatch(makeRequest(Method::Get, "/v1/boom"));
        QCOMPARE(response.status, Status::InternalServerError);
        QVERIFY(response.body.find("secret") == std::string::npos);
        QCOMPARE(bodyOf(response)["field"], nlohmann::json(nullptr));
    }

    void bodyLimitComesFromTheMatchedRoute()
    {
        const Router router({{Method::Put, "/v1/blobs/{id}", answering("stored"), 50 * 1024 * 1024},
                             {Method::Get, "/v1/blobs/{id}", answering("blob")}});
        QCOMPARE(router.bodyLimit(Method::Put, "/v1/blobs/b1"), std::optional<std::size_t>(50 * 1024 * 1024));
        QCOMPARE(router.bodyLimit(Method::Get, "/v1/blobs/b1"), std::optional<std::size_t>());
        QCOMPARE(router.bodyLimit(Method::Put, "/v1/other"), std::optional<std::size_t>());
    }

    void rejectsBadTables_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::newRow("no leading slash") << "v1/x"
                                          << "";
        QTest::newRow("partial parameter") << "/v1/x{id}"
                                           << "";
        QTest::newRow("empty parameter") << "/v1/{}"
                                         << "";
        QTest::newRow("repeated parameter") << "/v1/{id}/{id}"
                                            << "";
        QTest::newRow("same shape twice") << "/v1/visits/{id}"
                                          << "/v1/visits/{visitId}";
    }
    void rejectsBadTables()
    {
        QFETCH(QString, first);
        QFETCH(QString, second);
        Router router;
        const auto addBoth = [&] {
            router.add({Method::Get, first.toStdString(), answering("a")});
            if (!second.isEmpty()) router.add({Method::Get, second.toStdString(), answering("b")});
        };
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, addBoth());
    }
};

QTEST_APPLESS_MAIN(TstRouter)
#include "moc_tst_router.cpp"
