// A conflict's life on the tablet that lost it, against the real server: the push answer names
// the conflict, a lead settles it through the review route, and the tablet's next sync shows
// it settled — by whom, when, how — and no longer counts it as needing attention.

#include "sample_records.h"
#include "sync_fixture.h"
#include "test_device.h"
#include "util/uuid.h"

#include <QtTest>

using namespace fv;

class TstDeviceConflictFollow : public QObject {
    Q_OBJECT

    test::SyncFixture m_fixture;
    std::string m_project = newUuidV7();
    QString m_office, m_lead, m_alice, m_bob;

    // A visit both tablets hold, then the same field changed on each: Alice syncs first, so
    // Bob's value loses and is kept as a conflict on his tablet. Returns the visit's id.
    std::string conflictOn(test::Device& alice, test::Device& bob)
    {
        const auto visit = alice.store->save(test::newRecord(test::sampleVisit(m_project)));
        if (!alice.sync().ok() || !bob.sync().ok()) return {};
        auto onA = *alice.store->get<Visit>(visit.meta.id), onB = *bob.store->get<Visit>(visit.meta.id);
        onA.body.customerWords = "“系统很好用。”";
        onB.body.customerWords = "“报表还是太慢。”";
        alice.store->save(onA);
        bob.store->save(onB);
        if (!alice.sync().ok() || bob.sync().pushedWith(PushStatus::Conflict) != 1) return {};
        return visit.meta.id;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_fixture.start());
        const auto project = QString::fromStdString(m_project);
        QVERIFY(m_fixture.createUser("office", "back_office"));
        QVERIFY(m_fixture.createUser("lead", "project_lead", {project}));
        QVERIFY(m_fixture.createUser("alice", "field_staff", {project}));
        QVERIFY(m_fixture.createUser("bob", "field_staff", {project}));
        m_office = m_fixture.login("office");
        const auto customer = newUuidV7();
        const auto reply = m_fixture.push(m_office, "office-pc",
                                          {test::createOf(1, customer, test::sampleCustomer()),
                                           test::createOf(2, m_project, test::sampleProject(customer))});
        QCOMPARE(reply.status, 200);
        m_lead = m_fixture.login("lead");
        m_alice = m_fixture.login("alice");
        m_bob = m_fixture.login("bob");
    }

    void aSettledConflictShowsSettledOnTheTabletThatLostIt()
    {
        const auto url = m_fixture.server().url();
        test::Device alice("alice", "tablet-a", url, m_alice), bob("bob", "tablet-b", url, m_bob);
        const auto visitId = conflictOn(alice, bob);
        QVERIFY(!visitId.empty());
        const auto mine = bob.engine->ledger().conflictsFor(visitId);
        QCOMPARE(mine.size(), std::size_t(1));
        QVERIFY(mine[0].conflict.id.has_value()); // the push answer named it
        QCOMPARE(bob.engine->syncStatus().conflicts, 1);

        // Nothing decided yet: a sync leaves it open.
        QCOMPARE(bob.sync().conflictsSettled, 0);
        QVERIFY(bob.engine->ledger().conflictsFor(visitId).at(0).isOpen());

        // The lead writes a value of their own.
        const auto conflictId = *mine[0].conflict.id;
        const auto listed = m_fixture.call("GET", QStringLiteral("/v1/conflicts?ids=%1").arg(conflictId), {}, m_lead);
        QCOMPARE(listed.body["conflicts"].size(), std::size_t(1));
        const auto version = listed.body["conflicts"][0]["recordVersion"].get<std::int64_t>();
        const Json body = {{"choice", "value"}, {"value", "“报表慢，已答应下月优化。”"}, {"baseVersion", version}};
        const auto resolved = m_fixture.call("POST", QStringLiteral("/v1/conflicts/%1/resolve").arg(conflictId),
                                             QByteArray::fromStdString(body.dump()), m_lead);
        QCOMPARE(resolved.status, 200);

        const auto report = bob.sync();
        QVERIFY(report.ok());
        QCOMPARE(report.conflictsSettled, 1);
        const auto settled = bob.engine->ledger().conflictsFor(visitId).at(0);
        QVERIFY(settled.resolution.has_value());
        QVERIFY(settled.resolution->choice == ConflictChoice::Value);
        QCOMPARE(settled.resolution->value, Json("“报表慢，已答应下月优化。”"));
        QCOMPARE(settled.resolution->by, std::string("lead"));
        QCOMPARE(settled.resolution->version, version + 1);
        QCOMPARE(bob.engine->syncStatus().conflicts, 0);
        // The record already shows the decision: it was pulled before the question was asked.
        QCOMPARE(bob.store->get<Visit>(visitId)->body.customerWords, std::string("“报表慢，已答应下月优化。”"));
    }
};

QTEST_MAIN(TstDeviceConflictFollow)
#include "moc_tst_device_conflict_follow.cpp"
