#pragma once

#include "domain/common.h"
#include "domain/enum_names.h"
#include "domain/envelope.h"

#include <optional>
#include <string>
#include <vector>

namespace fv {

// 项目阶段, in the order a project lives through them.
enum class ProjectPhase { StartUp, Survey, Implementation, Delivery, Acceptance, TrialRun, AfterSales, Closed };

template <>
struct EnumNames<ProjectPhase> {
    static constexpr EnumTable<ProjectPhase, 8> values{{{ProjectPhase::StartUp, "start_up"},
                                                        {ProjectPhase::Survey, "survey"},
                                                        {ProjectPhase::Implementation, "implementation"},
                                                        {ProjectPhase::Delivery, "delivery"},
                                                        {ProjectPhase::Acceptance, "acceptance"},
                                                        {ProjectPhase::TrialRun, "trial_run"},
                                                        {ProjectPhase::AfterSales, "after_sales"},
                                                        {ProjectPhase::Closed, "closed"}}};
};

// One row of the work plan (工作计划表): planned against actual.
struct Milestone {
    std::string id;
    std::string name;
    Date plannedDate;
    std::optional<Date> actualDate;
    std::string note;

    static constexpr auto fields()
    {
        return std::tuple{field("id", &Milestone::id), field("name", &Milestone::name),
                          field("plannedDate", &Milestone::plannedDate), field("actualDate", &Milestone::actualDate),
                          field("note", &Milestone::note)};
    }
    bool operator==(const Milestone&) const = default;
};

void checkRules(const Milestone& milestone, const std::string& path, Problems& out);

// Someone on the project team, by user id, with the role they play in it.
struct TeamMember {
    std::string userId;
    std::string name;
    std::string role;

    static constexpr auto fields()
    {
        return std::tuple{field("userId", &TeamMember::userId), field("name", &TeamMember::name),
                          field("role", &TeamMember::role)};
    }
    bool operator==(const TeamMember&) const = default;
};

void checkRules(const TeamMember& member, const std::string& path, Problems& out);

// The dates the regulations hang deadlines on (visit schedule, notices).
struct ProjectKeyDates {
    std::optional<Date> contractSigned;
    std::optional<Date> implementationNotice;
    std::optional<Date> accepted;
    std::optional<Date> trialRunEnd;
    std::optional<Date> handover;

    static constexpr auto fields()
    {
        return std::tuple{field("contractSigned", &ProjectKeyDates::contractSigned),
                          field("implementationNotice", &ProjectKeyDates::implementationNotice),
                          field("accepted", &ProjectKeyDates::accepted),
                          field("trialRunEnd", &ProjectKeyDates::trialRunEnd),
                          field("handover", &ProjectKeyDates::handover)};
    }
    bool operator==(const ProjectKeyDates&) const = default;
};

// 项目: a contract delivered to one customer by one team.
struct Project {
    static constexpr RecordType kType = RecordType::Project;

    std::string contractNo;
    std::string name;
    std::string customerId;
    std::string scope;
    std::string leadId;
    std::vector<TeamMember> team;
    ProjectPhase phase = ProjectPhase::StartUp;
    ProjectKeyDates keyDates;
    std::vector<Milestone> milestones;

    static constexpr auto fields()
    {
        return std::tuple{field("contractNo", &Project::contractNo), field("name", &Project::name),
                          field("customerId", &Project::customerId), field("scope", &Project::scope),
                          field("leadId", &Project::leadId),           field("team", &Project::team),
                          field("phase", &Project::phase),             field("keyDates", &Project::keyDates),
                          field("milestones", &Project::milestones)};
    }
    bool operator==(const Project&) const = default;

    // The team member with this user id, or nullptr (someone no longer, or not yet, on the team).
    const TeamMember* member(const std::string& userId) const;
    // How screens name a user of this project: the member's name, else the id as it is.
    std::string memberName(const std::string& userId) const;
};

void checkRules(const Project& project, const std::string& path, Problems& out);

} // namespace fv
