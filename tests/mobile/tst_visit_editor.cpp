// mobile/visit/: the visit record form's editor and lists over a real
// database file — every change saved with its outbox entry at once (and still
// there when the app is opened again), the workflow with its completeness
// rules, issues as records of their own, and what the server said about the
// record (conflicts with both values, refusals with the reason).

#include "signature/signed_document_reads.h"
#include "store/sync_ledger.h"
#include "store_fixture.h"
#include "visit/record_problem_model.h"
#include "visit/visit_editor.h"
#include "visit/visit_issue_model.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace fv;

namespace {

const QDate kToday = QDate::currentDate();

// A planned on-site visit today with nothing recorded yet.
Record<Visit> plannedVisit(test::StoreFixture& f)
{
    auto visit = f.addVisit(kToday, VisitStatus::Planned);
    const Visit sample = visit.body;
    visit.body = Visit{};
    visit.body.projectId = sample.projectId;
    visit.body.assignee = sample.assignee;
    visit.body.plannedDate = sample.plannedDate;
    visit.body.plannedStart = sample.plannedStart;
    return f.writer.save(visit);
}

Visit stored(test::StoreFixture& f, const std::string& id) { return f.store.local()->get<Visit>(id)->body; }

// The fields of the visit's outbox entries waiting to be sent.
QStringList queuedFields(test::StoreFixture& f, const std::string& id)
{
    QStringList fields;
    for (const auto& entry : f.store.local()->outbox().entriesFor(id))
        for (const auto& [name, change] : entry.mutation.changes) fields << QString::fromStdString(name);
    return fields;
}

struct Form {
    VisitEditor editor;
    explicit Form(test::StoreFixture& f, const std::string& id)
    {
        editor.setStore(&f.store);
        editor.setVisitId(QString::fromStdString(id));
    }
};

// Everything the regulations ask for before submitting, except the signature.
void fillCompleteRecord(VisitEditor& editor)
{
    editor.visitors()->add(QStringLiteral("刘洋"), QStringLiteral("实施工程师"), QStringLiteral("138 1234 5678"));
    editor.customerAttendees()->add(QStringLiteral("王建国"), QStringLiteral("生产部经理"), {});
    editor.setRunningStatus(QStringLiteral("运行正常"));
    for (int row = 0; row < editor.satisfaction()->rowCount(); ++row) {
        if (!editor.satisfaction()->index(row).data(SatisfactionModel::RequiredRole).toBool()) continue;
        editor.satisfaction()->setScore(row, 4);
        editor.satisfaction()->setReason(row, QStringLiteral("满意"));
    }
}

void signAsCustomer(test::StoreFixture& f, const std::string& visitId)
{
    Signature signature = test::sampleSignature(f.projectId, visitId);
    signature.contentSha256 = app::readSignedDocument(*f.store.local(), visitId)->content().contentHash();
    f.writer.save(test::newRecord(signature));
}

int rowOf(const SatisfactionModel& model, const char* dimension)
{
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.index(row).data(SatisfactionModel::DimensionRole).toString() == QLatin1String(dimension)) return row;
    return -1;
}

} // namespace

class TstVisitEditor : public QObject {
    Q_OBJECT

private slots:
    void showsTheVisitWithItsProjectAndCustomer()
    {
        test::StoreFixture f;
        Form form(f, plannedVisit(f).meta.id);
        QVERIFY(form.editor.isLoaded());
        QCOMPARE(form.editor.projectName().toStdString(), test::sampleProject(f.customerId).name);
        QCOMPARE(form.editor.customerName().toStdString(), test::sampleCustomer().name);
        QCOMPARE(form.editor.status(), QStringLiteral("planned"));
        QCOMPARE(form.editor.statusLabel(), QStringLiteral("Planned"));
        QVERIFY(!form.editor.isReadOnly());
        QCOMPARE(form.editor.satisfaction()->rowCount(), 7); // every dimension, scored or not
    }

