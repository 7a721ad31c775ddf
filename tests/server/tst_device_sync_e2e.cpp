// The device's sync engine, over the plain HTTP transport, against the real
// server: devices working offline converge, conflicts and refusals reach the
// user, and a server that dies mid-sync loses and doubles nothing.

#include "sample_records.h"
#include "sync_fixture.h"
#include "test_device.h"
#include "util/uuid.h"

#include <QtTest>

#include <csignal>
#include <memory>
#include <thread>

using namespace fv;

using test::contents;
using test::Device;

class TstDeviceSyncE2e : public QObject {
    Q_OBJECT

    test::SyncFixture m_fixture;
    std::string m_projectId = newUuidV7();
    QString m_aliceToken, m_bobToken;

    std::unique_ptr<Device> device(const char* user, const std::string& id)
    {
        return std::make_unique<Device>(user, id, m_fixture.server().url(),
                                        QString(user) == "alice" ? m_aliceToken : m_bobToken);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_fixture.start());
        QVERIFY(m_fixture.createUser("office", "back_office"));
        QVERIFY(m_fixture.createUser("alice", "field_staff", {QString::fromStdString(m_projectId)}));
        QVERIFY(m_fixture.createUser("bob", "field_staff", {QString::fromStdString(m_projectId)}));
        const auto office = m_fixture.login("office");
        const auto customerId = newUuidV7();
        QCOMPARE(m_fixture.push(office, "office-pc",
                                {test::createOf(1, customerId, test::sampleCustomer()),
                                 test::createOf(2, m_projectId, test::sampleProject(customerId))})
                     .status,
                 200);
        m_aliceToken = m_fixture.login("alice");
        m_bobToken = m_fixture.login("bob");
    }

    void offlineWorkOnTwoDevicesConverges()
    {
        auto a = device("alice", "tablet-a1"), b = device("bob", "tablet-b1");
        QVERIFY(a->sync().ok() && b->sync().ok()); // both bootstrap the project

        // Offline on A: a visit with an issue; then both sync.
        auto visit = a->store->save(test::newRecord(test::sampleVisit(m_projectId)));
        a->store->save(test::newRecord(test::sampleIssue(m_projectId, visit.meta.id)));
        QVERIFY(a->sync().ok());
        QVERIFY(b->sync().ok());
        auto onB = *b->store->get<Visit>(visit.meta.id);

        // Offline on both: different fields of the same visit.
        visit = *a->store->get<Visit>(visit.meta.id);
        visit.body.runningStatus = "运行平稳，无故障";
        a->store->save(visit);
        onB.body.potentialNeeds = "想把仓库也接进来";
        b->store->save(onB);
        QVERIFY(b->sync().ok());
        const auto reportA = a->sync();
        QVERIFY(reportA.ok());
        QCOMPARE(reportA.pushedWith(PushStatus::Merged), 1);
        QVERIFY(b->sync().ok());

        QCOMPARE(contents(*a->store.store), contents(*b->store.store));
        const auto merged = *a->store->get<Visit>(visit.meta.id);
        QCOMPARE(merged.body.runningStatus, std::string("运行平稳，无故障"));
        QCOMPARE(merged.body.potentialNeeds, std::string("想把仓库也接进来"));
        QCOMPARE(a->engine->syncStatus().pending, 0);
    }

    void aConflictReachesTheDeviceThatLost()
    {
        auto a = device("alice", "tablet-a2"), b = device("bob", "tablet-b2");
        auto visit = a->store->save(test::newRecord(test::sampleVisit(m_projectId)));
        QVERIFY(a->sync().ok() && b->sync().ok());
        auto onA = *a->store->get<Visit>(visit.meta.id), onB = *b->store->get<Visit>(visit.meta.id);
        onA.body.customerWords = "“系统很好用。”";
        onB.body.customerWords = "“系统不好用。”";
        a->store->save(onA);
        b->store->save(onB);
        QVERIFY(a->sync().ok());
        const auto report = b->sync();
        QVERIFY(report.ok());
        QCOMPARE(report.pushedWith(PushStatus::Conflict), 1);
        const auto conflicts = b->engine->ledger().conflictsFor(visit.meta.id);
        QCOMPARE(conflicts.size(), std::size_t(1));
        QCOMPARE(conflicts[0].conflict.device.get<std::string>(), std::string("“系统不好用。”"));
        QCOMPARE(conflicts[0].conflict.server.get<std::string>(), std::string("“系统很好用。”"));
        QVERIFY(a->sync().ok());
        QCOMPARE(contents(*a->store.store), contents(*b->store.store));
    }

    void aRefusalIsKeptAndNotResent()
    {
        auto a = device("alice", "tablet-a3");
        QVERIFY(a->sync().ok());
        // A visit in a project Alice is not assigned to: the server refuses it.
        const auto foreign = a->store->save(test::newRecord(test::sampleVisit(newUuidV7())));
        const auto report = a->sync();
        QVERIFY(report.ok());
        QCOMPARE(report.pushedWith(PushStatus::Forbidden), 1);
        const auto refusals = a->engine->ledger().refusals();
        QCOMPARE(refusals.size(), std::size_t(1));
        QCOMPARE(refusals[0].mutation.recordId, foreign.meta.id);
        QVERIFY(!refusals[0].problems.empty());
        QCOMPARE(a->sync().pushedWith(PushStatus::Forbidden), 0); // not retried
        QVERIFY(a->store->get<Visit>(foreign.meta.id).has_value()); // and the user's work is still there
    }

    void serverDyingMidSyncLosesAndDoublesNothing()
    {
        auto a = device("alice", "tablet-a4");
        QVERIFY(a->sync().ok());
        std::vector<std::string> ids;
        for (int i = 0; i < 300; ++i)
            ids.push_back(a->store->save(test::newRecord(test::sampleIssue(m_projectId, newUuidV7()))).meta.id);

        // Kill the server while the batches are going out.
        std::thread killer([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(30));
            ::kill(pid_t(m_fixture.server().process().processId()), SIGKILL);
        });
        const auto interrupted = a->sync();
        killer.join();
        m_fixture.server().process().waitForFinished(5000);
        QVERIFY(!interrupted.ok() || interrupted.pushedWith(PushStatus::Applied) == 300);
        qInfo("interrupted sync: ok=%d, applied before the kill=%d", int(interrupted.ok()),
              interrupted.pushedWith(PushStatus::Applied));

        QVERIFY(m_fixture.server().start()); // same data folder, new port
        a->connect(m_fixture.server().url(), m_aliceToken);
        QVERIFY(a->sync().ok());
        QCOMPARE(a->engine->syncStatus().pending, 0);

        // The server has each issue exactly once, at version 1.
        const auto onServer = m_fixture.pullAll(m_fixture.login("alice"));
        for (const auto& id : ids) {
            QVERIFY2(onServer.count(id), ("missing " + id).c_str());
            QCOMPARE(onServer.at(id).meta.version, 1);
        }
    }
};

QTEST_MAIN(TstDeviceSyncE2e)
#include "moc_tst_device_sync_e2e.cpp"
