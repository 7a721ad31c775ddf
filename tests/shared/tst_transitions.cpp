#include "json/codec.h"
#include "sync/transitions.h"

#include <QtTest>

#include <set>
#include <utility>

using namespace fv;

namespace {

// The tables as the regulations state them, written out independently of the
// implementation so that a slip in either shows up.
const std::set<std::pair<std::string, std::string>> kVisitAllowed{
    {"planned", "in_progress"},   {"planned", "cancelled"},   {"in_progress", "completed"},
    {"in_progress", "cancelled"}, {"completed", "submitted"}, {"completed", "in_progress"},
    {"submitted", "reviewed"},    {"submitted", "returned"},  {"returned", "in_progress"},
    {"returned", "submitted"},    {"cancelled", "planned"}};

const std::set<std::pair<std::string, std::string>> kIssueAllowed{
    {"open", "in_progress"},     {"open", "resolved"},   {"in_progress", "resolved"}, {"in_progress", "open"},
    {"resolved", "closed"},      {"resolved", "in_progress"}, {"closed", "in_progress"}};

Json withStatus(const std::string& status) { return Json{{"status", status}, {"title", "报表导出超时"}}; }

template <class S>
void checkEveryPair(const std::set<std::pair<std::string, std::string>>& allowedPairs, RecordType type)
{
    for (const auto& [from, fromName] : EnumNames<S>::values) {
        for (const auto& [to, toName] : EnumNames<S>::values) {
            const std::pair<std::string, std::string> pair{std::string(fromName), std::string(toName)};
            const bool expected = from == to || allowedPairs.count(pair) > 0;
            const QString label = QString::fromStdString(pair.first + " -> " + pair.second);
            QVERIFY2(canTransition(from, to) == expected, qPrintable(label));
            const auto problems = checkTransition(type, withStatus(pair.first), withStatus(pair.second));
            QVERIFY2(problems.empty() == expected, qPrintable(label));
        }
    }
}

} // namespace

class TstTransitions : public QObject {
    Q_OBJECT

private slots:
    void visitTableMatchesRegulations() { checkEveryPair<VisitStatus>(kVisitAllowed, RecordType::Visit); }
    void issueTableMatchesRegulations() { checkEveryPair<IssueStatus>(kIssueAllowed, RecordType::Issue); }

    void refusalIsReadableAndPointsAtStatus()
    {
        const auto problems =
            checkTransition(RecordType::Visit, withStatus("submitted"), withStatus("planned"));
        QCOMPARE(problems.size(), std::size_t(1));
        QCOMPARE(problems[0].path, std::string("fields.status"));
        QCOMPARE(problems[0].message, std::string("cannot go from submitted to planned"));
    }

    void reviewedIsFinal()
    {
        QVERIFY(nextStatuses(VisitStatus::Reviewed).empty());
        const auto problems =
            checkTransition(RecordType::Visit, withStatus("reviewed"), withStatus("returned"));
        QCOMPARE(problems.at(0).message, std::string("cannot go from reviewed to returned"));
    }

    void nextStatusesInTableOrder()
    {
        QVERIFY(nextStatuses(VisitStatus::Submitted) ==
                std::vector<VisitStatus>({VisitStatus::Reviewed, VisitStatus::Returned}));
        QVERIFY(nextStatuses(VisitStatus::Cancelled) == std::vector<VisitStatus>({VisitStatus::Planned}));
        QVERIFY(nextStatuses(IssueStatus::Closed) == std::vector<IssueStatus>({IssueStatus::InProgress}));
    }

    void sameStatusIsAlwaysFine()
    {
        for (const auto& [status, name] : EnumNames<VisitStatus>::values) {
            const Json fields = withStatus(std::string(name));
            QVERIFY(checkTransition(RecordType::Visit, fields, fields).empty());
        }
    }

    // A create has no old status; a type without a status has nothing to check;
    // an unreadable status is the validator's to report, not this check's.
    void nothingToCheck()
    {
        QVERIFY(checkTransition(RecordType::Visit, Json(nullptr), withStatus("reviewed")).empty());
        QVERIFY(checkTransition(RecordType::Visit, Json::object(), withStatus("reviewed")).empty());
        QVERIFY(checkTransition(RecordType::Visit, withStatus("submitted"), withStatus("已审核")).empty());
        QVERIFY(checkTransition(RecordType::Visit, withStatus("submitted"), Json{{"status", 3}}).empty());
        QVERIFY(checkTransition(RecordType::Customer, withStatus("closed"), withStatus("open")).empty());
    }
};

QTEST_APPLESS_MAIN(TstTransitions)
#include "moc_tst_transitions.cpp"
