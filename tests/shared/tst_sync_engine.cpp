#include "sample_records.h"
#include "scripted_transport.h"
#include "sync/sync_engine.h"
#include "temp_store.h"
#include "util/uuid.h"

#include <QtTest>
#include <functional>

using namespace fv;
using Failure = test::ScriptedTransport::Failure;

namespace {

QString q(const std::string& text) { return QString::fromStdString(text); }
QString q(const Json& json) { return QString::fromStdString(json.is_string() ? json.get<std::string>() : json.dump()); }

// One device (a real store in a temporary file) and the scripted server.
struct Rig {
    test::TempStore store;
    test::ScriptedTransport server;
    SyncEngine engine;

    explicit Rig(SyncOptions options = {}) : engine(*store.store, server, options) {}

    LocalStore& local() { return *store.store; }

    SyncReport sync()
    {
        auto report = engine.syncOnce();
        if (!report.ok()) qInfo("sync failed: %s (%s)", report.error.c_str(), report.errorCode.c_str());
        return report;
    }

    // A visit made here and synced: the server holds it at version 1.
    std::string syncedVisit()
    {
        const auto id = local().save(test::newRecord(test::sampleVisit(newUuidV7()))).meta.id;
        if (!sync().ok() || local().find(id)->meta.version != 1) qFatal("could not sync the first visit");
        return id;
    }

    void edit(const std::string& id, const std::function<void(Visit&)>& change)
    {
        auto visit = *local().get<Visit>(id);
        change(visit.body);
        local().save(visit);
    }

    std::vector<std::string> outboxStates()
    {
        auto statement = local().database().prepare("SELECT state FROM outbox ORDER BY seq");
        std::vector<std::string> states;
        while (statement.step()) states.push_back(statement.columnText(0));
        return states;
    }

    // The local copy holds exactly what the server holds.
    bool matchesServer(const std::string& id)
    {
        const auto mine = local().find(id);
        const auto theirs = server.record(id);
        return mine && theirs && mine->meta.version == theirs->meta.version &&
               mine->meta.deleted == theirs->meta.deleted && mine->fields == theirs->fields;
    }
};

RawRecord customerFromBackOffice()
{
    const auto now = Timestamp::now();
    return {{newUuidV7(), RecordType::Customer, 0, now, now, "zhangwei", "backoffice-1", false},
            encode(test::sampleCustomer())};
}

} // namespace

class TstSyncEngine : public QObject {
    Q_OBJECT

private slots:
    void batchesGoInSeqOrderAndAnsweredEntriesLeave()
    {
        Rig rig({.pushBatch = 2});
        for (int i = 0; i < 5; ++i) rig.local().save(test::newRecord(test::sampleVisit(newUuidV7())));

        const auto report = rig.sync();
        QVERIFY(report.ok());
        QCOMPARE(rig.server.pushes.size(), std::size_t(3));
        std::int64_t previous = 0;
        for (const auto& request : rig.server.pushes) {
            QCOMPARE(q(request.deviceId), QStringLiteral("tablet-07"));
            QVERIFY(request.mutations.size() <= 2);
            for (const auto& pushed : request.mutations) {
                QVERIFY(pushed.seq > previous);
                previous = pushed.seq;
            }
        }
        QCOMPARE(report.pushedWith(PushStatus::Applied), 5);
        QCOMPARE(rig.local().outbox().size(), 0);
        QCOMPARE(rig.server.recordCount(), std::size_t(5));
    }

    void answerSetsVersionAndFields()
    {
        Rig rig;
        const auto id = rig.syncedVisit();
        rig.server.otherDeviceEdit(id, [](Json& f) { f["runningStatus"] = "另一台平板：运行稳定。"; });
        rig.edit(id, [](Visit& v) { v.customerWords = "“报表快多了。”"; });

        std::optional<RawRecord> afterPush; // as the answer left it, before the pull
        rig.server.beforePullAnswer = [&] { afterPush = rig.local().find(id); };
        const auto report = rig.sync();
        QVERIFY(report.ok());
        QCOMPARE(report.pushedWith(PushStatus::Merged), 1);
        QVERIFY(afterPush.has_value());
        QCOMPARE(afterPush->meta.version, 3);
        QCOMPARE(q(afterPush->fields["runningStatus"]), QStringLiteral("另一台平板：运行稳定。"));
        QCOMPARE(q(afterPush->fields["customerWords"]), QStringLiteral("“报表快多了。”"));
        QVERIFY(rig.matchesServer(id));
    }

