#pragma once

// A signed-in user's database as the app holds it (UserStore, written through
// RecordWriter), in a temporary folder, with one customer and one project.

#include "models/qt_dates.h"
#include "sample_records.h"
#include "store/record_writer.h"
#include "store/user_store.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTime>
#include <optional>
#include <string>

namespace fv::test {

struct StoreFixture {
    QTemporaryDir dir;
    UserStore store;
    RecordWriter writer{store};
    std::string customerId;
    std::string projectId;

    StoreFixture()
    {
        store.open(dir.filePath(QStringLiteral("liuyang.sqlite")), QStringLiteral("liuyang"),
                   QStringLiteral("tablet-07"));
        customerId = writer.save(newRecord(sampleCustomer())).meta.id;
        projectId = writer.save(newRecord(sampleProject(customerId))).meta.id;
    }

    // A visit of `projectId` on `day` at `hour` (none: no planned time), with
    // the actual times its status needs.
    Record<Visit> addVisit(QDate day, VisitStatus status, const std::string& assignee = "liuyang",
                           std::optional<int> hour = 9, const std::string& project = {})
    {
        Visit visit = sampleVisit(project.empty() ? projectId : project);
        visit.plannedDate = app::fromQDate(day);
        visit.status = status;
        visit.assignee = assignee;
        visit.plannedStart.reset();
        if (hour) visit.plannedStart = Timestamp{QDateTime(day, QTime(*hour, 0)).toMSecsSinceEpoch()};
        if (status == VisitStatus::Planned || status == VisitStatus::Cancelled) visit.actualStart.reset();
        if (status == VisitStatus::Planned || status == VisitStatus::Cancelled || status == VisitStatus::InProgress)
            visit.actualEnd.reset();
        return writer.save(newRecord(visit));
    }

    Record<Issue> addIssue(const std::string& project, IssueStatus status)
    {
        Issue issue = sampleIssue(project, {});
        issue.source = IssueSource::CustomerCall;
        issue.status = status;
        issue.resolution = status == IssueStatus::Open || status == IssueStatus::InProgress ? "" : "已修复";
        issue.customerConfirmed = status == IssueStatus::Closed;
        return writer.save(newRecord(issue));
    }
};

} // namespace fv::test
