// models/visit_list_model.cpp and visit_rows.cpp over a real database file:
// which visits each section shows, in what order, with which roles, and that
// the lists follow saves and language switches on their own.

#include "models/visit_list_model.h"
#include "store_fixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTranslator>
#include <QtTest>

using namespace fv;

namespace {

const QDate kToday(2026, 11, 30);

QStringList idsOf(const VisitListModel& model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row) ids << model.index(row).data(VisitListModel::IdRole).toString();
    return ids;
}

QString id(const Record<Visit>& visit) { return QString::fromStdString(visit.meta.id); }

// A list as the Today screen makes it, as of kToday.
struct Section {
    VisitListModel model;
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::QtTest};

    Section(UserStore& store, VisitListModel::Filter filter)
    {
        model.setReferenceDate(kToday);
        model.setFilter(filter);
        model.setStore(&store);
    }
};

} // namespace

class TstVisitListModel : public QObject {
    Q_OBJECT

private slots:
    void todayHoldsMyOpenVisitsTimedFirst()
    {
        test::StoreFixture f;
        const auto anyTime = f.addVisit(kToday, VisitStatus::Planned, "liuyang", std::nullopt);
        const auto afternoon = f.addVisit(kToday, VisitStatus::Planned, "liuyang", 14);
        const auto morning = f.addVisit(kToday, VisitStatus::InProgress, "liuyang", 9);
        const auto returned = f.addVisit(kToday, VisitStatus::Returned, "liuyang", 16);
        f.addVisit(kToday, VisitStatus::Completed);           // done: recently done, not today
        f.addVisit(kToday, VisitStatus::Cancelled);           // nowhere
        f.addVisit(kToday, VisitStatus::Planned, "zhangwei"); // someone else's
        f.addVisit(kToday.addDays(1), VisitStatus::Planned);  // tomorrow

        Section today(f.store, VisitListModel::Today);
        QCOMPARE(idsOf(today.model), (QStringList{id(morning), id(afternoon), id(returned), id(anyTime)}));
        QCOMPARE(today.model.count(), 4);
        QCOMPARE(today.model.asOf(), kToday);
        QCOMPARE(today.model.asOfText(), QStringLiteral("Monday, November 30"));
    }

    void overdueIsLongestOverdueFirstAndSaysHowLong()
    {
        test::StoreFixture f;
        const auto threeDays = f.addVisit(kToday.addDays(-3), VisitStatus::Planned);
        const auto tenDays = f.addVisit(kToday.addDays(-10), VisitStatus::InProgress);
        f.addVisit(kToday.addDays(-2), VisitStatus::Completed);
        f.addVisit(kToday, VisitStatus::Planned);

        Section overdue(f.store, VisitListModel::Overdue);
        QCOMPARE(idsOf(overdue.model), (QStringList{id(tenDays), id(threeDays)}));
        QCOMPARE(overdue.model.index(0).data(VisitListModel::DaysOverdueRole).toInt(), 10);
        QCOMPARE(overdue.model.index(1).data(VisitListModel::DaysOverdueRole).toInt(), 3);
    }

    void recentlyDoneIsLatestFirstWithinTwoWeeks()
    {
        test::StoreFixture f;
        const auto yesterday = f.addVisit(kToday.addDays(-1), VisitStatus::Completed);
        const auto lastWeek = f.addVisit(kToday.addDays(-7), VisitStatus::Reviewed);
        const auto submitted = f.addVisit(kToday.addDays(-3), VisitStatus::Submitted);
        f.addVisit(kToday.addDays(-20), VisitStatus::Completed); // too long ago
        f.addVisit(kToday.addDays(-1), VisitStatus::Returned);   // back to do: overdue

        Section done(f.store, VisitListModel::RecentlyDone);
        QCOMPARE(idsOf(done.model), (QStringList{id(yesterday), id(submitted), id(lastWeek)}));
        QCOMPARE(done.model.index(0).data(VisitListModel::DaysOverdueRole).toInt(), 0);
    }