    void lostAnswerResendsTheSameEntry()
    {
        Rig rig;
        const auto id = rig.syncedVisit();
        rig.edit(id, [](Visit& v) { v.runningStatus = "系统偶有卡顿。"; });

        rig.server.failNextPush(Failure::AfterServer);
        const auto failed = rig.sync();
        QCOMPARE(q(failed.errorCode), QStringLiteral("timeout"));
        QCOMPARE(rig.server.record(id)->meta.version, 2); // the server did apply it
        QCOMPARE(rig.outboxStates(), (std::vector<std::string>{"sending"}));
        const auto lost = rig.server.pushes.back();

        // The user edits the record before the next sync: the entry on the wire stays as sent.
        rig.edit(id, [](Visit& v) { v.customerWords = "“下周再来。”"; });
        QCOMPARE(rig.outboxStates(), (std::vector<std::string>{"sending", "pending"}));

        const auto pushesBefore = rig.server.pushes.size();
        const auto report = rig.sync();
        QVERIFY(report.ok());
        const auto& resent = rig.server.pushes.at(pushesBefore);
        QCOMPARE(resent.mutations.size(), std::size_t(1));
        QCOMPARE(resent.mutations[0].seq, lost.mutations[0].seq);
        QVERIFY(resent.mutations[0].mutation == lost.mutations[0].mutation);
        QCOMPARE(report.pushedWith(PushStatus::Duplicate), 1);
        QCOMPARE(report.pushedWith(PushStatus::Applied), 1); // the new edit, on the version the resend made

        QCOMPARE(rig.server.record(id)->meta.version, 3); // each change applied once
        QCOMPARE(q(rig.server.record(id)->fields["runningStatus"]), QStringLiteral("系统偶有卡顿。"));
        QCOMPARE(q(rig.server.record(id)->fields["customerWords"]), QStringLiteral("“下周再来。”"));
        QVERIFY(rig.matchesServer(id));
        QCOMPARE(rig.local().outbox().size(), 0);
    }

    void unsentBatchIsSentAgainAsItWas()
    {
        Rig rig;
        rig.local().save(test::newRecord(test::sampleCustomer()));
        rig.server.failNextPush(Failure::BeforeServer);
        QCOMPARE(q(rig.sync().errorCode), QStringLiteral("unreachable"));
        const auto first = rig.server.pushes.back();

        const auto report = rig.sync();
        QVERIFY(report.ok());
        QCOMPARE(rig.server.pushes.at(1).mutations.at(0).seq, first.mutations.at(0).seq);
        QVERIFY(rig.server.pushes.at(1).mutations.at(0).mutation == first.mutations.at(0).mutation);
        QCOMPARE(report.pushedWith(PushStatus::Applied), 1);
    }

    void malformedAnswerKeepsTheBatchOnTheWire()
    {
        Rig rig;
        const auto id = rig.local().save(test::newRecord(test::sampleCustomer())).meta.id;
        rig.server.failNextPush(Failure::Garbled);
        QCOMPARE(q(rig.sync().errorCode), QStringLiteral("malformed_answer"));
        QCOMPARE(rig.outboxStates(), (std::vector<std::string>{"sending"}));

        const auto report = rig.sync();
        QVERIFY(report.ok());
        QCOMPARE(report.pushedWith(PushStatus::Duplicate), 1);
        QVERIFY(rig.matchesServer(id));
    }

    // Long texts: batches stay under the push limit the server holds them to, however many
    // entries the batch size would allow; none is lost or sent twice.
    void batchesStayUnderThePushLimit()
    {
        Rig rig; // batches of up to 100 entries
        const std::string longText(300 * 1024, 'x');
        for (int i = 0; i < 7; ++i) {
            auto visit = test::sampleVisit(newUuidV7());
            visit.runningStatus = longText;
            rig.local().save(test::newRecord(visit));
        }
        const auto report = rig.sync();
        QVERIFY(report.ok());
        QCOMPARE(report.pushedWith(PushStatus::Applied), 7);
        QCOMPARE(rig.server.pushes.size(), std::size_t(3)); // 3 + 3 + 1
        for (const auto& request : rig.server.pushes)
            QVERIFY(encode(request).dump().size() <= kMaxPushBytes);
        QCOMPARE(rig.server.recordCount(), std::size_t(7));
        QCOMPARE(rig.local().outbox().size(), 0);
    }

