#include "app/demo_review.h"

#include "models/qt_dates.h"
#include "store/store_queries.h"
#include "store/sync_ledger.h"

#include <algorithm>
#include <stdexcept>

namespace fv::app {
namespace {

// The server's ids of the demo visit's two conflicts: one still open, one a reviewer settled.
constexpr std::int64_t kDemoOpenConflictId = 901;
constexpr std::int64_t kDemoSettledConflictId = 902;
constexpr const char* kDemoSettledRunningStatus = "夜班报工偶有延迟，已重启采集服务，系统运行稳定。";

// The answer a server gives to the last change queued for `recordId`.
AnsweredEntry answerTo(LocalStore& store, const std::string& recordId, PushStatus status)
{
    const auto entries = store.outbox().entriesFor(recordId);
    if (entries.empty()) throw std::logic_error("demo: no change queued for " + recordId);
    AnsweredEntry answered{entries.back(), {}};
    answered.answer.seq = answered.entry.seq;
    answered.answer.recordId = recordId;
    answered.answer.status = status;
    return answered;
}

std::string projectWithContract(LocalStore& store, const std::string& contractNo)
{
    for (const auto& summary : StoreQueries(store).activeProjects())
        if (summary.project.contractNo == contractNo) return summary.id;
    throw std::logic_error("demo: no project " + contractNo);
}

AnsweredEntry forbiddenScopeChange(LocalStore& store, const std::string& projectId)
{
    auto project = store.get<Project>(projectId);
    project->body.scope += "；增加移动盘点模块";
    store.save(*project);
    auto answered = answerTo(store, projectId, PushStatus::Forbidden);
    answered.answer.problems = {{"recordId", "you may not change this project: it belongs to a project you are "
                                             "not assigned to, or your role cannot edit it"}};
    return answered;
}

AnsweredEntry invalidIssueChange(LocalStore& store, const std::string& projectId, QDate today)
{
    auto issues = StoreQueries(store).ofProject<Issue>(projectId);
    const auto change = std::find_if(issues.begin(), issues.end(), [](const auto& issue) {
        return issue.body.category == IssueCategory::RequirementChange;
    });
    if (change == issues.end()) throw std::logic_error("demo: no requirement change to edit");
    change->body.status = IssueStatus::InProgress;
    change->body.owner = store.identity().userId;
    change->body.dueDate = fromQDate(today.addDays(10));
    store.save(*change);
    auto answered = answerTo(store, change->meta.id, PushStatus::Invalid);
    // The project lead closed it on the server meanwhile: a closed issue does not move back.
    answered.answer.problems = {{"fields.status", "cannot go from closed to in_progress"}};
    return answered;
}

AnsweredEntry conflictingVisitEdit(LocalStore& store, const std::string& projectId)
{
    VisitQuery query;
    query.projectId = projectId;
    query.statuses = {VisitStatus::Completed};
    auto visits = store.visits(query);
    if (visits.empty()) throw std::logic_error("demo: no completed visit to edit");
    auto& visit = visits.back();
    const std::string before = visit.body.customerWords;
    const std::string mine = "“报表导出还是慢，希望下次回访前解决。”";
    const std::string theirs = "“上线后报工效率明显提升，报表导出慢的问题已反馈给项目组。”";
    const std::string runningBefore = visit.body.runningStatus;
    const std::string runningMine = "夜班报工偶有延迟，已重启采集服务。";
    visit.body.customerWords = mine;
    visit.body.runningStatus = runningMine;
    store.save(visit);

    auto answered = answerTo(store, visit.meta.id, PushStatus::Conflict);
    RawRecord copy = *store.find(visit.meta.id);
    copy.fields["customerWords"] = theirs;
    copy.fields["runningStatus"] = kDemoSettledRunningStatus;
    answered.answer.version = copy.meta.version + 1;
    answered.answer.record = copy;
    // The settled one first, so the screen shows both kinds without scrolling.
    answered.answer.conflicts = {
        {"runningStatus", runningBefore, "系统运行稳定。", runningMine, kDemoSettledConflictId},
        {"customerWords", before, theirs, mine, kDemoOpenConflictId}};
    return answered;
}

// The project lead has since settled the running status with words of their own.
SettledConflict settledByLead(LocalStore& store, const std::string& projectId, const AnsweredEntry& answered)
{
    const auto lead = store.get<Project>(projectId)->body.leadId;
    const ConflictResolution written{ConflictChoice::Value, kDemoSettledRunningStatus, lead, Timestamp::now(),
                                     answered.answer.version};
    return {kDemoSettledConflictId, written};
}

} // namespace

std::string demoProjectId(LocalStore& store) { return projectWithContract(store, "HT-2026-0815"); }

void writeDemoSyncProblems(LocalStore& store, QDate today)
{
    const auto mes = demoProjectId(store);
    const auto wms = projectWithContract(store, "HT-2025-1102");
    std::vector<AnsweredEntry> answers{forbiddenScopeChange(store, wms), invalidIssueChange(store, mes, today),
                                       conflictingVisitEdit(store, mes)};
    SyncLedger ledger(store);
    ledger.applyAnswers(answers, Timestamp::now());
    ledger.recordSettled({settledByLead(store, mes, answers.back())});
}

} // namespace fv::app
