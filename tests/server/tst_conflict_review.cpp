// The review side of conflicts, against the real server: a lead finds what two devices
// disagreed on and settles it; the decision reaches every device like any other change; and
// every refusal is a clear JSON error that leaves the database as it was.

#include "sample_records.h"
#include "sync_fixture.h"
#include "test_device.h"
#include "util/uuid.h"

#include <QtTest>
#include <algorithm>
#include <optional>
#include <set>

using namespace fv;

namespace {

QByteArray resolveBody(const std::string& choice, std::int64_t baseVersion, const std::optional<Json>& value = {})
{
    Json body = {{"choice", choice}, {"baseVersion", baseVersion}};
    if (value) body["value"] = *value;
    return QByteArray::fromStdString(body.dump());
}

QString resolvePath(std::int64_t id) { return QStringLiteral("/v1/conflicts/%1/resolve").arg(id); }

std::string code(const test::HttpReply& reply) { return reply.body.value("code", std::string()); }

} // namespace

class TstConflictReview : public QObject {
    Q_OBJECT

    test::SyncFixture m_fixture;
    std::string m_project = newUuidV7(), m_otherProject = newUuidV7();
    QString m_office, m_lead, m_alice, m_bob, m_carol;
    std::int64_t m_officeSeq = 0;
    Json m_openConflict; // left open for the bad requests

    Json list(const QString& token, const QString& query)
    {
        const auto reply = m_fixture.call("GET", "/v1/conflicts?" + query, {}, token);
        return reply.status == 200 ? reply.body["conflicts"] : Json(reply.status);
    }