    // One change that no push request could carry: refused on the device with the reason, as a
    // server refusal would be, instead of being sent to a 413 on every sync.
    void aChangeTooLargeForAnyPushIsRefusedHere()
    {
        Rig rig;
        auto huge = test::sampleVisit(newUuidV7());
        huge.customerWords = std::string(kMaxPushBytes, 'y');
        const auto hugeId = rig.local().save(test::newRecord(huge)).meta.id;
        const auto fine = rig.local().save(test::newRecord(test::sampleVisit(newUuidV7()))).meta.id;

        const auto report = rig.sync();
        QVERIFY(report.ok());
        QCOMPARE(report.pushedWith(PushStatus::Invalid), 1);
        QCOMPARE(report.pushedWith(PushStatus::Applied), 1);
        QVERIFY(rig.matchesServer(fine));
        QVERIFY(!rig.server.record(hugeId).has_value());
        for (const auto& request : rig.server.pushes)
            for (const auto& pushed : request.mutations) QVERIFY(pushed.mutation.recordId != hugeId);
        const auto refusals = rig.engine.ledger().refusals();
        QCOMPARE(refusals.size(), std::size_t(1));
        QCOMPARE(q(refusals[0].mutation.recordId), q(hugeId));
        QCOMPARE(q(refusals[0].problems.at(0).message), QStringLiteral("this record is too large to send: shorten its texts"));
        QVERIFY(rig.local().find(hugeId).has_value()); // the text is still on the device
        QCOMPARE(rig.local().outbox().size(), 0);
    }

    void refusalsAreKeptWithTheReasonAndNotResent()
    {
        Rig rig;
        const auto forbidden = rig.local().save(test::newRecord(test::sampleVisit(newUuidV7()))).meta.id;
        const auto fine = rig.local().save(test::newRecord(test::sampleVisit(newUuidV7()))).meta.id;
        rig.server.refuse(forbidden, PushStatus::Forbidden, {{"recordId", "不能修改其他团队的拜访"}});

        const auto report = rig.sync();
        QVERIFY(report.ok());
        QCOMPARE(report.pushedWith(PushStatus::Forbidden), 1);
        QCOMPARE(report.pushedWith(PushStatus::Applied), 1);
        QCOMPARE(report.refusals, 1);
        QCOMPARE(rig.local().outbox().size(), 0);
        QVERIFY(rig.matchesServer(fine));
        QVERIFY(rig.local().find(forbidden).has_value()); // the user's work is still on the device

        const auto refusals = rig.engine.ledger().refusals();
        QCOMPARE(refusals.size(), std::size_t(1));
        QCOMPARE(q(refusals[0].mutation.recordId), q(forbidden));
        QVERIFY(refusals[0].mutation.op == MutationOp::Create);
        QVERIFY(refusals[0].status == PushStatus::Forbidden);
        QCOMPARE(q(refusals[0].problems.at(0).message), QStringLiteral("不能修改其他团队的拜访"));

        const auto pushesBefore = rig.server.pushes.size();
        QVERIFY(rig.sync().ok());
        QCOMPARE(rig.server.pushes.size(), pushesBefore); // nothing left to send
        QCOMPARE(rig.engine.syncStatus().refusals, 1);
        rig.engine.ledger().dismissRefusal(refusals[0].seq);
        QCOMPARE(rig.engine.syncStatus().refusals, 0);
    }

    void invalidChangeIsRefusedByTheServerRules()
    {
        Rig rig;
        const auto id = rig.syncedVisit(); // completed
        rig.edit(id, [](Visit& v) {
            v.status = VisitStatus::Planned; // completed → planned is not a legal step
            v.actualStart = v.actualEnd = std::nullopt;
        });
        const auto report = rig.sync();
        QVERIFY(report.ok());
        QCOMPARE(report.pushedWith(PushStatus::Invalid), 1);
        const auto refusals = rig.engine.ledger().refusals();
        QCOMPARE(refusals.size(), std::size_t(1));
        QCOMPARE(q(refusals[0].problems.at(0).path), QStringLiteral("fields.status"));
        QCOMPARE(rig.local().outbox().size(), 0);
    }