    void aTextFieldIsSavedWithItsOutboxEntryAtOnce()
    {
        test::StoreFixture f;
        const auto id = plannedVisit(f).meta.id;
        Form form(f, id);
        QSignalSpy changed(&form.editor, &VisitEditor::visitChanged);
        form.editor.setRunningStatus(QStringLiteral("报工终端交接班时卡顿"));
        QCOMPARE(stored(f, id).runningStatus, std::string("报工终端交接班时卡顿"));
        QVERIFY(queuedFields(f, id).contains(QStringLiteral("runningStatus")));
        QCOMPARE(form.editor.runningStatus(), QStringLiteral("报工终端交接班时卡顿"));
        QVERIFY(changed.count() >= 1);
        QVERIFY(form.editor.errorString().isEmpty());
    }

    void aClosedFieldSurvivesTheAppBeingKilled()
    {
        test::StoreFixture f;
        const auto id = plannedVisit(f).meta.id;
        const QString path = f.store.path();
        {
            Form form(f, id);
            form.editor.setCustomerWords(QStringLiteral("“交接班那几分钟有点卡。”"));
            form.editor.setKind(QStringLiteral("special"));
        } // nothing else runs: no close, no flush
        f.store.close();

        UserStore reopened;
        reopened.open(path, QStringLiteral("liuyang"), QStringLiteral("tablet-07"));
        VisitEditor editor;
        editor.setStore(&reopened);
        editor.setVisitId(QString::fromStdString(id));
        QCOMPARE(editor.customerWords(), QStringLiteral("“交接班那几分钟有点卡。”"));
        QCOMPARE(editor.kind(), QStringLiteral("special"));
        QCOMPARE(reopened.local()->outbox().entriesFor(id).size(), std::size_t(1)); // both changes, one entry to send
    }

    void startAndFinishRecordTheActualTimes()
    {
        test::StoreFixture f;
        const auto id = plannedVisit(f).meta.id;
        Form form(f, id);
        QVERIFY(form.editor.canStart());
        QVERIFY(!form.editor.canFinish());
        QVERIFY(form.editor.start());
        QVERIFY(stored(f, id).status == VisitStatus::InProgress);
        QVERIFY(stored(f, id).actualStart.has_value());
        QVERIFY(!form.editor.actualStartText().isEmpty());
        QVERIFY(form.editor.canFinish());
        QVERIFY(form.editor.finish());
        QVERIFY(stored(f, id).status == VisitStatus::Completed);
        QVERIFY(stored(f, id).actualEnd.has_value());
        QVERIFY(form.editor.canSubmit());
    }

    void submitIsRefusedNamingWhatIsMissing()
    {
        test::StoreFixture f;
        const auto id = plannedVisit(f).meta.id;
        Form form(f, id);
        QVERIFY(!form.editor.submit()); // planned: not a step a planned visit can take
        QVERIFY(form.editor.start() && form.editor.finish());
        form.editor.setRunningStatus(QStringLiteral("运行正常"));

        QVERIFY(!form.editor.submit());
        QVERIFY(stored(f, id).status == VisitStatus::Completed);
        const QString error = form.editor.errorString();
        QVERIFY2(error.startsWith(QStringLiteral("Not submitted yet. Still missing: ")), qPrintable(error));
        for (const char* item : {"who visited", "who was present at the customer", "a score for Project quality",
                                 "a score for Technical support", "the customer's signature"})
            QVERIFY2(error.contains(QLatin1String(item)), qPrintable(error));
        QVERIFY2(!error.contains(QLatin1String("the running status")), qPrintable(error));
        QVERIFY(!error.contains(QLatin1String("Problem solving"))); // asked only when it applies
    }

    void aCompleteRecordIsSubmittedAndThenReadOnly()
    {
        test::StoreFixture f;
        const auto id = plannedVisit(f).meta.id;
        Form form(f, id);
        QVERIFY(form.editor.start() && form.editor.finish());
        fillCompleteRecord(form.editor);
        QCOMPARE(form.editor.missingItems(), QStringList{QStringLiteral("the customer's signature")});
        signAsCustomer(f, id);
        QCOMPARE(form.editor.missingItems(), QStringList{});

        QVERIFY2(form.editor.submit(), qPrintable(form.editor.errorString()));
        QVERIFY(stored(f, id).status == VisitStatus::Submitted);
        QVERIFY(form.editor.isReadOnly());
        QVERIFY(!form.editor.canSubmit());

        form.editor.setRunningStatus(QStringLiteral("改过了"));
        QCOMPARE(stored(f, id).runningStatus, std::string("运行正常"));
        QCOMPARE(form.editor.errorString(),
                 QStringLiteral("This visit has been submitted and can no longer be changed."));
    }