    // A visit in `project`, then one change on two devices from the same base: the second
    // device's value loses to the first's and is kept as a conflict. Returns that conflict.
    Json makeConflict(const std::string& project, const std::string& field, const Json& first, const Json& second)
    {
        const auto visitId = newUuidV7();
        const auto created =
            m_fixture.push(m_office, "office-pc", {test::createOf(++m_officeSeq, visitId, test::sampleVisit(project))});
        const auto base = m_fixture.pullAll(m_office).at(visitId);
        auto a = base.fields, b = base.fields;
        a[field] = first;
        b[field] = second;
        m_fixture.push(m_office, "office-pc", {test::updateOf(++m_officeSeq, base, a)});
        const auto reply =
            m_fixture.push(m_office, QString::fromStdString("tablet-" + newUuidV7()), {test::updateOf(1, base, b)});
        if (created.status != 200 || reply.body["results"][0]["status"] != "conflict") return nullptr;
        const auto conflicts = list(m_office, QString::fromStdString("recordId=" + visitId));
        return conflicts.size() == 1 ? conflicts[0] : Json(nullptr);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_fixture.start());
        const auto project = QString::fromStdString(m_project), other = QString::fromStdString(m_otherProject);
        QVERIFY(m_fixture.createUser("office", "back_office"));
        QVERIFY(m_fixture.createUser("lead", "project_lead", {project}));
        QVERIFY(m_fixture.createUser("alice", "field_staff", {project}));
        QVERIFY(m_fixture.createUser("bob", "field_staff", {project}));
        QVERIFY(m_fixture.createUser("carol", "field_staff", {other}));
        m_office = m_fixture.login("office");
        const auto customer = newUuidV7();
        const auto reply = m_fixture.push(m_office, "office-pc",
                                          {test::createOf(1, customer, test::sampleCustomer()),
                                           test::createOf(2, m_project, test::sampleProject(customer)),
                                           test::createOf(3, m_otherProject, test::sampleProject(customer))});
        QCOMPARE(reply.status, 200);
        m_officeSeq = 3;
        m_lead = m_fixture.login("lead");
        m_alice = m_fixture.login("alice");
        m_bob = m_fixture.login("bob");
        m_carol = m_fixture.login("carol");
        m_openConflict = makeConflict(m_project, "competitorInfo", "无", "有一家");
    }

    void aLeadSettlesATwoDeviceConflictAndEveryDeviceGetsTheDecision()
    {
        const auto url = m_fixture.server().url();
        test::Device a("alice", "tablet-a", url, m_alice), b("bob", "tablet-b", url, m_bob);
        const auto visit = a.store->save(test::newRecord(test::sampleVisit(m_project)));
        QVERIFY(a.sync().ok() && b.sync().ok());
        auto onA = *a.store->get<Visit>(visit.meta.id), onB = *b.store->get<Visit>(visit.meta.id);
        onA.body.customerWords = "“系统很好用。”";
        onB.body.customerWords = "“报表还是太慢。”";
        a.store->save(onA);
        b.store->save(onB);
        QVERIFY(a.sync().ok());
        QCOMPARE(b.sync().pushedWith(PushStatus::Conflict), 1);
        const auto pendingBefore = m_fixture.call("GET", "/v1/stats", {}, m_office).body["pendingConflicts"].get<int>();

        // The lead sees both values, who lost, and what the record holds for now.
        const auto open = list(m_lead, QString::fromStdString("state=open&recordId=" + visit.meta.id));
        QCOMPARE(open.size(), std::size_t(1));
        const auto conflict = open[0];
        QCOMPARE(conflict["field"], Json("customerWords"));
        QCOMPARE(conflict["server"], Json("“系统很好用。”"));
        QCOMPARE(conflict["device"], Json("“报表还是太慢。”"));
        QCOMPARE(conflict["provisional"], Json("“系统很好用。”"));
        QCOMPARE(conflict["deviceId"], Json("tablet-b"));
        QCOMPARE(conflict["userId"], Json("bob"));
        QCOMPARE(conflict["projectId"], Json(m_project));
        QVERIFY(conflict["resolution"].is_null());

        // It decides for the device's words.
        const auto version = conflict["recordVersion"].get<std::int64_t>();
        const auto reply = m_fixture.call("POST", resolvePath(conflict["id"].get<std::int64_t>()),
                                          resolveBody("device", version), m_lead);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body["record"]["version"].get<std::int64_t>(), version + 1);
        QCOMPARE(reply.body["record"]["fields"]["customerWords"], Json("“报表还是太慢。”"));
        QCOMPARE(reply.body["conflict"]["resolution"]["by"], Json("lead"));

        // Both devices pull the decision and agree again.
        QVERIFY(a.sync().ok() && b.sync().ok());
        QCOMPARE(a.store->get<Visit>(visit.meta.id)->body.customerWords, std::string("“报表还是太慢。”"));
        QCOMPARE(test::contents(*a.store.store), test::contents(*b.store.store));

        // It now shows as resolved, and no longer counts as pending.
        QVERIFY(list(m_lead, QString::fromStdString("state=open&recordId=" + visit.meta.id)).empty());
        const auto resolved = list(m_office, QString::fromStdString("state=resolved&recordId=" + visit.meta.id));
        QCOMPARE(resolved.size(), std::size_t(1));
        QCOMPARE(resolved[0]["resolution"]["choice"], Json("device"));
        QCOMPARE(resolved[0]["resolution"]["value"], Json("“报表还是太慢。”"));
        QCOMPARE(resolved[0]["resolution"]["version"].get<std::int64_t>(), version + 1);
        QCOMPARE(m_fixture.call("GET", "/v1/stats", {}, m_office).body["pendingConflicts"].get<int>(),
                 pendingBefore - 1);
    }

    void fieldStaffSeeOnlyTheirProjectsAndNeverResolve()
    {
        const auto own = makeConflict(m_project, "runningStatus", "正常", "偶有卡顿");
        const auto foreign = makeConflict(m_otherProject, "runningStatus", "正常", "宕机一次");
        QVERIFY(own.is_object() && foreign.is_object());
        const auto ids = [](const Json& conflicts) {
            std::set<std::int64_t> out;
            for (const auto& c : conflicts) out.insert(c["id"].get<std::int64_t>());
            return out;
        };
        const auto aliceSees = ids(list(m_alice, "state=all"));
        QVERIFY(aliceSees.count(own["id"].get<std::int64_t>()));
        QVERIFY(!aliceSees.count(foreign["id"].get<std::int64_t>()));
        QVERIFY(list(m_alice, QString::fromStdString("projectId=" + m_otherProject)).empty());
        QVERIFY(ids(list(m_carol, "state=all")).count(foreign["id"].get<std::int64_t>()));

        const auto before = m_fixture.snapshot();
        const auto refused = m_fixture.call("POST", resolvePath(own["id"].get<std::int64_t>()),
                                            resolveBody("device", own["recordVersion"].get<std::int64_t>()), m_alice);
        QCOMPARE(refused.status, 403);
        QCOMPARE(code(refused), std::string("forbidden"));
        QVERIFY(!refused.body["message"].get<std::string>().empty());
        // A lead settles only their own projects' conflicts; others look like no conflict at all.
        const auto elsewhere =
            m_fixture.call("POST", resolvePath(foreign["id"].get<std::int64_t>()),
                           resolveBody("device", foreign["recordVersion"].get<std::int64_t>()), m_lead);
        QCOMPARE(elsewhere.status, 404);
        QCOMPARE(code(elsewhere), std::string("conflict_not_found"));
        QCOMPARE(m_fixture.snapshot(), before);
    }

    void aDecisionOnAnOutdatedRecordIsRefused()
    {
        const auto conflict = makeConflict(m_project, "needsChanges", "加报表", "加看板");
        QVERIFY(conflict.is_object());
        const auto seen = conflict["recordVersion"].get<std::int64_t>();
        const auto record = m_fixture.pullAll(m_office).at(conflict["recordId"].get<std::string>());
        auto moved = record.fields;
        moved["competitorInfo"] = "竞品降价了";
        QCOMPARE(m_fixture.push(m_office, "office-pc", {test::updateOf(++m_officeSeq, record, moved)}).status, 200);

        const auto before = m_fixture.snapshot();
        const auto reply = m_fixture.call("POST", resolvePath(conflict["id"].get<std::int64_t>()),
                                          resolveBody("device", seen), m_lead);
        QCOMPARE(reply.status, 409);
        QCOMPARE(code(reply), std::string("stale_base_version"));
        QCOMPARE(reply.body["field"], Json("baseVersion"));
        QCOMPARE(m_fixture.snapshot(), before);
    }

    void aConflictIsResolvedOnlyOnce()
    {
        const auto conflict = makeConflict(m_project, "potentialNeeds", "接仓库", "接财务");
        QVERIFY(conflict.is_object());
        const auto id = conflict["id"].get<std::int64_t>();
        const auto version = conflict["recordVersion"].get<std::int64_t>();
        QCOMPARE(m_fixture.call("POST", resolvePath(id), resolveBody("server", version), m_office).status, 200);
        const auto before = m_fixture.snapshot();
        const auto again = m_fixture.call("POST", resolvePath(id), resolveBody("device", version), m_lead);
        QCOMPARE(again.status, 409);
        QCOMPARE(code(again), std::string("conflict_already_resolved"));
        QCOMPARE(m_fixture.snapshot(), before);
    }

    void aReviewersOwnValueIsCheckedLikeAnyChange()
    {
        const auto conflict = makeConflict(m_project, "solvedOnSite", "重启服务", "清理缓存");
        QVERIFY(conflict.is_object());
        const auto path = resolvePath(conflict["id"].get<std::int64_t>());
        const auto version = conflict["recordVersion"].get<std::int64_t>();
        const auto before = m_fixture.snapshot();
        const auto wrongType = m_fixture.call("POST", path, resolveBody("value", version, Json(42)), m_lead);
        QCOMPARE(wrongType.status, 422);
        QCOMPARE(code(wrongType), std::string("invalid"));
        QCOMPARE(wrongType.body["field"], Json("value"));
        QCOMPARE(m_fixture.snapshot(), before);

        const auto reply =
            m_fixture.call("POST", path, resolveBody("value", version, Json("重启服务并清理缓存")), m_lead);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body["record"]["fields"]["solvedOnSite"], Json("重启服务并清理缓存"));
        QCOMPARE(reply.body["conflict"]["resolution"]["choice"], Json("value"));
    }

    // One satisfaction score scored differently on two devices: only that element changes.
    void aListElementIsSettledAlone()
    {
        const Json scores = encode(test::sampleVisit(m_project).satisfaction); // [1] is problem_solving
        auto first = scores, second = scores;
        first[1]["score"] = 3;
        second[1]["score"] = 1;
        const auto conflict = makeConflict(m_project, "satisfaction", first, second);
        QVERIFY(conflict.is_object());
        QCOMPARE(conflict["field"], Json("satisfaction[problem_solving]"));
        const auto reply = m_fixture.call("POST", resolvePath(conflict["id"].get<std::int64_t>()),
                                          resolveBody("device", conflict["recordVersion"].get<std::int64_t>()), m_lead);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body["record"]["fields"]["satisfaction"], second);
    }

    // An edit against a delete: the record stays alive until a reviewer decides either way.
    void deletingWinsOnlyWhenTheReviewerSaysSo_data()
    {
        QTest::addColumn<QString>("choice");
        QTest::addColumn<bool>("deleted");
        QTest::newRow("the device's delete") << "device" << true;
        QTest::newRow("the server's edit") << "server" << false;
    }
    void deletingWinsOnlyWhenTheReviewerSaysSo()
    {
        QFETCH(QString, choice);
        QFETCH(bool, deleted);
        const auto visitId = newUuidV7();
        m_fixture.push(m_office, "office-pc", {test::createOf(++m_officeSeq, visitId, test::sampleVisit(m_project))});
        const auto base = m_fixture.pullAll(m_office).at(visitId);
        auto edited = base.fields;
        edited["runningStatus"] = "已恢复";
        m_fixture.push(m_office, "office-pc", {test::updateOf(++m_officeSeq, base, edited)});
        const auto reply =
            m_fixture.push(m_office, "tablet-" + QString::fromStdString(newUuidV7()), {test::deleteOf(1, base)});
        QCOMPARE(reply.body["results"][0]["status"], Json("conflict"));
        const auto conflict = list(m_lead, QString::fromStdString("recordId=" + visitId))[0];
        QCOMPARE(conflict["field"], Json("_deleted"));
        QCOMPARE(conflict["provisional"], Json(false));

        const auto version = conflict["recordVersion"].get<std::int64_t>();
        const auto resolved = m_fixture.call("POST", resolvePath(conflict["id"].get<std::int64_t>()),
                                             resolveBody(choice.toStdString(), version), m_lead);
        QCOMPARE(resolved.status, 200);
        const auto record = m_fixture.pullAll(m_office).at(visitId);
        QCOMPARE(record.meta.deleted, deleted);
        QCOMPARE(record.meta.version, deleted ? version + 1 : version); // keeping it alive changes nothing
        QCOMPARE(record.fields["runningStatus"], Json("已恢复"));
    }

    // The decision is a change like a device's: editing what a customer signed voids the signature.
    void aDecisionOnSignedContentVoidsTheSignature()
    {
        const auto conflict = makeConflict(m_project, "customerWords", "“很好。”", "“一般。”");
        QVERIFY(conflict.is_object());
        const auto visitId = conflict["recordId"].get<std::string>();
        const auto signatureId = newUuidV7();
        QCOMPARE(m_fixture
                     .push(m_office, "office-pc",
                           {test::createOf(++m_officeSeq, signatureId, test::sampleSignature(m_project, visitId))})
                     .status,
                 200);
        const auto reply = m_fixture.call("POST", resolvePath(conflict["id"].get<std::int64_t>()),
                                          resolveBody("device", conflict["recordVersion"].get<std::int64_t>()), m_lead);
        QCOMPARE(reply.status, 200);
        const auto signature = m_fixture.pullAll(m_office).at(signatureId);
        QCOMPARE(signature.fields["voided"], Json(true));
        QVERIFY(signature.fields["voidReason"].get<std::string>().find("customerWords") != std::string::npos);
    }

    void badRequestsGetAClearErrorAndChangeNothing_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("token");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        // "{id}" and "{version}" stand for an open conflict's id and its record's version.
        QTest::newRow("malformed json") << "/v1/conflicts/{id}/resolve" << QByteArray(R"({"choice":)") << true << 400
                                        << "malformed_json"
                                        << "";
        QTest::newRow("unknown choice") << "/v1/conflicts/{id}/resolve"
                                        << QByteArray(R"({"choice":"coin","baseVersion":{version}})") << true << 422
                                        << "invalid"
                                        << "choice";
        QTest::newRow("no base version") << "/v1/conflicts/{id}/resolve" << QByteArray(R"({"choice":"server"})") << true
                                         << 422 << "invalid"
                                         << "baseVersion";
        QTest::newRow("value missing") << "/v1/conflicts/{id}/resolve"
                                       << QByteArray(R"({"choice":"value","baseVersion":{version}})") << true << 422
                                       << "invalid"
                                       << "value";
        QTest::newRow("value not asked for")
            << "/v1/conflicts/{id}/resolve" << QByteArray(R"({"choice":"device","baseVersion":{version},"value":"x"})")
            << true << 422 << "invalid"
            << "value";
        QTest::newRow("unknown member") << "/v1/conflicts/{id}/resolve"
                                        << QByteArray(R"({"choice":"device","baseVersion":{version},"why":"x"})")
                                        << true << 422 << "invalid"
                                        << "why";
        QTest::newRow("unknown conflict")
            << "/v1/conflicts/987654/resolve" << QByteArray(R"({"choice":"device","baseVersion":1})") << true << 404
            << "conflict_not_found"
            << "";
        QTest::newRow("not a conflict id")
            << "/v1/conflicts/abc/resolve" << QByteArray(R"({"choice":"device","baseVersion":1})") << true << 404
            << "conflict_not_found"
            << "";
        QTest::newRow("no token") << "/v1/conflicts/{id}/resolve"
                                  << QByteArray(R"({"choice":"device","baseVersion":{version}})") << false << 401
                                  << "unauthorized"
                                  << "";
        QTest::newRow("bad state") << "/v1/conflicts?state=closed" << QByteArray() << true << 400 << "invalid_parameter"
                                   << "state";
        QTest::newRow("bad cursor") << "/v1/conflicts?cursor=-1" << QByteArray() << true << 400 << "invalid_parameter"
                                    << "cursor";
        QTest::newRow("bad ids") << "/v1/conflicts?ids=17,x" << QByteArray() << true << 400 << "invalid_parameter"
                                 << "ids";
        QTest::newRow("empty id") << "/v1/conflicts?ids=17,,18" << QByteArray() << true << 400 << "invalid_parameter"
                                  << "ids";
    }
    void badRequestsGetAClearErrorAndChangeNothing()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(bool, token);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, field);
        const Json& conflict = m_openConflict;
        QVERIFY(conflict.is_object());
        path.replace("{id}", QString::number(conflict["id"].get<std::int64_t>()));
        body.replace("{version}", QByteArray::number(qint64(conflict["recordVersion"].get<std::int64_t>())));
        const auto before = m_fixture.snapshot();
        const auto reply =
            m_fixture.call(path.startsWith("/v1/conflicts?") ? "GET" : "POST", path, body, token ? m_lead : QString());
        QCOMPARE(reply.status, status);
        QCOMPARE(QString::fromStdString(::code(reply)), code);
        QVERIFY(!reply.body["message"].get<std::string>().empty());
        QCOMPARE(QString::fromStdString(reply.body["field"].is_null() ? "" : reply.body["field"].get<std::string>()),
                 field);
        QCOMPARE(m_fixture.snapshot(), before);
    }

    // What a device asks on each sync: how the conflicts it was told of stand now. Only those,
    // and only where the caller may see them.
    void idsNarrowTheListToThoseConflicts()
    {
        const auto first = makeConflict(m_project, "potentialNeeds", "甲", "乙");
        const auto second = makeConflict(m_project, "potentialNeeds", "丙", "丁");
        const auto foreign = makeConflict(m_otherProject, "potentialNeeds", "戊", "己");
        QVERIFY(first.is_object() && second.is_object() && foreign.is_object());
        const auto idOf = [](const Json& c) { return std::to_string(c["id"].get<std::int64_t>()); };
        const auto query = QString::fromStdString("state=all&ids=" + idOf(first) + "," + idOf(foreign));

        const auto mine = list(m_alice, query);
        QCOMPARE(mine.size(), std::size_t(1));
        QCOMPARE(mine[0]["id"], first["id"]);
        QCOMPARE(list(m_office, query).size(), std::size_t(2));
        QCOMPARE(list(m_office, QString::fromStdString("state=resolved&ids=" + idOf(second))).size(), std::size_t(0));
    }

    void pagesWalkEveryConflictNewestFirst()
    {
        std::vector<std::int64_t> seen;
        std::int64_t cursor = 0;
        for (bool more = true; more;) {
            const auto reply = m_fixture.call(
                "GET", QStringLiteral("/v1/conflicts?state=all&limit=2&cursor=%1").arg(cursor), {}, m_office);
            QCOMPARE(reply.status, 200);
            for (const auto& c : reply.body["conflicts"]) seen.push_back(c["id"].get<std::int64_t>());
            cursor = reply.body["nextCursor"].get<std::int64_t>();
            more = reply.body["hasMore"].get<bool>();
        }
        const auto all = list(m_office, "state=all&limit=500");
        QCOMPARE(seen.size(), all.size());
        QVERIFY(seen.size() >= 8);
        QVERIFY(std::is_sorted(seen.rbegin(), seen.rend()));
        QCOMPARE(std::set<std::int64_t>(seen.begin(), seen.end()).size(), seen.size());
    }
};

QTEST_MAIN(TstConflictReview)
#include "moc_tst_conflict_review.cpp"
