// The shared rules' problems as a Chinese-speaking user reads them: the same
// checks the server applies, worded in the user's language, values kept.

#include "domain/issue.h"
#include "domain/visit.h"
#include "i18n/rule_words.h"
#include "sync/transitions.h"

#include <QTranslator>
#include <QtTest>

using namespace fv;

namespace {

// What the rules say of a visit closed without its times and an unreasonable score,
// and of a major issue claimed as solved on the spot with no title.
Problems problemsOfCarelessRecords()
{
    Problems problems;
    Visit visit;
    visit.projectId = "0190f5c2-7a00-7000-8000-00000000a001";
    visit.status = VisitStatus::Completed;
    visit.satisfaction = {{SatisfactionDimension::ServiceAttitude, 9, "很好"}};
    checkRules(visit, "fields", problems);
    Issue issue;
    issue.projectId = visit.projectId;
    issue.severity = IssueSeverity::Major;
    issue.solvedOnSite = true;
    checkRules(issue, "fields", problems);
    return problems;
}

} // namespace

class TestRuleWords : public QObject {
    Q_OBJECT

private slots:
    void englishKeepsTheRulesWordsAndNamesStatuses()
    {
        QCOMPARE(app::ruleMessage("must not be empty"), QStringLiteral("must not be empty"));
        QCOMPARE(app::ruleMessage("must be between 1 and 5"), QStringLiteral("must be between 1 and 5"));
        QCOMPARE(app::ruleMessage("cannot go from submitted to planned"),
                 QStringLiteral("cannot go from Submitted to Planned"));
        QCOMPARE(app::ruleMessage("a rule added on the server only"), QStringLiteral("a rule added on the server only"));
    }

    void aProblemNamesItsFieldInWords()
    {
        QCOMPARE(app::problemText({"fields.actualStart", "is required once the visit has started"}),
                 QStringLiteral("Started: is required once the visit has started"));
        QCOMPARE(app::problemText({"", "a record must be an object"}), QStringLiteral("a record must be an object"));
    }

    void aChineseTabletShowsEveryCarelessRecordsProblemInChinese()
    {
        const Problems problems = problemsOfCarelessRecords();
        QVERIFY(problems.size() >= 4);
        QTranslator chinese;
        QVERIFY(chinese.load(QStringLiteral(":/i18n/fieldvisit_zh_CN.qm")));
        QCoreApplication::installTranslator(&chinese);
        for (const auto& problem : problems) {
            const QString shown = app::ruleMessage(problem.message);
            QVERIFY2(shown != QString::fromStdString(problem.message), problem.message.c_str());
        }
        QCOMPARE(app::ruleMessage("must be between 1 and 5"), QStringLiteral("必须在 1 到 5 之间"));
        QCoreApplication::removeTranslator(&chinese);
    }
};

QTEST_GUILESS_MAIN(TestRuleWords)
#include "moc_tst_rule_words.cpp"