    void conflictsAreRecordedOnTheRecord()
    {
        Rig rig;
        const auto id = rig.syncedVisit();
        const Json base = rig.local().find(id)->fields["runningStatus"];
        rig.server.otherDeviceEdit(id, [](Json& f) { f["runningStatus"] = "甲：运行稳定。"; });
        rig.edit(id, [](Visit& v) { v.runningStatus = "乙：偶有卡顿。"; });

        const auto report = rig.sync();
        QVERIFY(report.ok());
        QCOMPARE(report.pushedWith(PushStatus::Conflict), 1);
        QCOMPARE(report.conflicts, 1);
        const auto conflicts = rig.engine.ledger().conflictsFor(id);
        QCOMPARE(conflicts.size(), std::size_t(1));
        QVERIFY(conflicts[0].conflict == (FieldConflict{"runningStatus", base, "甲：运行稳定。", "乙：偶有卡顿。", 1}));
        // The server's value is the provisional winner, and the record shows it.
        QCOMPARE(q(rig.local().find(id)->fields["runningStatus"]), QStringLiteral("甲：运行稳定。"));
        QVERIFY(rig.matchesServer(id));

        QCOMPARE(rig.engine.syncStatus().conflicts, 1);
        rig.engine.ledger().dismissConflict(conflicts[0].id);
        QCOMPARE(rig.engine.syncStatus().conflicts, 0);
    }

    void pulledChangeKeepsAWaitingLocalEditOnTop()
    {
        Rig rig;
        const auto id = rig.syncedVisit();
        rig.server.otherDeviceEdit(id, [](Json& f) {
            f["runningStatus"] = "另一台平板：运行稳定。";
            f["competitorInfo"] = "另一台平板：竞品来过。";
        });
        // The user types while the sync runs, after the push and before the pull.
        rig.server.beforePullAnswer = [&] {
            rig.edit(id, [](Visit& v) {
                v.customerWords = "“报表快多了。”";
                v.competitorInfo = "本机：竞品报价更低。";
            });
        };
        QVERIFY(rig.sync().ok());
        auto local = *rig.local().find(id);
        QCOMPARE(local.meta.version, 2);
        QCOMPARE(q(local.fields["runningStatus"]), QStringLiteral("另一台平板：运行稳定。"));
        QCOMPARE(q(local.fields["customerWords"]), QStringLiteral("“报表快多了。”"));
        QCOMPARE(q(local.fields["competitorInfo"]), QStringLiteral("本机：竞品报价更低。"));
        QCOMPARE(q(local.meta.device), QStringLiteral("tablet-07")); // the last edit is still this device's
        QCOMPARE(rig.outboxStates(), (std::vector<std::string>{"pending"}));

        // Sent next time, it merges with the other device's change; competitorInfo conflicts.
        const auto report = rig.sync();
        QVERIFY(report.ok());
        QCOMPARE(report.pushedWith(PushStatus::Conflict), 1);
        QCOMPARE(q(rig.server.record(id)->fields["customerWords"]), QStringLiteral("“报表快多了。”"));
        QVERIFY(rig.matchesServer(id));
    }

    void answerKeepsAnEditMadeDuringThePushOnTop()
    {
        Rig rig;
        const auto id = rig.syncedVisit();
        rig.edit(id, [](Visit& v) { v.runningStatus = "系统偶有卡顿。"; });
        rig.server.beforePushAnswer = [&] { rig.edit(id, [](Visit& v) { v.customerWords = "“下周再来。”"; }); };

        QVERIFY(rig.sync().ok());
        const auto local = *rig.local().find(id);
        QCOMPARE(local.meta.version, 2);
        QCOMPARE(q(local.fields["runningStatus"]), QStringLiteral("系统偶有卡顿。"));
        QCOMPARE(q(local.fields["customerWords"]), QStringLiteral("“下周再来。”"));
        // Queued after the run started, it waits for the next run, rebased on
        // the version the first edit made.
        const auto waiting = rig.local().outbox().pending(10);
        QCOMPARE(waiting.size(), std::size_t(1));
        QCOMPARE(waiting[0].mutation.baseVersion, 2);

        QVERIFY(rig.sync().ok());
        QCOMPARE(rig.server.record(id)->meta.version, 3);
        QVERIFY(rig.matchesServer(id));
    }

