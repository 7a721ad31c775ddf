#include "sample_records.h"
#include "scripted_transport.h"
#include "sync/sync_engine.h"
#include "temp_store.h"
#include "util/uuid.h"

#include <QtTest>

using namespace fv;

namespace {

// One device (a real store in a temporary file) whose visit conflicted with the scripted
// server's copy: the server kept "甲" and this tablet's "乙" is kept for review.
struct ConflictedDevice {
    test::TempStore store;
    test::ScriptedTransport server;
    SyncEngine engine{*store.store, server};
    std::string visitId;

    explicit ConflictedDevice(bool serverSendsIds = true)
    {
        server.answersWithConflictIds = serverSendsIds;
        visitId = store->save(test::newRecord(test::sampleVisit(newUuidV7()))).meta.id;
        if (!engine.syncOnce().ok()) qFatal("could not sync the first visit");
        server.otherDeviceEdit(visitId, [](Json& f) { f["runningStatus"] = "甲：运行稳定。"; });
        auto visit = *store->get<Visit>(visitId);
        visit.body.runningStatus = "乙：偶有卡顿。";
        store->save(visit);
        if (engine.syncOnce().conflicts != 1) qFatal("the edit did not conflict");
    }

    RecordConflict onlyConflict()
    {
        const auto conflicts = engine.ledger().conflicts();
        if (conflicts.size() != 1) qFatal("expected one conflict, found %zu", conflicts.size());
        return conflicts.front();
    }
};

ConflictResolution keptTheDevicesValue()
{
    return {ConflictChoice::Device, "乙：偶有卡顿。", "zhangwei", *Timestamp::parse("2026-11-30T05:10:00.000Z"), 3};
}

} // namespace

class TstConflictFollower : public QObject {
    Q_OBJECT

private slots:
    void aSettledConflictIsRecordedAndNoLongerNeedsAttention()
    {
        ConflictedDevice device;
        const auto serverId = device.onlyConflict().conflict.id;
        QVERIFY(serverId.has_value());
        device.server.settle(*serverId, keptTheDevicesValue());

        const auto report = device.engine.syncOnce();
        QVERIFY(report.ok());
        QCOMPARE(report.conflictsSettled, 1);
        const auto conflict = device.onlyConflict(); // still listed, until dismissed
        QVERIFY(conflict.resolution.has_value());
        QVERIFY(*conflict.resolution == keptTheDevicesValue());
        QCOMPARE(device.engine.syncStatus().conflicts, 0);

        // Settled is final: the next run does not ask about it again.
        const auto asked = device.server.conflictQueries.size();
        QVERIFY(device.engine.syncOnce().ok());
        QCOMPARE(device.server.conflictQueries.size(), asked);
        device.engine.ledger().dismissConflict(conflict.id);
        QVERIFY(device.engine.ledger().conflicts().empty());
    }

    void anOpenConflictStaysOpenAndIsAskedAboutAgain()
    {
        ConflictedDevice device;
        const auto serverId = *device.onlyConflict().conflict.id;
        QVERIFY(device.engine.syncOnce().ok());
        QVERIFY(device.engine.syncOnce().ok());

        QVERIFY(device.server.conflictQueries.size() >= 2);
        QCOMPARE(device.server.conflictQueries.back(), std::vector<std::int64_t>{serverId});
        QVERIFY(device.onlyConflict().isOpen());
        QCOMPARE(device.engine.syncStatus().conflicts, 1);
    }

    void aDecisionOnAnotherConflictChangesNothingHere()
    {
        ConflictedDevice device;
        const auto serverId = *device.onlyConflict().conflict.id;
        QCOMPARE(device.engine.ledger().recordSettled({{serverId + 100, keptTheDevicesValue()}}), 0);
        QVERIFY(device.onlyConflict().isOpen());
    }

    // Servers before conflict review name no ids: the conflict is kept, shown and dismissed as
    // before, and the device never asks about it.
    void answersWithoutIdsKeepWorking()
    {
        ConflictedDevice device(false);
        const auto conflict = device.onlyConflict();
        QVERIFY(!conflict.conflict.id.has_value());
        QVERIFY(conflict.isOpen());
        QVERIFY(device.engine.syncOnce().ok());
        QVERIFY(device.server.conflictQueries.empty());
        QCOMPARE(device.engine.syncStatus().conflicts, 1);
        device.engine.ledger().dismissConflict(conflict.id);
        QCOMPARE(device.engine.syncStatus().conflicts, 0);
    }

    void aFailedQuestionFailsTheRunAndKeepsTheConflictOpen()
    {
        ConflictedDevice device;
        device.server.settle(*device.onlyConflict().conflict.id, keptTheDevicesValue());
        device.server.failNextConflictQuery = true;
        const auto report = device.engine.syncOnce();
        QVERIFY(!report.ok());
        QVERIFY(device.onlyConflict().isOpen());

        QCOMPARE(device.engine.syncOnce().conflictsSettled, 1); // the next run learns it
        QVERIFY(!device.onlyConflict().isOpen());
    }
};

QTEST_APPLESS_MAIN(TstConflictFollower)
#include "moc_tst_conflict_follower.cpp"
