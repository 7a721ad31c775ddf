#include "admin/demo_data.h"

#include "domain/customer.h"
#include "domain/issue.h"
#include "domain/project.h"
#include "domain/visit.h"
#include "json/codec.h"
#include "storage/account_store.h"
#include "util/error.h"

#include <array>

namespace fv::server {
namespace {

using std::chrono::days;

Date shift(Date day, int by) { return Date{std::chrono::year_month_day{std::chrono::sys_days(day.ymd) + days(by)}}; }

Timestamp at(Date day, int hourUtc) { return {(std::chrono::sys_days(day.ymd).time_since_epoch() + std::chrono::hours(hourUtc)) / std::chrono::milliseconds(1)}; }

template <class Body>
void add(ImportPlan& plan, const std::string& id, const Body& body)
{
    plan.records.push_back({0, id, Body::kType, encode(body)});
}

struct DemoProject {
    const char* contract;
    const char* name;
    const char* customer;
    const char* address;
    ProjectPhase phase;
};

constexpr std::array kProjects{
    DemoProject{"HT-2026-0815", "MES 系统实施项目", "华东精密制造有限公司", "上海市浦东新区张江路 88 号", ProjectPhase::Implementation},
    DemoProject{"HT-2025-1102", "仓储管理系统升级", "苏州新材料股份公司", "苏州工业园区星湖街 328 号", ProjectPhase::TrialRun},
    DemoProject{"HT-2025-0420", "质量追溯平台", "杭州智能装备集团", "杭州市滨江区江南大道 1000 号", ProjectPhase::AfterSales},
};

struct DemoVisit {
    int project;
    int dayOffset;
    VisitKind kind;
    VisitMethod method;
    VisitStatus status;
    const char* runningStatus;
    const char* customerWords;
};

constexpr std::array kVisits{
    DemoVisit{0, 0, VisitKind::InProgress, VisitMethod::OnSite, VisitStatus::Planned, "", ""},
    DemoVisit{1, 0, VisitKind::TrialRunSupport, VisitMethod::OnSite, VisitStatus::Planned, "", ""},
    DemoVisit{2, 0, VisitKind::Periodic, VisitMethod::Phone, VisitStatus::Planned, "", ""},
    DemoVisit{0, -3, VisitKind::InProgress, VisitMethod::OnSite, VisitStatus::Planned, "", ""},
    DemoVisit{2, -1, VisitKind::Periodic, VisitMethod::OnSite, VisitStatus::Completed, "系统运行稳定，日均追溯查询 3,000 次。",
              "“追溯报表很好用，希望能导出 Excel。”"},
    DemoVisit{1, -2, VisitKind::TrialRunSupport, VisitMethod::OnSite, VisitStatus::Submitted, "入库扫码偶有延迟，已现场调优。",
              "“比以前手工记账快多了。”"},
    DemoVisit{0, 2, VisitKind::InProgress, VisitMethod::Online, VisitStatus::Planned, "", ""},
    DemoVisit{1, 5, VisitKind::CloseOut, VisitMethod::OnSite, VisitStatus::Planned, "", ""},
};

Visit visitOf(const DemoVisit& v, const std::string& projectId, Date today)
{
    Visit visit;
    visit.projectId = projectId;
    visit.kind = v.kind;
    visit.method = v.method;
    visit.status = v.status;
    visit.assignee = "demo";
    visit.plannedDate = shift(today, v.dayOffset);
    visit.plannedStart = at(visit.plannedDate, 1); // 09:00 in China
    visit.location.address = kProjects[std::size_t(v.project)].address;
    visit.runningStatus = v.runningStatus;
    visit.customerWords = v.customerWords;
    if (v.status != VisitStatus::Planned) {
        visit.actualStart = at(visit.plannedDate, 1);
        visit.actualEnd = at(visit.plannedDate, 3);
        visit.satisfaction = {{SatisfactionDimension::ServiceAttitude, 5, "响应及时"},
                              {SatisfactionDimension::TechnicalSupport, 4, ""}};
    }
    return visit;
}

void addProjects(ImportPlan& plan)
{
    for (const auto& p : kProjects) {
        Customer customer;
        customer.name = p.customer;
        customer.address = p.address;
        customer.importance = CustomerImportance::Key;
        customer.contacts = {{derivedId("contact", std::string(p.customer) + "/王丽"), "王丽", "信息部经理", "13800138000", ""}};
        add(plan, derivedId("customer", p.customer), customer);
        Project project;
        project.contractNo = p.contract;
        project.name = p.name;
        project.customerId = derivedId("customer", p.customer);
        project.leadId = "office";
        project.team = {{"demo", "张伟", "实施人员"}};
        project.phase = p.phase;
        add(plan, derivedId("project", p.contract), project);
    }
}

} // namespace

ImportPlan demoRecords(Date today)
{
    ImportPlan plan;
    addProjects(plan);
    for (std::size_t i = 0; i < kVisits.size(); ++i) {
        const auto projectId = derivedId("project", kProjects[std::size_t(kVisits[i].project)].contract);
        const auto visitId = derivedId("demo-visit", std::to_string(i));
        add(plan, visitId, visitOf(kVisits[i], projectId, today));
        if (kVisits[i].status == VisitStatus::Completed) {
            Issue issue;
            issue.projectId = projectId;
            issue.visitId = visitId;
            issue.title = "追溯报表导出 Excel";
            issue.description = "客户希望追溯报表可导出为 Excel 文件。";
            issue.category = IssueCategory::RequirementChange;
            issue.severity = IssueSeverity::General;
            issue.raisedAt = at(shift(today, kVisits[i].dayOffset), 2);
            add(plan, derivedId("demo-issue", std::to_string(i)), issue);
        }
    }
    return plan;
}

void ensureDemoUsers(AccountStore& accounts, const ImportPlan& plan)
{
    for (const auto& user : {User{"demo", "张伟", Role::FieldStaff}, User{"office", "项目管理部", Role::BackOffice}}) {
        try {
            accounts.createUser(user, kDemoPassword);
        } catch (const Error& error) {
            if (error.code() != "user_exists") throw; // seeding again is fine; anything else is not
        }
    }
    for (const auto& record : plan.records)
        if (record.type == RecordType::Project) accounts.assignProject("demo", record.id);
}

} // namespace fv::server
