#pragma once

#include "domain/common.h"
#include "domain/enum_names.h"
#include "domain/envelope.h"
#include "domain/satisfaction.h"

#include <optional>
#include <string>
#include <vector>

namespace fv {

enum class VisitKind { First, Periodic, Special, StartUp, InProgress, CloseOut, AfterSales, TrialRunSupport };

template <>
struct EnumNames<VisitKind> {
    static constexpr EnumTable<VisitKind, 8> values{{{VisitKind::First, "first"},
                                                     {VisitKind::Periodic, "periodic"},
                                                     {VisitKind::Special, "special"},
                                                     {VisitKind::StartUp, "start_up"},
                                                     {VisitKind::InProgress, "in_progress"},
                                                     {VisitKind::CloseOut, "close_out"},
                                                     {VisitKind::AfterSales, "after_sales"},
                                                     {VisitKind::TrialRunSupport, "trial_run_support"}}};
};

enum class VisitMethod { OnSite, Phone, Email, Online };

template <>
struct EnumNames<VisitMethod> {
    static constexpr EnumTable<VisitMethod, 4> values{{{VisitMethod::OnSite, "on_site"},
                                                       {VisitMethod::Phone, "phone"},
                                                       {VisitMethod::Email, "email"},
                                                       {VisitMethod::Online, "online"}}};
};

// planned → in progress → completed → submitted → reviewed, or returned to the
// field for rework (returned → submitted again).
enum class VisitStatus { Planned, InProgress, Completed, Submitted, Reviewed, Returned, Cancelled };

template <>
struct EnumNames<VisitStatus> {
    static constexpr EnumTable<VisitStatus, 7> values{{{VisitStatus::Planned, "planned"},
                                                       {VisitStatus::InProgress, "in_progress"},
                                                       {VisitStatus::Completed, "completed"},
                                                       {VisitStatus::Submitted, "submitted"},
                                                       {VisitStatus::Reviewed, "reviewed"},
                                                       {VisitStatus::Returned, "returned"},
                                                       {VisitStatus::Cancelled, "cancelled"}}};
};

// 回访 / 现场服务: one visit and its record, the form 《项目回访记录表》.
// Issues, photos and signatures are records of their own that point here, so
// that two devices adding them offline never collide.
struct Visit {
    static constexpr RecordType kType = RecordType::Visit;

    std::string projectId;
    VisitKind kind = VisitKind::Periodic;
    VisitMethod method = VisitMethod::OnSite;
    VisitStatus status = VisitStatus::Planned;
    std::string assignee; // user id of the staff member responsible
    Date plannedDate;
    std::optional<Timestamp> plannedStart;
    std::optional<Timestamp> actualStart;
    std::optional<Timestamp> actualEnd;
    Place location;
    std::vector<Person> visitors;           // company side: 回访人员
    std::vector<Person> customerAttendees;  // customer side present
    std::string runningStatus;              // 运行情况
    std::string needsChanges;               // 需求变化
    std::string potentialNeeds;             // 潜在需求
    std::string competitorInfo;             // 竞争对手信息
    std::string customerWords;              // 客户原话
    std::string solvedOnSite;               // 现场解决的问题
    std::vector<SatisfactionScore> satisfaction;
    std::string reviewComment;              // back office's word on review or return

    static constexpr auto fields()
    {
        return std::tuple{field("projectId", &Visit::projectId),
                          field("kind", &Visit::kind),
                          field("method", &Visit::method),
                          field("status", &Visit::status),
                          field("assignee", &Visit::assignee),
                          field("plannedDate", &Visit::plannedDate),
                          field("plannedStart", &Visit::plannedStart),
                          field("actualStart", &Visit::actualStart),
                          field("actualEnd", &Visit::actualEnd),
                          field("location", &Visit::location),
                          field("visitors", &Visit::visitors),
                          field("customerAttendees", &Visit::customerAttendees),
                          field("runningStatus", &Visit::runningStatus),
                          field("needsChanges", &Visit::needsChanges),
                          field("potentialNeeds", &Visit::potentialNeeds),
                          field("competitorInfo", &Visit::competitorInfo),
                          field("customerWords", &Visit::customerWords),
                          field("solvedOnSite", &Visit::solvedOnSite),
                          field("satisfaction", &Visit::satisfaction),
                          field("reviewComment", &Visit::reviewComment)};
    }
    bool operator==(const Visit&) const = default;
};

void checkRules(const Visit& visit, const std::string& path, Problems& out);

} // namespace fv
