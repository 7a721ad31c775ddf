// models/project_list_model.cpp and store/store_queries.cpp over a real
// database file: "my projects" with customer names, phases and open issues.

#include "models/project_list_model.h"
#include "store_fixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace fv;

namespace {

std::string addProject(test::StoreFixture& f, const char* name, ProjectPhase phase)
{
    Project project = test::sampleProject(f.customerId);
    project.name = name;
    project.phase = phase;
    return f.writer.save(test::newRecord(project)).meta.id;
}

QString nameAt(const ProjectListModel& model, int row)
{
    return model.index(row).data(ProjectListModel::NameRole).toString();
}

} // namespace

class TstProjectListModel : public QObject {
    Q_OBJECT

private slots:
    void activeProjectsWithTheMostOpenIssuesFirst()
    {
        test::StoreFixture f; // holds "MES 系统实施项目", implementation
        const auto wms = addProject(f, "WMS 仓储管理系统", ProjectPhase::AfterSales);
        addProject(f, "化工安全巡检系统", ProjectPhase::Closed);
        f.addIssue(wms, IssueStatus::Open);
        f.addIssue(wms, IssueStatus::InProgress);
        f.addIssue(wms, IssueStatus::Resolved); // no longer open
        f.addIssue(f.projectId, IssueStatus::Closed);

        ProjectListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(&f.store);
        QCOMPARE(model.count(), 2);
        QCOMPARE(nameAt(model, 0), QStringLiteral("WMS 仓储管理系统"));
        QCOMPARE(model.index(0).data(ProjectListModel::OpenIssuesRole).toInt(), 2);
        QCOMPARE(nameAt(model, 1), QStringLiteral("MES 系统实施项目"));
        QCOMPARE(model.index(1).data(ProjectListModel::OpenIssuesRole).toInt(), 0);
        QCOMPARE(model.openIssueTotal(), 2);
    }

    void rolesCarryCustomerContractAndPhase()
    {
        test::StoreFixture f;
        ProjectListModel model;
        model.setStore(&f.store);
        const QModelIndex row = model.index(0);
        QCOMPARE(row.data(ProjectListModel::IdRole).toString(), QString::fromStdString(f.projectId));
        QCOMPARE(row.data(ProjectListModel::CustomerNameRole).toString(), QStringLiteral("华东精密制造有限公司"));
        QCOMPARE(row.data(ProjectListModel::ContractNoRole).toString(), QStringLiteral("HT-2026-0815"));
        QCOMPARE(row.data(ProjectListModel::PhaseRole).toString(), QStringLiteral("implementation"));
        QCOMPARE(row.data(ProjectListModel::PhaseLabelRole).toString(), QStringLiteral("Implementation"));
        QCOMPARE(model.roleNames().value(ProjectListModel::OpenIssuesRole), QByteArray("openIssues"));
    }

    void followsIssuesRaisedAndProjectsClosed()
    {
        test::StoreFixture f;
        ProjectListModel model;
        model.setStore(&f.store);
        QSignalSpy refreshed(&model, &ProjectListModel::refreshed);

        auto issue = f.addIssue(f.projectId, IssueStatus::Open);
        QCOMPARE(model.openIssueTotal(), 1);
        issue.body.status = IssueStatus::Resolved;
        issue.body.resolution = "现场调整参数";
        f.writer.save(issue);
        QCOMPARE(model.openIssueTotal(), 0);

        auto project = *f.store.local()->get<Project>(f.projectId);
        project.body.phase = ProjectPhase::Closed;
        f.writer.save(project);
        QCOMPARE(model.count(), 0);
        QCOMPARE(refreshed.count(), 3);
    }
};

QTEST_GUILESS_MAIN(TstProjectListModel)
#include "moc_tst_project_list_model.cpp"
