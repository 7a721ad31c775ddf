// sync/sync_problems_model.cpp over a real database file: refusals and
// conflicts the sync ledger kept, worded for the user, each pointing at its
// record; dismissing one removes it for good (also after reopening the store)
// and lowers the counts the status bar shows.

#include "store/sync_ledger.h"
#include "store_fixture.h"
#include "sync/sync_problems_model.h"
#include "sync_answers.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace fv;

namespace {

QString qs(const std::string& text) { return QString::fromStdString(text); }
QVariant at(const SyncProblemsModel& model, int row, int role) { return model.index(row).data(role); }

struct Problems3 {
    Record<Issue> refusedIssue;
    Record<Visit> conflictedVisit;
};

// An issue edit the server found invalid, a visit whose running status it
// reported in conflict, and a customer change it forbade, oldest first.
Problems3 addProblems(test::StoreFixture& f)
{
    auto issue = f.addIssue(f.projectId, IssueStatus::Open);
    test::answerLastChange(f.store, issue.meta.id, PushStatus::Applied); // the server has it: what follows is an update
    issue.body.status = IssueStatus::InProgress;
    issue = f.writer.save(issue);
    test::answerLastChange(f.store, issue.meta.id, PushStatus::Invalid, {{"dueDate", "must be within 3 working days"}},
                           {}, "2026-11-30T01:00:00.000Z");

    auto visit = f.addVisit(QDate(2026, 11, 29), VisitStatus::Completed);
    test::answerLastChange(
        f.store, visit.meta.id, PushStatus::Conflict, {},
        {{"runningStatus", "", "系统运行稳定。", "交接班时偶有卡顿。"}, {"customerConfirmed", false, true, false}},
        "2026-11-30T02:00:00.000Z");

    test::answerLastChange(f.store, f.customerId, PushStatus::Applied);
    auto customer = *f.store.local()->get<Customer>(f.customerId);
    customer.body.address = "上海市浦东新区张江路 99 号";
    f.writer.save(customer);
    test::answerLastChange(f.store, f.customerId, PushStatus::Forbidden,
                           {{"recordId", "you may not change this customer"}}, {}, "2026-11-30T03:00:00.000Z");
    return {issue, visit};
}

} // namespace

class TstSyncProblemsModel : public QObject {
    Q_OBJECT

private slots:
    void refusalsAndConflictsNewestFirstWithTheirRecords()
    {
        test::StoreFixture f;
        const auto [issue, visit] = addProblems(f);
        SyncProblemsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(&f.store);

        QCOMPARE(model.count(), 4);
        QCOMPARE(model.refusalCount(), 2);
        QCOMPARE(model.conflictCount(), 2);
        // The forbidden customer change: its record, and why in plain words; a customer opens nothing.
        QCOMPARE(at(model, 0, SyncProblemsModel::KindRole).toString(), QStringLiteral("refusal"));
        QCOMPARE(at(model, 0, SyncProblemsModel::RecordTitleRole).toString(), QStringLiteral("华东精密制造有限公司"));
        QCOMPARE(at(model, 0, SyncProblemsModel::RecordTypeLabelRole).toString(), QStringLiteral("Customer"));
        QCOMPARE(at(model, 0, SyncProblemsModel::HeadlineRole).toString(), QStringLiteral("Changes to: Address"));
        QVERIFY(at(model, 0, SyncProblemsModel::ReasonRole).toString().startsWith("You may not change this record"));
        QCOMPARE(at(model, 0, SyncProblemsModel::OpenTargetRole).toString(), QString());
    }

    void aConflictShowsTheServersValueAndTheKeptOneAndOpensTheVisit()
    {
        test::StoreFixture f;
        const auto [issue, visit] = addProblems(f);
        SyncProblemsModel model;
        model.setStore(&f.store);

        int row = -1;
        for (int r = 0; r < model.count(); ++r)
            if (at(model, r, SyncProblemsModel::HeadlineRole).toString() == QStringLiteral("Running status")) row = r;
        QVERIFY(row >= 0);
        QCOMPARE(at(model, row, SyncProblemsModel::KindRole).toString(), QStringLiteral("conflict"));
        QCOMPARE(at(model, row, SyncProblemsModel::ServerValueRole).toString(), QStringLiteral("系统运行稳定。"));
        QCOMPARE(at(model, row, SyncProblemsModel::DeviceValueRole).toString(), QStringLiteral("交接班时偶有卡顿。"));
        QCOMPARE(at(model, row, SyncProblemsModel::OpenTargetRole).toString(), QStringLiteral("visit"));
        QCOMPARE(at(model, row, SyncProblemsModel::TargetIdRole).toString(), qs(visit.meta.id));
        QVERIFY(at(model, row, SyncProblemsModel::RecordTitleRole).toString().startsWith("MES 系统实施项目 · "));
        // A yes/no field in words.
        QCOMPARE(at(model, row + 1, SyncProblemsModel::HeadlineRole).toString(), QStringLiteral("Customer confirmed"));
        QCOMPARE(at(model, row + 1, SyncProblemsModel::ServerValueRole).toString(), QStringLiteral("Yes"));
    }