    void rolesCarryNamesPlaceAndLabels()
    {
        test::StoreFixture f;
        f.addVisit(kToday, VisitStatus::Planned, "liuyang", 9);
        Section today(f.store, VisitListModel::Today);
        const QModelIndex row = today.model.index(0);

        const auto roles = today.model.roleNames();
        QCOMPARE(roles.value(VisitListModel::CustomerNameRole), QByteArray("customerName"));
        QCOMPARE(row.data(VisitListModel::CustomerNameRole).toString(), QStringLiteral("华东精密制造有限公司"));
        QCOMPARE(row.data(VisitListModel::ProjectNameRole).toString(), QStringLiteral("MES 系统实施项目"));
        QCOMPARE(row.data(VisitListModel::ProjectIdRole).toString(), QString::fromStdString(f.projectId));
        QCOMPARE(row.data(VisitListModel::AddressRole).toString(), QStringLiteral("上海市浦东新区张江路 88 号 3 号楼"));
        QCOMPARE(row.data(VisitListModel::PlannedDateRole).toDate(), kToday);
        QCOMPARE(row.data(VisitListModel::PlannedTimeRole).toString(), QStringLiteral("09:00"));
        QCOMPARE(row.data(VisitListModel::StatusRole).toString(), QStringLiteral("planned"));
        QCOMPARE(row.data(VisitListModel::StatusLabelRole).toString(), QStringLiteral("Planned"));
        QCOMPARE(row.data(VisitListModel::KindLabelRole).toString(), QStringLiteral("In-progress visit"));
        QCOMPARE(row.data(VisitListModel::MethodLabelRole).toString(), QStringLiteral("On site"));
    }

    void followsLocalSavesWithoutBeingAsked()
    {
        test::StoreFixture f;
        Section today(f.store, VisitListModel::Today);
        QCOMPARE(today.model.count(), 0);
        QSignalSpy counted(&today.model, &VisitListModel::countChanged);

        auto visit = f.addVisit(kToday, VisitStatus::Planned);
        QCOMPARE(today.model.count(), 1);
        QCOMPARE(counted.count(), 1);

        visit.body.status = VisitStatus::Cancelled;
        visit.body.actualStart.reset();
        f.writer.save(visit);
        QCOMPARE(today.model.count(), 0);
    }

    // The Today lists under an open visit form: saves there cost no re-read here,
    // and coming back shows every change made meanwhile.
    void aHiddenListCatchesUpWhenShownAgain()
    {
        test::StoreFixture f;
        Section today(f.store, VisitListModel::Today);
        QSignalSpy read(&today.model, &VisitListModel::refreshed);
        today.model.setActive(false);

        f.addVisit(kToday, VisitStatus::Planned);
        f.addVisit(kToday, VisitStatus::Planned);
        QCOMPARE(read.count(), 0);
        QCOMPARE(today.model.count(), 0);

        today.model.setActive(true);
        QCOMPARE(read.count(), 1);
        QCOMPARE(today.model.count(), 2);
        today.model.setActive(false);
        today.model.setActive(true);
        QCOMPARE(read.count(), 1); // nothing changed meanwhile: no needless re-read
    }

    void labelsFollowTheLanguage()
    {
        test::StoreFixture f;
        f.addVisit(kToday, VisitStatus::Planned);
        Section today(f.store, VisitListModel::Today);
        QSignalSpy changed(&today.model, &VisitListModel::dataChanged);

        QTranslator chinese;
        QVERIFY(chinese.load(QStringLiteral(":/i18n/fieldvisit_zh_CN.qm")));
        QCoreApplication::installTranslator(&chinese);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(today.model.index(0).data(VisitListModel::StatusLabelRole).toString(), QStringLiteral("已计划"));
        QCOMPARE(today.model.index(0).data(VisitListModel::PlannedDateTextRole).toString(), QStringLiteral("11月30日"));
        QCoreApplication::removeTranslator(&chinese);
        QCOMPARE(today.model.index(0).data(VisitListModel::StatusLabelRole).toString(), QStringLiteral("Planned"));
    }

    void aClosedStoreShowsNothing()
    {
        test::StoreFixture f;
        f.addVisit(kToday, VisitStatus::Planned);
        Section today(f.store, VisitListModel::Today);
        QCOMPARE(today.model.count(), 1);
        f.store.close();
        QCOMPARE(today.model.count(), 0);
        QVERIFY(today.model.errorString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstVisitListModel)
#include "moc_tst_visit_list_model.cpp"
