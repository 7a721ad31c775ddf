#pragma once

#include "domain/enum_names.h"
#include "domain/envelope.h"

#include <optional>
#include <string>

namespace fv {

enum class IssueSource { Visit, CustomerCall, ErrorReport };

template <>
struct EnumNames<IssueSource> {
    static constexpr EnumTable<IssueSource, 3> values{
        {{IssueSource::Visit, "visit"}, {IssueSource::CustomerCall, "customer_call"}, {IssueSource::ErrorReport, "error_report"}}};
};

enum class IssueCategory { Technical, Quality, Service, RequirementChange };

template <>
struct EnumNames<IssueCategory> {
    static constexpr EnumTable<IssueCategory, 4> values{{{IssueCategory::Technical, "technical"},
                                                         {IssueCategory::Quality, "quality"},
                                                         {IssueCategory::Service, "service"},
                                                         {IssueCategory::RequirementChange, "requirement_change"}}};
};

// Each severity has its own handling path in the regulations (轻微/一般/重大).
enum class IssueSeverity { Minor, General, Major };

template <>
struct EnumNames<IssueSeverity> {
    static constexpr EnumTable<IssueSeverity, 3> values{
        {{IssueSeverity::Minor, "minor"}, {IssueSeverity::General, "general"}, {IssueSeverity::Major, "major"}}};
};

// open → in progress → resolved (fed back) → closed (customer confirmed).
enum class IssueStatus { Open, InProgress, Resolved, Closed };

template <>
struct EnumNames<IssueStatus> {
    static constexpr EnumTable<IssueStatus, 4> values{{{IssueStatus::Open, "open"},
                                                       {IssueStatus::InProgress, "in_progress"},
                                                       {IssueStatus::Resolved, "resolved"},
                                                       {IssueStatus::Closed, "closed"}}};
};

// 问题 (a line of the 问题台账).
struct Issue {
    static constexpr RecordType kType = RecordType::Issue;

    std::string projectId;
    std::string visitId; // empty when not raised during a visit
    IssueSource source = IssueSource::Visit;
    IssueCategory category = IssueCategory::Technical;
    IssueSeverity severity = IssueSeverity::Minor;
    std::string title;
    std::string description;
    Timestamp raisedAt;
    bool solvedOnSite = false;
    std::string owner;          // user id responsible for the solution
    std::optional<Date> dueDate;
    IssueStatus status = IssueStatus::Open;
    std::string resolution;
    bool customerConfirmed = false; // 客户满意确认

    static constexpr auto fields()
    {
        return std::tuple{field("projectId", &Issue::projectId),     field("visitId", &Issue::visitId),
                          field("source", &Issue::source),           field("category", &Issue::category),
                          field("severity", &Issue::severity),       field("title", &Issue::title),
                          field("description", &Issue::description), field("raisedAt", &Issue::raisedAt),
                          field("solvedOnSite", &Issue::solvedOnSite), field("owner", &Issue::owner),
                          field("dueDate", &Issue::dueDate),         field("status", &Issue::status),
                          field("resolution", &Issue::resolution),
                          field("customerConfirmed", &Issue::customerConfirmed)};
    }
    bool operator==(const Issue&) const = default;
};

void checkRules(const Issue& issue, const std::string& path, Problems& out);

} // namespace fv
