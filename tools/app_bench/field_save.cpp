#include "field_save.h"

#include "models/project_list_model.h"
#include "models/visit_list_model.h"
#include "percentiles.h"
#include "store/local_store.h"
#include "store/user_store.h"
#include "visit/record_problem_model.h"
#include "visit/visit_editor.h"
#include "visit/visit_issue_model.h"

#include <QElapsedTimer>
#include <cstdio>
#include <memory>
#include <vector>

namespace {

const QString kUser = QStringLiteral("liuyang");

// The lists the Today screen keeps alive under the visit form.
struct TodayScreenLists {
    VisitListModel today, overdue, done;
    ProjectListModel projects;

    TodayScreenLists(UserStore& store, bool shown)
    {
        overdue.setFilter(VisitListModel::Overdue);
        done.setFilter(VisitListModel::RecentlyDone);
        for (StoreListModel* list : std::initializer_list<StoreListModel*>{&today, &overdue, &done, &projects}) {
            list->setStore(&store);
            list->setActive(shown);
        }
    }
};

// The visit form as VisitPage makes it: the editor and the lists beside it.
struct VisitForm {
    VisitEditor editor;
    VisitIssueModel issues;
    RecordProblemModel problems;

    VisitForm(UserStore& store, const QString& visitId)
    {
        editor.setStore(&store);
        editor.setVisitId(visitId);
        issues.setStore(&store);
        issues.setProjectId(editor.projectId());
        issues.setVisitId(visitId);
        problems.setStore(&store);
        problems.setRecordId(visitId);
    }
};

QString visitInProgress(UserStore& store)
{
    const auto visits = store.local()->visits({.statuses = {fv::VisitStatus::InProgress}, .limit = 1});
    return visits.empty() ? QString() : QString::fromStdString(visits.front().meta.id);
}

} // namespace

bool measureFieldSave(const AppPaths& paths, const FieldSaveOptions& options)
{
    UserStore store;
    store.open(paths.databaseFor(kUser), kUser, QStringLiteral("bench-tablet"));
    const QString visitId = visitInProgress(store);
    if (visitId.isEmpty()) return false;
    const auto today = options.today == TodayLists::None
                           ? nullptr
                           : std::make_unique<TodayScreenLists>(store, options.today == TodayLists::Shown);
    VisitForm form(store, visitId);

    std::vector<double> ms;
    ms.reserve(std::size_t(options.saves));
    QElapsedTimer timer;
    for (int i = 0; i < options.saves; ++i) {
        const QString text = QStringLiteral("MES 运行正常，第 %1 次记录：报工终端交接班时偶有卡顿。").arg(i);
        timer.start();
        form.editor.setRunningStatus(text);
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (form.editor.runningStatus() != text) {
            std::fprintf(stderr, "save %d did not land: %s\n", i, qPrintable(form.editor.errorString()));
            return false;
        }
    }
    const Percentiles p = percentilesOf(ms);
    std::printf("%-26s %6d saves   p50 %6.2f ms   p99 %6.2f ms   max %6.2f ms\n", qPrintable(options.name),
                options.saves, p.p50, p.p99, p.max);
    return true;
}
