// project/project_details.cpp and its lists over a real database file: the
// project's header, contacts, team, milestones judged late or on time, its
// visits, its issues with the overdue ones flagged, and its signed documents
// with void signatures shown as void; all following saves on their own.

#include "project/project_details.h"
#include "store_fixture.h"
#include "util/uuid.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace fv;

namespace {

const QDate kToday(2026, 11, 30);

Date day(const char* iso) { return *Date::parse(iso); }

QStringList column(const QAbstractListModel& model, int role)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row) values << model.index(row).data(role).toString();
    return values;
}

QVariant at(const QAbstractListModel& model, int row, int role) { return model.index(row).data(role); }

QString qs(const std::string& text) { return QString::fromStdString(text); }

// The screen's object on the fixture's project, as of kToday, with every list checked by the model tester.
struct Screen {
    ProjectDetails details;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;

    explicit Screen(test::StoreFixture& f)
    {
        for (QAbstractItemModel* model :
             std::initializer_list<QAbstractItemModel*>{details.contacts(), details.team(), details.milestones(),
                                                        details.visits(), details.issues(), details.documents()})
            testers.push_back(std::make_unique<QAbstractItemModelTester>(
                model, QAbstractItemModelTester::FailureReportingMode::QtTest));
        details.setReferenceDate(kToday);
        details.setStore(&f.store);
        details.setProjectId(qs(f.projectId));
    }
};

Record<Issue> addIssue(test::StoreFixture& f, const char* title, IssueSeverity severity, IssueStatus status,
                       std::optional<Date> due)
{
    auto issue = f.addIssue(f.projectId, status);
    issue.body.title = title;
    issue.body.severity = severity;
    issue.body.dueDate = due;
    return f.writer.save(issue);
}

} // namespace

class TstProjectDetails : public QObject {
    Q_OBJECT

private slots:
    void headerNamesProjectCustomerPhaseLeadAndKeyDates()
    {
        test::StoreFixture f;
        Screen screen(f);
        const auto& d = screen.details;
        QVERIFY(d.found());
        QCOMPARE(d.name(), QStringLiteral("MES 系统实施项目"));
        QCOMPARE(d.contractNo(), QStringLiteral("HT-2026-0815"));
        QCOMPARE(d.customerName(), QStringLiteral("华东精密制造有限公司"));
        QCOMPARE(d.customerAddress(), QStringLiteral("上海市浦东新区张江路 88 号"));
        QCOMPARE(d.leadName(), QStringLiteral("张伟"));
        QCOMPARE(d.phaseLabel(), QStringLiteral("Implementation"));
        QCOMPARE(d.phaseLabels().value(d.phaseIndex()), QStringLiteral("Implementation"));
        QCOMPARE(d.phaseLabels().size(), 8);
        const auto dates = d.keyDates();
        QCOMPARE(dates.size(), 2); // only the dates that are set
        QCOMPARE(dates[0].toMap().value("label").toString(), QStringLiteral("Contract signed"));
        QCOMPARE(dates[0].toMap().value("dateText").toString(), QStringLiteral("Mar 2, 2026"));
        QCOMPARE(d.errorString(), QString());
    }

    void anUnknownProjectIsNotFoundAndListsNothing()
    {
        test::StoreFixture f;
        Screen screen(f);
        screen.details.setProjectId(QStringLiteral("0193a1c2-0000-7000-8000-000000000000"));
        QVERIFY(!screen.details.found());
        QCOMPARE(screen.details.visits()->count(), 0);
        QCOMPARE(screen.details.team()->count(), 0);
        QCOMPARE(screen.details.issues()->count(), 0);
    }

    void contactsAndLeadershipThenTheTeamWithItsLead()
    {
        test::StoreFixture f;
        Screen screen(f);
        auto* contacts = screen.details.contacts();
        QCOMPARE(column(*contacts, PeopleListModel::NameRole), (QStringList{"王丽", "李强", "陈总"}));
        QCOMPARE(at(*contacts, 0, PeopleListModel::PhoneRole).toString(), QStringLiteral("13800138000"));
        QCOMPARE(at(*contacts, 0, PeopleListModel::LeadRole).toBool(), false);
        QCOMPARE(at(*contacts, 2, PeopleListModel::LeadRole).toBool(), true); // the leadership group

        auto* team = screen.details.team();
        QCOMPARE(column(*team, PeopleListModel::NameRole), (QStringList{"张伟", "刘洋"}));
        QCOMPARE(column(*team, PeopleListModel::RoleRole), (QStringList{"项目负责人", "实施人员"}));
        QCOMPARE(at(*team, 0, PeopleListModel::LeadRole).toBool(), true);
        QCOMPARE(at(*team, 1, PeopleListModel::LeadRole).toBool(), false);
    }