    void aPhoneVisitNeedsNoSignature()
    {
        test::StoreFixture f;
        const auto id = plannedVisit(f).meta.id;
        Form form(f, id);
        form.editor.setMethod(QStringLiteral("phone"));
        QVERIFY(!form.editor.isSignatureNeeded());
        QVERIFY(form.editor.start() && form.editor.finish());
        fillCompleteRecord(form.editor);
        QVERIFY2(form.editor.submit(), qPrintable(form.editor.errorString()));
    }

    void aReturnedVisitShowsTheReviewAndCanBeSubmittedAgain()
    {
        test::StoreFixture f;
        auto visit = plannedVisit(f);
        visit.body.status = VisitStatus::Returned;
        visit.body.actualStart = Timestamp{Timestamp::now().msSinceEpoch - 3600 * 1000};
        visit.body.actualEnd = Timestamp::now();
        visit.body.method = VisitMethod::Phone;
        visit.body.reviewComment = "满意度原因写得太笼统，请补充。";
        f.writer.save(visit);
        Form form(f, visit.meta.id);
        QCOMPARE(form.editor.reviewComment(), QStringLiteral("满意度原因写得太笼统，请补充。"));
        QVERIFY(!form.editor.isReadOnly());
        fillCompleteRecord(form.editor);
        QVERIFY2(form.editor.submit(), qPrintable(form.editor.errorString()));
    }