    void editThenDeleteDeletesWithoutConflict()
    {
        Rig rig;
        const auto id = rig.syncedVisit();
        rig.edit(id, [](Visit& v) { v.runningStatus = "最后一次修改。"; });
        rig.local().remove(id);
        QCOMPARE(rig.local().outbox().size(), 2);

        const auto report = rig.sync();
        QVERIFY(report.ok());
        QCOMPARE(report.pushedWith(PushStatus::Applied), 2);
        QCOMPARE(report.conflicts, 0);
        QVERIFY(rig.server.record(id)->meta.deleted);
        QVERIFY(rig.local().find(id)->meta.deleted);
        QVERIFY(rig.matchesServer(id));
    }

    void tombstonesArePulled()
    {
        Rig rig;
        const auto id = rig.syncedVisit();
        const auto other = customerFromBackOffice();
        rig.server.otherDeviceCreate(other);
        rig.server.otherDeviceDelete(other.meta.id); // gone before this device ever saw it
        rig.server.otherDeviceDelete(id);

        const auto report = rig.sync();
        QVERIFY(report.ok());
        QCOMPARE(report.pulled, 2);
        QVERIFY(rig.local().find(id)->meta.deleted);
        QCOMPARE(rig.local().find(id)->meta.version, 2);
        QVERIFY(rig.local().find(other.meta.id)->meta.deleted);
        QVERIFY(rig.matchesServer(id) && rig.matchesServer(other.meta.id));
        QVERIFY(rig.local().visits({}).empty());
    }

    void cursorIsKeptPerPageAndAFailedPullResumes()
    {
        Rig rig({.pullPage = 10});
        std::vector<std::string> ids;
        for (int i = 0; i < 25; ++i) {
            const auto record = customerFromBackOffice();
            ids.push_back(record.meta.id);
            rig.server.otherDeviceCreate(record);
        }
        rig.server.failPullAfter(2);
        const auto failed = rig.sync();
        QCOMPARE(q(failed.errorCode), QStringLiteral("unreachable"));
        QCOMPARE(failed.pulled, 20);
        QCOMPARE(rig.server.pulls.front().first, 0); // a new device starts from the beginning
        QCOMPARE(rig.engine.ledger().cursor(), 20);
        QVERIFY(rig.local().find(ids[19]).has_value());
        QVERIFY(!rig.local().find(ids[20]).has_value());

        const auto pullsBefore = rig.server.pulls.size();
        const auto report = rig.sync();
        QVERIFY(report.ok());
        QCOMPARE(rig.server.pulls.at(pullsBefore).first, 20);
        QCOMPARE(report.pulled, 5);
        for (const auto& id : ids) QVERIFY(rig.matchesServer(id));
    }

    void aPullPageIsAllOrNothing()
    {
        Rig rig({.pullPage = 10});
        for (int i = 0; i < 10; ++i) rig.server.otherDeviceCreate(customerFromBackOffice());
        // A damaged database rejects the fifth row of the page.
        rig.local().database().exec("CREATE TRIGGER broken BEFORE INSERT ON records WHEN "
                                    "(SELECT count(*) FROM records) = 4 BEGIN SELECT RAISE(ABORT, 'disk'); END");
        const auto failed = rig.sync();
        QVERIFY(!failed.ok());
        QCOMPARE(rig.engine.ledger().cursor(), 0);
        auto count = rig.local().database().prepare("SELECT count(*) FROM records");
        count.step();
        QCOMPARE(count.columnInt(0), 0);
    }

    void syncStatusCounts()
    {
        Rig rig;
        auto status = rig.engine.syncStatus();
        QCOMPARE(status.pending, 0);
        QVERIFY(!status.lastSuccess.has_value());
        QVERIFY(status.lastError.empty());

        rig.local().save(test::newRecord(test::sampleCustomer()));
        rig.local().save(test::newRecord(test::sampleVisit(newUuidV7())));
        QCOMPARE(rig.engine.syncStatus().pending, 2);

        rig.server.failNextPush(Failure::BeforeServer);
        QVERIFY(!rig.sync().ok());
        status = rig.engine.syncStatus();
        QCOMPARE(status.pending, 2);
        QVERIFY(!status.lastSuccess.has_value());
        QCOMPARE(q(status.lastError), QStringLiteral("cannot reach the server: connection refused"));

        const auto before = Timestamp::now();
        QVERIFY(rig.sync().ok());
        status = rig.engine.syncStatus();
        QCOMPARE(status.pending, 0);
        QVERIFY(status.lastSuccess.has_value() && *status.lastSuccess >= before);
        QVERIFY(status.lastError.empty());
    }
};

QTEST_APPLESS_MAIN(TstSyncEngine)
#include "moc_tst_sync_engine.cpp"