    void milestonesArePlannedAgainstActualAndLateOnesFlagged()
    {
        test::StoreFixture f; // 需求调研完成: planned Apr 15, reached Apr 18; 系统上线: planned Sep 30, not reached
        auto project = *f.store.local()->get<Project>(f.projectId);
        project.body.milestones.push_back({newUuidV7(), "蓝图确认", day("2026-05-20"), day("2026-05-19"), ""});
        project.body.milestones.push_back({newUuidV7(), "阶段验收", day("2026-12-15"), std::nullopt, ""});
        f.writer.save(project);

        Screen screen(f);
        auto* milestones = screen.details.milestones();
        QCOMPARE(column(*milestones, MilestoneListModel::NameRole),
                 (QStringList{"需求调研完成", "蓝图确认", "系统上线", "阶段验收"}));
        const QList<int> states{MilestoneListModel::Late, MilestoneListModel::OnTime, MilestoneListModel::Overdue,
                                MilestoneListModel::Upcoming};
        for (int row = 0; row < states.size(); ++row)
            QCOMPARE(at(*milestones, row, MilestoneListModel::StateRole).toInt(), states[row]);
        QCOMPARE(at(*milestones, 0, MilestoneListModel::DaysLateRole).toInt(), 3);
        QCOMPARE(at(*milestones, 1, MilestoneListModel::StateLabelRole).toString(), QStringLiteral("On time"));
        QCOMPARE(at(*milestones, 2, MilestoneListModel::DaysLateRole).toInt(), 61); // Sep 30 → Nov 30
        QCOMPARE(at(*milestones, 0, MilestoneListModel::PlannedDateTextRole).toString(),
                 QStringLiteral("Apr 15, 2026"));
        QCOMPARE(at(*milestones, 0, MilestoneListModel::ActualDateTextRole).toString(), QStringLiteral("Apr 18, 2026"));
        QCOMPARE(at(*milestones, 2, MilestoneListModel::ActualDateTextRole).toString(), QString());
        QCOMPARE(milestones->lateCount(), 2);
        QCOMPARE(milestones->reachedCount(), 2);
    }

    void visitsOfTheProjectWhoeverDoesThemLatestFirst()
    {
        test::StoreFixture f;
        const auto older = f.addVisit(kToday.addDays(-20), VisitStatus::Reviewed);
        const auto planned = f.addVisit(kToday.addDays(5), VisitStatus::Planned, "zhangwei");
        const auto cancelled = f.addVisit(kToday.addDays(-2), VisitStatus::Cancelled);
        const auto other = f.writer.save(test::newRecord(test::sampleProject(f.customerId))).meta.id;
        f.addVisit(kToday, VisitStatus::Planned, "liuyang", 9, other); // another project's

        Screen screen(f);
        auto* visits = screen.details.visits();
        QCOMPARE(column(*visits, VisitListModel::IdRole),
                 (QStringList{qs(planned.meta.id), qs(cancelled.meta.id), qs(older.meta.id)}));
        QCOMPARE(at(*visits, 0, VisitListModel::StatusLabelRole).toString(), QStringLiteral("Planned"));
        QCOMPARE(at(*visits, 0, VisitListModel::AssigneeNameRole).toString(), QStringLiteral("张伟")); // by the team
        QCOMPARE(at(*visits, 2, VisitListModel::AssigneeNameRole).toString(), QStringLiteral("刘洋"));
    }