    void scoresAreSavedPerDimensionAndLowOnesMarked()
    {
        test::StoreFixture f;
        const auto id = plannedVisit(f).meta.id;
        Form form(f, id);
        SatisfactionModel& scores = *form.editor.satisfaction();
        QAbstractItemModelTester tester(&scores, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int delivery = rowOf(scores, "delivery_time");

        scores.setScore(delivery, 2); // a low score waits for its reason
        QVERIFY(stored(f, id).satisfaction.empty());
        QCOMPARE(scores.index(delivery).data(SatisfactionModel::ScoreRole).toInt(), 2);
        QVERIFY(scores.index(delivery).data(SatisfactionModel::NeedsReasonRole).toBool());
        QVERIFY(form.editor.errorString().isEmpty());

        scores.setReason(delivery, QStringLiteral("比合同晚两周上线"));
        QVERIFY(!scores.index(delivery).data(SatisfactionModel::NeedsReasonRole).toBool());
        const auto saved = stored(f, id).satisfaction;
        QCOMPARE(saved.size(), std::size_t(1));
        QVERIFY(saved[0].dimension == SatisfactionDimension::DeliveryTime);
        QCOMPARE(saved[0].score, 2);
        QCOMPARE(saved[0].reason, std::string("比合同晚两周上线"));
        QVERIFY(scores.index(delivery).data(SatisfactionModel::DissatisfiedRole).toBool());
        QCOMPARE(scores.index(delivery).data(SatisfactionModel::LabelRole).toString(), QStringLiteral("Delivery time"));
        QVERIFY(queuedFields(f, id).contains(QStringLiteral("satisfaction")));

        const int quality = rowOf(scores, "project_quality");
        scores.setScore(quality, 5); // a high one is saved at once
        QCOMPARE(stored(f, id).satisfaction.size(), std::size_t(2));
        scores.setScore(quality, 0); // taken out of the survey
        scores.setScore(delivery, 0);
        QVERIFY(stored(f, id).satisfaction.empty());
        scores.setScore(delivery, 9); // not a score: ignored
        QVERIFY(stored(f, id).satisfaction.empty());
    }

    void peopleAreAddedEditedAndRemoved()
    {
        test::StoreFixture f;
        const auto id = plannedVisit(f).meta.id;
        Form form(f, id);
        PersonListModel& attendees = *form.editor.customerAttendees();
        attendees.add(QStringLiteral("王建国"), QStringLiteral("生产部经理"), QStringLiteral("139 0211 3456"));
        attendees.add(QStringLiteral("陈静"), QStringLiteral("信息中心主管"), {});
        QCOMPARE(stored(f, id).customerAttendees.size(), std::size_t(2));
        QVERIFY(!stored(f, id).customerAttendees[0].id.empty()); // an element id, so two devices merge by person

        attendees.setField(1, QStringLiteral("phone"), QStringLiteral("021-5080 1122"));
        QCOMPARE(stored(f, id).customerAttendees[1].phone, std::string("021-5080 1122"));
        attendees.remove(0);
        QCOMPARE(stored(f, id).customerAttendees.size(), std::size_t(1));
        QCOMPARE(attendees.index(0).data(PersonListModel::NameRole).toString(), QStringLiteral("陈静"));

        attendees.setField(0, QStringLiteral("name"), QStringLiteral("  ")); // a person needs a name
        QVERIFY(form.editor.errorString().startsWith(QStringLiteral("Not saved: Customer attendees")));
        QCOMPARE(attendees.index(0).data(PersonListModel::NameRole).toString(), QStringLiteral("陈静"));
        QCOMPARE(stored(f, id).customerAttendees[0].name, std::string("陈静"));
    }

    void issuesOfTheVisitAreRecordsOfTheirOwn()
    {
        test::StoreFixture f;
        const auto id = plannedVisit(f).meta.id;
        const auto other = plannedVisit(f).meta.id;
        f.writer.save(test::newRecord(test::sampleIssue(f.projectId, other))); // another visit's
        VisitIssueModel issues;
        QAbstractItemModelTester tester(&issues, QAbstractItemModelTester::FailureReportingMode::QtTest);
        issues.setStore(&f.store);
        issues.setProjectId(QString::fromStdString(f.projectId));
        issues.setVisitId(QString::fromStdString(id));
        QCOMPARE(issues.count(), 0);
        const QStringList visitFields = queuedFields(f, id);

        QCOMPARE(issues.add(QStringLiteral("quality"), QStringLiteral("minor"), QStringLiteral("打印模板错位"),
                            QStringLiteral("金额栏被截断"), true),
                 QString());
        QCOMPARE(issues.count(), 1);
        const QString issueId = issues.index(0).data(VisitIssueModel::IdRole).toString();
        const auto issue = f.store.local()->get<Issue>(issueId.toStdString())->body;
        QCOMPARE(issue.visitId, id);
        QCOMPARE(issue.projectId, f.projectId);
        QVERIFY(issue.category == IssueCategory::Quality);
        QVERIFY(issue.status == IssueStatus::Resolved); // solved on the spot
        QCOMPARE(issues.index(0).data(VisitIssueModel::SeverityLabelRole).toString(), QStringLiteral("Minor"));
        QCOMPARE(queuedFields(f, id), visitFields); // the visit itself is untouched

        QCOMPARE(issues.update(issueId, QStringLiteral("quality"), QStringLiteral("major"),
                               QStringLiteral("打印模板错位"), {}, true),
                 QStringLiteral("Only a minor issue can be recorded as solved on the spot."));
        QCOMPARE(issues.update(issueId, QStringLiteral("technical"), QStringLiteral("major"),
                               QStringLiteral("打印服务崩溃"), {}, false),
                 QString());
        QCOMPARE(issues.index(0).data(VisitIssueModel::TitleRole).toString(), QStringLiteral("打印服务崩溃"));
        QCOMPARE(issues.index(0).data(VisitIssueModel::StatusRole).toString(), QStringLiteral("open"));
        QCOMPARE(issues.add(QStringLiteral("service"), QStringLiteral("general"), QStringLiteral(" "), {}, false),
                 QStringLiteral("Give the issue a title."));
        QCOMPARE(issues.count(), 1);
    }

    void conflictsAndRefusalsShowOnTheRecordUntilDismissed()
    {
        test::StoreFixture f;
        const auto id = plannedVisit(f).meta.id;
        Form form(f, id);
        SyncLedger ledger(*f.store.local());
        ledger.startBatch(100, ledger.lastQueuedSeq()); // the visit's creation: sent
        ledger.applyAnswers({}, Timestamp::now());

        form.editor.setRunningStatus(QStringLiteral("平板上的描述"));
        auto sent = ledger.startBatch(100, ledger.lastQueuedSeq());
        RawRecord serverCopy = *f.store.local()->find(id);
        serverCopy.fields["runningStatus"] = "另一台设备的描述";
        PushResult conflict{sent.back().seq,
                            id,
                            PushStatus::Conflict,
                            {},
                            2,
                            {{"runningStatus", nullptr, "另一台设备的描述", "平板上的描述", 7}},
                            {},
                            serverCopy,
                            {}};
        ledger.applyAnswers({{sent.back(), conflict}}, Timestamp::now());

        form.editor.setCompetitorInfo(QStringLiteral("某友商"));
        sent = ledger.startBatch(100, ledger.lastQueuedSeq());
        PushResult refused{sent.back().seq,
                           id,
                           PushStatus::Forbidden,
                           {},
                           0,
                           {},
                           {{"projectId", "you are not on this project's team"}},
                           std::nullopt,
                           {}};
        ledger.applyAnswers({{sent.back(), refused}}, Timestamp::now());

        RecordProblemModel problems;
        QAbstractItemModelTester tester(&problems, QAbstractItemModelTester::FailureReportingMode::QtTest);
        problems.setStore(&f.store);
        problems.setRecordId(QString::fromStdString(id));
        QCOMPARE(problems.count(), 2);
        QCOMPARE(problems.conflictFields(), QStringList{QStringLiteral("runningStatus")});
        const QModelIndex c = problems.index(0);
        QCOMPARE(c.data(RecordProblemModel::FieldLabelRole).toString(), QStringLiteral("Running status"));
        QCOMPARE(c.data(RecordProblemModel::ServerValueRole).toString(), QStringLiteral("另一台设备的描述"));
        QCOMPARE(c.data(RecordProblemModel::DeviceValueRole).toString(), QStringLiteral("平板上的描述"));
        const QModelIndex r = problems.index(1);
        QVERIFY(r.data(RecordProblemModel::RefusalRole).toBool());
        QVERIFY(
            r.data(RecordProblemModel::ReasonRole).toString().contains(QLatin1String("not on this project's team")));
        QVERIFY(
            r.data(RecordProblemModel::FieldLabelRole).toString().contains(QLatin1String("Competitor information")));

        problems.dismiss(0);
        QCOMPARE(problems.count(), 1);
        QVERIFY(problems.conflictFields().isEmpty());
        QVERIFY(ledger.conflictsFor(id).empty());
        problems.dismiss(0);
        QCOMPARE(problems.count(), 0);
        QVERIFY(ledger.refusals().empty());
    }

    void aConflictAReviewerSettledLeavesTheRecord()
    {
        test::StoreFixture f;
        const auto id = plannedVisit(f).meta.id;
        Form form(f, id);
        SyncLedger ledger(*f.store.local());
        ledger.startBatch(100, ledger.lastQueuedSeq());
        form.editor.setRunningStatus(QStringLiteral("平板上的描述"));
        const auto sent = ledger.startBatch(100, ledger.lastQueuedSeq());
        PushResult conflict{sent.back().seq,
                            id,
                            PushStatus::Conflict,
                            {},
                            2,
                            {{"runningStatus", nullptr, "另一台设备的描述", "平板上的描述", 7}},
                            {},
                            std::nullopt,
                            {}};
        ledger.applyAnswers({{sent.back(), conflict}}, Timestamp::now());
        RecordProblemModel problems;
        problems.setStore(&f.store);
        problems.setRecordId(QString::fromStdString(id));
        QCOMPARE(problems.count(), 1);

        ledger.recordSettled({{7, {ConflictChoice::Device, "平板上的描述", "zhangwei", Timestamp::now(), 3}}});
        problems.refresh();
        QCOMPARE(problems.count(), 0); // settled: nothing left to act on here
        QVERIFY(problems.conflictFields().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstVisitEditor)
#include "moc_tst_visit_editor.cpp"