    void anInvalidChangeListsTheServersProblemsAndOpensTheProject()
    {
        test::StoreFixture f;
        const auto [issue, visit] = addProblems(f);
        SyncProblemsModel model;
        model.setStore(&f.store);

        const int last = model.count() - 1; // the oldest
        QCOMPARE(at(model, last, SyncProblemsModel::RecordTitleRole).toString(), QStringLiteral("报表导出超时"));
        QCOMPARE(at(model, last, SyncProblemsModel::HeadlineRole).toString(), QStringLiteral("Changes to: Status"));
        QCOMPARE(at(model, last, SyncProblemsModel::ReasonRole).toString(),
                 QStringLiteral("The server cannot accept it as it is:\nDue date: must be within 3 working days"));
        QCOMPARE(at(model, last, SyncProblemsModel::OpenTargetRole).toString(), QStringLiteral("project"));
        QCOMPARE(at(model, last, SyncProblemsModel::TargetIdRole).toString(), qs(f.projectId));
        QCOMPARE(at(model, last, SyncProblemsModel::WhenTextRole).toString(),
                 QLocale().toString(QDateTime(QDate(2026, 11, 30), QTime(1, 0), Qt::UTC).toLocalTime(),
                                    QStringLiteral("MMM d, yyyy HH:mm")));
    }

    void dismissingRemovesAProblemForGood()
    {
        test::StoreFixture f;
        addProblems(f);
        SyncProblemsModel model;
        model.setStore(&f.store);
        QSignalSpy reread(f.store.events(), &StoreEvents::recordsChanged);

        const QString dismissed = at(model, 0, SyncProblemsModel::RecordIdRole).toString(); // the refused customer
        QVERIFY(model.dismiss(0));
        QCOMPARE(reread.count(), 1); // the status bar's counts re-read too
        QCOMPARE(model.count(), 3);
        QCOMPARE(model.refusalCount(), 1);
        QCOMPARE(model.actionError(), QString());
        // A conflict too, by its row.
        QCOMPARE(at(model, 0, SyncProblemsModel::KindRole).toString(), QStringLiteral("conflict"));
        QVERIFY(model.dismiss(0));
        QCOMPARE(model.count(), 2);
        QVERIFY(!model.dismiss(7)); // no such row: nothing happens

        const QString path = f.store.path();
        f.store.close();
        QCOMPARE(model.count(), 0);
        f.store.open(path, QStringLiteral("liuyang"), QStringLiteral("tablet-07"));
        QCOMPARE(model.count(), 2);
        for (int row = 0; row < model.count(); ++row)
            QVERIFY(at(model, row, SyncProblemsModel::RecordIdRole).toString() != dismissed);
        const auto status = SyncLedger(*f.store.local()).status();
        QCOMPARE(status.refusals, 1);
        QCOMPARE(status.conflicts, 1);
    }

    // A reviewer settled the running status for this tablet's value: the row says so, by the
    // team's name for the reviewer, stops counting as needing attention, and can be dismissed.
    void aSettledConflictSaysWhoDecidedAndNoLongerCounts()
    {
        test::StoreFixture f;
        auto visit = f.addVisit(QDate(2026, 11, 29), VisitStatus::Completed);
        test::answerLastChange(f.store, visit.meta.id, PushStatus::Conflict, {},
                               {{"runningStatus", "", "系统运行稳定。", "交接班时偶有卡顿。", 41},
                                {"customerWords", "", "挺好。", "报表导出有点慢。", 42}});
        SyncProblemsModel model;
        model.setStore(&f.store);
        QCOMPARE(model.conflictCount(), 2);

        const auto when = *Timestamp::parse("2026-11-30T05:10:00.000Z");
        SyncLedger(*f.store.local())
            .recordSettled({{41, {ConflictChoice::Device, "交接班时偶有卡顿。", "zhangwei", when, 3}},
                            {42, {ConflictChoice::Value, "报表慢，已答应下月优化。", "wanglei", when, 4}}});
        f.store.events()->notifyReviewed();
        QCOMPARE(model.count(), 2);
        QCOMPARE(model.conflictCount(), 0);
        QCOMPARE(SyncLedger(*f.store.local()).status().conflicts, 0);
        const auto rowOf = [&](const QString& headline) {
            for (int r = 0; r < model.count(); ++r)
                if (at(model, r, SyncProblemsModel::HeadlineRole).toString() == headline) return r;
            return -1;
        };
        const int kept = rowOf(QStringLiteral("Running status")),
                  written = rowOf(QStringLiteral("Customer's own words"));
        QVERIFY(kept >= 0 && written >= 0);
        QVERIFY(at(model, kept, SyncProblemsModel::SettledRole).toBool());
        const auto keptText = at(model, kept, SyncProblemsModel::SettlementRole).toString();
        QVERIFY2(keptText.startsWith(QStringLiteral("Resolved by 张伟 on ")), qPrintable(keptText));
        QVERIFY2(keptText.endsWith(QStringLiteral(": kept your value")), qPrintable(keptText));
        // Not on the team: by user id; a value of the reviewer's own, in words.
        const auto writtenText = at(model, written, SyncProblemsModel::SettlementRole).toString();
        QVERIFY2(writtenText.startsWith(QStringLiteral("Resolved by wanglei on ")), qPrintable(writtenText));
        QVERIFY2(writtenText.endsWith(QStringLiteral(": a new value: 报表慢，已答应下月优化。")),
                 qPrintable(writtenText));

        QVERIFY(model.dismiss(kept));
        QCOMPARE(model.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TstSyncProblemsModel)
#include "moc_tst_sync_problems_model.cpp"