    void issuesOpenFirstMajorFirstAndOverdueOnesFlagged()
    {
        test::StoreFixture f;
        addIssue(f, "报表导出超时", IssueSeverity::General, IssueStatus::InProgress, day("2026-11-25")); // past due
        addIssue(f, "追溯码不一致", IssueSeverity::Major, IssueStatus::Open, std::nullopt);
        addIssue(f, "打印模板错位", IssueSeverity::Minor, IssueStatus::InProgress, day("2026-12-05"));
        addIssue(f, "驱动不兼容", IssueSeverity::Minor, IssueStatus::Resolved, day("2026-11-01")); // done: not overdue

        Screen screen(f);
        auto* issues = screen.details.issues();
        QCOMPARE(column(*issues, IssueListModel::TitleRole),
                 (QStringList{"追溯码不一致", "报表导出超时", "打印模板错位", "驱动不兼容"}));
        QCOMPARE(column(*issues, IssueListModel::OverdueRole), (QStringList{"false", "true", "false", "false"}));
        QCOMPARE(issues->openCount(), 3);
        QCOMPARE(issues->overdueCount(), 1);
        QCOMPARE(at(*issues, 1, IssueListModel::CategoryLabelRole).toString(), QStringLiteral("Technical"));
        QCOMPARE(at(*issues, 1, IssueListModel::SeverityLabelRole).toString(), QStringLiteral("General"));
        QCOMPARE(at(*issues, 1, IssueListModel::StatusLabelRole).toString(), QStringLiteral("Being solved"));
        QCOMPARE(at(*issues, 1, IssueListModel::OwnerNameRole).toString(), QStringLiteral("张伟")); // by the team
        QCOMPARE(at(*issues, 1, IssueListModel::DueDateTextRole).toString(), QStringLiteral("Nov 25, 2026"));
    }

    void signedDocumentsShowVoidSignaturesAsVoidAndAcceptancesToSign()
    {
        test::StoreFixture f;
        const auto visit = f.addVisit(kToday.addDays(-1), VisitStatus::Completed);
        auto valid = test::sampleSignature(f.projectId, visit.meta.id);
        valid.signedAt = *Timestamp::parse("2026-11-29T03:00:00.000Z");
        f.writer.save(test::newRecord(valid));
        auto voided = test::sampleSignature(f.projectId, visit.meta.id);
        voided.signedAt = *Timestamp::parse("2026-11-28T03:00:00.000Z");
        voided.voided = true;
        voided.voidReason = "签字后修改了运行情况";
        f.writer.save(test::newRecord(voided));
        const auto acceptance = f.writer.save(test::newRecord(test::sampleAcceptance(f.projectId)));

        Screen screen(f);
        auto* documents = screen.details.documents();
        QCOMPARE(documents->count(), 3);
        // The acceptance report waiting for signatures comes first; then signatures, latest first.
        QCOMPARE(at(*documents, 0, SignedDocumentListModel::DocumentIdRole).toString(), qs(acceptance.meta.id));
        QCOMPARE(at(*documents, 0, SignedDocumentListModel::SignedRole).toBool(), false);
        QCOMPARE(at(*documents, 0, SignedDocumentListModel::DocumentTitleRole).toString(),
                 QStringLiteral("Acceptance report: MES 一期验收"));
        QCOMPARE(at(*documents, 1, SignedDocumentListModel::VoidedRole).toBool(), false);
        QCOMPARE(at(*documents, 1, SignedDocumentListModel::DocumentTitleRole).toString(),
                 QStringLiteral("Visit record: In-progress visit, Nov 29, 2026"));
        QCOMPARE(at(*documents, 1, SignedDocumentListModel::SideLabelRole).toString(), QStringLiteral("Customer"));
        QCOMPARE(at(*documents, 1, SignedDocumentListModel::SignerNameRole).toString(), QStringLiteral("王丽"));
        QCOMPARE(at(*documents, 2, SignedDocumentListModel::VoidedRole).toBool(), true);
        QCOMPARE(at(*documents, 2, SignedDocumentListModel::VoidReasonRole).toString(),
                 QStringLiteral("签字后修改了运行情况"));
        QCOMPARE(documents->voidCount(), 1);
    }

    void followsSavesWithoutBeingAsked()
    {
        test::StoreFixture f;
        Screen screen(f);
        QSignalSpy changed(&screen.details, &ProjectDetails::changed);
        QCOMPARE(screen.details.issues()->count(), 0);

        addIssue(f, "扫码枪偶发识别失败", IssueSeverity::Minor, IssueStatus::Open, std::nullopt);
        QCOMPARE(screen.details.issues()->count(), 1);

        auto project = *f.store.local()->get<Project>(f.projectId);
        project.body.phase = ProjectPhase::Delivery;
        f.writer.save(project);
        QCOMPARE(screen.details.phaseLabel(), QStringLiteral("Delivery"));
        QVERIFY(changed.count() >= 2);
    }
};

QTEST_GUILESS_MAIN(TstProjectDetails)
#include "moc_tst_project_details.cpp"
