#include "app/demo_data.h"

#include "models/qt_dates.h"
#include "store/sync_ledger.h"
#include "util/uuid.h"

#include <QDateTime>
#include <QTime>
#include <chrono>

namespace fv::app {
namespace {

// Collects records as the server would send them: version 1, written by the back office.
class DemoPage {
public:
    explicit DemoPage(Timestamp at) : m_at(at) {}

    template <class Body> std::string add(const Body& body)
    {
        RawRecord record;
        record.meta = {newUuidV7(), Body::kType, 1, m_at, m_at, "zhangwei", "server", false};
        record.fields = encode(body);
        m_page.records.push_back(record);
        return record.meta.id;
    }

    PullResponse page() const
    {
        PullResponse page = m_page;
        page.nextCursor = std::int64_t(page.records.size());
        return page;
    }

private:
    Timestamp m_at;
    PullResponse m_page;
};

Timestamp at(QDate day, int hour, int minute)
{
    return Timestamp{QDateTime(day, QTime(hour, minute)).toMSecsSinceEpoch()};
}

Customer customer(const char* name, const char* address, CustomerImportance importance)
{
    Customer c;
    c.name = name;
    c.address = address;
    c.importance = importance;
    return c;
}

Project project(const char* contractNo, const char* name, const std::string& customerId, ProjectPhase phase,
                const std::string& userId)
{
    Project p;
    p.contractNo = contractNo;
    p.name = name;
    p.customerId = customerId;
    p.leadId = "zhangwei";
    p.team = {{"zhangwei", "张伟", "项目负责人"}, {userId, "刘洋", "实施人员"}};
    p.phase = phase;
    return p;
}

struct VisitPlan {
    std::string projectId;
    VisitKind kind;
    VisitMethod method;
    VisitStatus status;
    QDate day;
    int hour = -1; // no planned time
    const char* address = "";
};

Visit visit(const VisitPlan& plan, const std::string& assignee)
{
    Visit v;
    v.projectId = plan.projectId;
    v.kind = plan.kind;
    v.method = plan.method;
    v.status = plan.status;
    v.assignee = assignee;
    v.plannedDate = fromQDate(plan.day);
    if (plan.hour >= 0) v.plannedStart = at(plan.day, plan.hour, 30);
    v.location.address = plan.address;
    if (plan.status != VisitStatus::Planned && plan.status != VisitStatus::Cancelled) {
        v.actualStart = at(plan.day, plan.hour >= 0 ? plan.hour : 10, 40);
        if (plan.status != VisitStatus::InProgress)
            v.actualEnd = at(plan.day, (plan.hour >= 0 ? plan.hour : 10) + 2, 5);
    }
    return v;
}

Issue issue(const std::string& projectId, const std::string& visitId, IssueSeverity severity, IssueStatus status,
            const char* title, QDate raised)
{
    Issue i;
    i.projectId = projectId;
    i.visitId = visitId;
    i.source = visitId.empty() ? IssueSource::CustomerCall : IssueSource::Visit;
    i.category = IssueCategory::Technical;
    i.severity = severity;
    i.status = status;
    i.title = title;
    i.raisedAt = at(raised, 11, 0);
    if (status != IssueStatus::Open) {
        i.owner = "zhangwei";
        i.dueDate = fromQDate(raised.addDays(7));
    }
    return i;
}

// The key customer, with the people the field staff deal with.
Customer eastCustomer()
{
    Customer c = customer("华东精密制造有限公司", "上海市浦东新区张江路 88 号", CustomerImportance::Key);
    c.contacts = {{newUuidV7(), "王建国", "生产部经理", "139 0211 3456", "wangjg@hdjm.com.cn"},
                  {newUuidV7(), "陈静", "信息中心主管", "021-5080 1122", "chenjing@hdjm.com.cn"},
                  {newUuidV7(), "赵磊", "质量部工程师", "137 6102 8890", ""}};
    c.leadershipGroup = {{newUuidV7(), "孙卫东", "副总经理（项目领导小组组长）", "", ""}};
    return c;
}

// The project the project screen is shown with: a full work plan, partly late.
Project mesProject(const std::string& customerId, const std::string& userId, QDate today)
{
    Project p = project("HT-2026-0815", "MES 系统实施项目", customerId, ProjectPhase::Implementation, userId);
    p.scope = "生产执行系统一期：生产计划、车间报工、质量管理、仓储接口，覆盖总装与机加两个车间";
    p.team.push_back({"wangfang", "王芳", "实施顾问"});
    p.team.push_back({"zhoujie", "周杰", "开发工程师"});
    p.keyDates.contractSigned = fromQDate(today.addDays(-150));
    p.keyDates.implementationNotice = fromQDate(today.addDays(-148));
    const auto milestone = [&](const char* name, int planned, std::optional<int> actual, const char* note) {
        return Milestone{newUuidV7(), name, fromQDate(today.addDays(planned)),
                         actual ? std::optional(fromQDate(today.addDays(*actual))) : std::nullopt, note};
    };
    p.milestones = {milestone("项目启动会", -140, -140, ""),
                    milestone("需求调研完成", -110, -104, "客户生产部调整排班，调研延后六天"),
                    milestone("蓝图方案确认", -80, -81, ""),
                    milestone("系统上线（总装车间）", -25, -21, "等待现场网络改造"),
                    milestone("用户培训完成", -5, std::nullopt, "机加车间操作员培训尚余两场"),
                    milestone("阶段验收", 20, std::nullopt, "")};
    return p;
}

// A handwritten name, as the pad samples it: a few strokes across the pad.
std::vector<Stroke> demoStrokes()
{
    std::vector<Stroke> strokes;
    for (int s = 0; s < 3; ++s) {
        Stroke stroke;
        for (int i = 0; i < 12; ++i)
            stroke.points.push_back({60.0 + s * 150 + i * 10, 120.0 + ((i * 37 + s * 11) % 50) - 25,
                                     std::int64_t(s * 900 + i * 30), 0.5});
        strokes.push_back(stroke);
    }
    return strokes;
}

Signature signature(const std::string& projectId, RecordType documentType, const std::string& documentId,
                    SignerSide side, const char* signer, const char* role, Timestamp signedAt)
{
    Signature s;
    s.projectId = projectId;
    s.documentType = documentType;
    s.documentId = documentId;
    s.side = side;
    s.signerName = signer;
    s.signerRole = role;
    s.signedAt = signedAt;
    s.padWidth = 600;
    s.padHeight = 240;
    s.strokes = demoStrokes();
    s.contentSha256 = std::string(64, 'a');
    s.imageSha256 = std::string(64, 'b');
    return s;
}

// The MES project's history: earlier visits signed by the customer (one
// signature void since the record was corrected), issues old and new, and a
// stage acceptance report waiting for its signatures.
void addMesHistory(DemoPage& page, const std::string& mes, const std::string& doneVisit, const std::string& userId,
                   QDate today)
{
    using K = VisitKind;
    using M = VisitMethod;
    using S = VisitStatus;
    const QDate startDay = today.addDays(-30), firstDay = today.addDays(-16);
    const auto startUp =
        page.add(visit({mes, K::StartUp, M::OnSite, S::Reviewed, startDay, 9, "上海市浦东新区张江路 88 号"}, userId));
    const auto first =
        page.add(visit({mes, K::First, M::OnSite, S::Reviewed, firstDay, 14, "上海市浦东新区张江路 88 号 3 号楼"}, userId));
    page.add(visit({mes, K::Periodic, M::Phone, S::Planned, today.addDays(12)}, userId));

    const auto customerSigns = [&](const std::string& visitId, QDate day, bool voided) {
        auto s = signature(mes, RecordType::Visit, visitId, SignerSide::Customer, "王建国", "生产部经理", at(day, 11, 20));
        s.voided = voided;
        if (voided) s.voidReason = "签字后修改了运行情况记录，需要客户重新签字";
        page.add(s);
    };
    customerSigns(startUp, startDay, false);
    page.add(signature(mes, RecordType::Visit, startUp, SignerSide::Company, "张伟", "项目负责人", at(startDay, 11, 25)));
    customerSigns(first, firstDay, true);
    customerSigns(doneVisit, today.addDays(-1), false);

    Acceptance stage;
    stage.projectId = mes;
    stage.title = "MES 一期阶段验收（总装车间）";
    stage.deliverables = {{newUuidV7(), "总装车间报工系统上线", fromQDate(today.addDays(-21)), "现场部署", true},
                          {newUuidV7(), "用户操作手册", fromQDate(today.addDays(-10)), "纸质 + 电子版", false}};
    stage.customerOpinion = "总装车间报工运行稳定；操作手册缺少质检模块章节，补充后确认验收。";
    stage.rectifications = {{newUuidV7(), "补充质检模块操作手册章节", fromQDate(today.addDays(7)), false}};
    stage.result = AcceptanceResult::NeedsRectification;
    page.add(stage);

    auto overdue = issue(mes, first, IssueSeverity::General, IssueStatus::InProgress, "质检数据同步到 ERP 延迟",
                         today.addDays(-12));
    overdue.category = IssueCategory::Quality;
    overdue.dueDate = fromQDate(today.addDays(-4));
    page.add(overdue);
    auto solved = issue(mes, startUp, IssueSeverity::Minor, IssueStatus::Closed, "标签打印机驱动不兼容", startDay);
    solved.resolution = "更换为厂商新版驱动";
    solved.customerConfirmed = true;
    page.add(solved);
    auto change = issue(mes, {}, IssueSeverity::General, IssueStatus::Open, "增加按班组汇总的产量看板", today.addDays(-3));
    change.category = IssueCategory::RequirementChange;
    page.add(change);
}

struct DemoProjects {
    std::string mes, wms, logistics, tracing;
};

DemoProjects addProjects(DemoPage& page, const std::string& userId, QDate today)
{
    const auto east = page.add(eastCustomer());
    const auto suzhou =
        page.add(customer("苏州新材料股份有限公司", "苏州工业园区星湖街 328 号", CustomerImportance::Important));
    const auto hangzhou =
        page.add(customer("杭州智联物流有限公司", "杭州市余杭区文一西路 969 号", CustomerImportance::Normal));
    const auto nanjing =
        page.add(customer("南京康安医疗器械有限公司", "南京市江宁区胜太路 68 号", CustomerImportance::Important));
    const auto ningbo = page.add(customer("宁波港城化工有限公司", "宁波市北仑区新碶街道", CustomerImportance::Normal));
    DemoProjects p;
    p.mes = page.add(mesProject(east, userId, today));
    p.wms = page.add(project("HT-2025-1102", "WMS 仓储管理系统", suzhou, ProjectPhase::AfterSales, userId));
    p.logistics = page.add(project("HT-2026-0307", "智能物流调度平台", hangzhou, ProjectPhase::TrialRun, userId));
    p.tracing = page.add(project("HT-2026-0521", "医疗器械追溯系统", nanjing, ProjectPhase::Acceptance, userId));
    page.add(project("HT-2024-0611", "化工安全巡检系统", ningbo, ProjectPhase::Closed, userId));
    return p;
}

// Returns the id of today's first visit, which the user then starts locally.
std::string addVisitsAndIssues(DemoPage& page, const DemoProjects& p, const std::string& userId, QDate today)
{
    using K = VisitKind;
    using M = VisitMethod;
    using S = VisitStatus;
    const auto first = page.add(
        visit({p.mes, K::Periodic, M::OnSite, S::Planned, today, 9, "上海市浦东新区张江路 88 号 3 号楼"}, userId));
    page.add(visit({p.logistics, K::TrialRunSupport, M::OnSite, S::Planned, today, 14, "杭州市余杭区文一西路 969 号"},
                   userId));
    page.add(visit({p.wms, K::Special, M::Phone, S::Planned, today}, userId));
    page.add(
        visit({p.tracing, K::First, M::OnSite, S::Planned, today.addDays(-3), 10, "南京市江宁区胜太路 68 号"}, userId));
    page.add(
        visit({p.wms, K::Periodic, M::OnSite, S::Returned, today.addDays(-6), 9, "苏州工业园区星湖街 328 号"}, userId));
    const auto done = page.add(visit(
        {p.mes, K::InProgress, M::OnSite, S::Completed, today.addDays(-1), 9, "上海市浦东新区张江路 88 号"}, userId));
    page.add(visit({p.logistics, K::First, M::Online, S::Submitted, today.addDays(-4), 15}, userId));
    page.add(visit({p.wms, K::Periodic, M::OnSite, S::Reviewed, today.addDays(-9), 10, "苏州工业园区星湖街 328 号"},
                   userId));
    page.add(visit({p.mes, K::Special, M::OnSite, S::Planned, today, 10, "上海市浦东新区张江路 88 号"}, "zhangwei"));
    page.add(visit({p.tracing, K::InProgress, M::OnSite, S::Cancelled, today, 16}, userId));

    page.add(issue(p.mes, done, IssueSeverity::General, IssueStatus::Open, "报表导出超时", today.addDays(-1)));
    page.add(
        issue(p.mes, done, IssueSeverity::Minor, IssueStatus::InProgress, "扫码枪偶发识别失败", today.addDays(-1)));
    addMesHistory(page, p.mes, done, userId, today);
    page.add(
        issue(p.logistics, {}, IssueSeverity::General, IssueStatus::Open, "调度看板夜间刷新慢", today.addDays(-2)));
    page.add(
        issue(p.tracing, {}, IssueSeverity::Major, IssueStatus::Open, "追溯码与 ERP 批次不一致", today.addDays(-5)));
    return first;
}

// The visit record as filled in on site so far (《项目回访记录表》): who came,
// what was found, most of the satisfaction survey.
void fillVisitRecord(Visit& v)
{
    v.visitors = {{newUuidV7(), "刘洋", "实施工程师", "138 1234 5678", ""}};
    v.customerAttendees = {{newUuidV7(), "王建国", "生产部经理", "139 0211 3456", ""},
                           {newUuidV7(), "陈静", "信息中心主管", "021-5080 1122", ""}};
    v.runningStatus = "MES 一期已在总装车间上线三周，工单下达、报工和质检模块运行正常；"
                      "早班交接时报工终端偶有卡顿，约 5 秒后恢复。";
    v.needsChanges = "希望在报工界面增加按班组汇总的当日产量看板。";
    v.potentialNeeds = "明年计划扩建二号厂房，考虑将 MES 推广到机加车间，并与 WMS 打通。";
    v.competitorInfo = "客户提到某友商报价较低，但其方案不支持离线报工。";
    v.customerWords = "“系统比原来的纸质报工快多了，就是交接班那几分钟有点卡，希望尽快解决。”";
    v.solvedOnSite = "重新配置了车间打印机驱动，标签打印恢复正常。";
    using D = SatisfactionDimension;
    v.satisfaction = {{D::ProjectQuality, 4, "功能满足生产需要，偶有卡顿"},
                      {D::ServiceAttitude, 5, "响应及时，现场工程师耐心"},
                      {D::TechnicalSupport, 3, ""}};
}

// What the user did before the screenshot: started today's first visit, filled
// in most of its record, and raised an issue in it.
void addLocalEdits(LocalStore& store, const std::string& projectId, const std::string& visitId, QDate today)
{
    auto started = store.get<Visit>(visitId);
    started->body.status = VisitStatus::InProgress;
    started->body.actualStart = at(today, 9, 36);
    fillVisitRecord(started->body);
    store.save(*started);

    Record<Issue> raised;
    raised.meta.type = RecordType::Issue;
    raised.body = issue(projectId, visitId, IssueSeverity::Minor, IssueStatus::Open, "打印模板错位", today);
    raised.body.category = IssueCategory::Quality;
    raised.body.description = "出库单打印时右侧金额栏被截断。";
    store.save(raised);

    Record<Issue> slow;
    slow.meta.type = RecordType::Issue;
    slow.body = issue(projectId, visitId, IssueSeverity::General, IssueStatus::Open, "交接班时报工终端卡顿", today);
    slow.body.description = "每天 8:00 和 20:00 前后约 5 分钟，报工提交需等待 5–10 秒。";
    store.save(slow);
}

} // namespace

DemoRecords writeDemoData(LocalStore& store, const std::string& userId, QDate today)
{
    const auto now = Timestamp::now();
    DemoPage page(Timestamp{now.msSinceEpoch - 2 * 24 * 3600 * 1000LL});
    const auto projects = addProjects(page, userId, today);
    const auto firstVisit = addVisitsAndIssues(page, projects, userId, today);
    SyncLedger ledger(store);
    ledger.deviceId(); // fixed before the local edits, as on a real first sync
    ledger.applyPage(page.page());
    ledger.recordSuccess(Timestamp{now.msSinceEpoch - 12 * 60 * 1000LL});
    addLocalEdits(store, projects.mes, firstVisit, today);
    return {firstVisit};
}

} // namespace fv::app
