#include "sample_records.h"

#include "util/sha256.h"
#include "util/uuid.h"

namespace fv::test {
namespace {

Timestamp at(const char* iso) { return *Timestamp::parse(iso); }
Date day(const char* iso) { return *Date::parse(iso); }

} // namespace

Customer sampleCustomer()
{
    Customer c;
    c.name = "华东精密制造有限公司";
    c.address = "上海市浦东新区张江路 88 号";
    c.importance = CustomerImportance::Key;
    c.contacts = {{newUuidV7(), "王丽", "信息部经理", "13800138000", "wangli@example.cn"},
                  {newUuidV7(), "李强", "生产主管", "13900139000", ""}};
    c.leadershipGroup = {{newUuidV7(), "陈总", "副总经理", "", ""}};
    return c;
}

Project sampleProject(const std::string& customerId)
{
    Project p;
    p.contractNo = "HT-2026-0815";
    p.name = "MES 系统实施项目";
    p.customerId = customerId;
    p.scope = "生产执行系统一期：计划、质量、仓储模块";
    p.leadId = "zhangwei";
    p.team = {{"zhangwei", "张伟", "项目负责人"}, {"liuyang", "刘洋", "实施人员"}};
    p.phase = ProjectPhase::Implementation;
    p.keyDates.contractSigned = day("2026-03-02");
    p.keyDates.implementationNotice = day("2026-03-04");
    p.milestones = {{newUuidV7(), "需求调研完成", day("2026-04-15"), day("2026-04-18"), "客户延期两天"},
                    {newUuidV7(), "系统上线", day("2026-09-30"), std::nullopt, ""}};
    return p;
}

Visit sampleVisit(const std::string& projectId)
{
    Visit v;
    v.projectId = projectId;
    v.kind = VisitKind::InProgress;
    v.method = VisitMethod::OnSite;
    v.status = VisitStatus::Completed;
    v.assignee = "liuyang";
    v.plannedDate = day("2026-11-30");
    v.plannedStart = at("2026-11-30T01:30:00.000Z");
    v.actualStart = at("2026-11-30T01:42:10.250Z");
    v.actualEnd = at("2026-11-30T03:05:00.000Z");
    v.location = {"上海市浦东新区张江路 88 号 3 号楼", GeoPoint{31.2035, 121.5908, 8.5}};
    v.visitors = {{newUuidV7(), "刘洋", "实施人员", "", ""}};
    v.customerAttendees = {{newUuidV7(), "王丽", "信息部经理", "", ""}};
    v.runningStatus = "系统运行稳定，日均处理工单 1,200 张。";
    v.needsChanges = "希望增加质量追溯报表。";
    v.potentialNeeds = "二期考虑设备联网（IoT）。";
    v.competitorInfo = "某竞品上月来做过演示。";
    v.customerWords = "“上线以后车间报工快多了，就是报表导出有点慢。”";
    v.solvedOnSite = "调整了报表缓存参数。";
    v.satisfaction = {{SatisfactionDimension::ServiceAttitude, 5, "响应及时"},
                      {SatisfactionDimension::ProblemSolving, 2, "报表导出问题拖了两周"}};
    return v;
}

Issue sampleIssue(const std::string& projectId, const std::string& visitId)
{
    Issue i;
    i.projectId = projectId;
    i.visitId = visitId;
    i.source = IssueSource::Visit;
    i.category = IssueCategory::Technical;
    i.severity = IssueSeverity::General;
    i.title = "报表导出超时";
    i.description = "导出 10 万行质量数据时超过 60 秒。";
    i.raisedAt = at("2026-11-30T02:10:00.000Z");
    i.owner = "zhangwei";
    i.dueDate = day("2026-12-07");
    i.status = IssueStatus::InProgress;
    return i;
}

Attachment sampleAttachment(const std::string& projectId, const std::string& ownerId)
{
    Attachment a;
    a.projectId = projectId;
    a.ownerId = ownerId;
    a.kind = AttachmentKind::Photo;
    a.sha256 = sha256Hex("photo bytes");
    a.sizeBytes = 812345;
    a.mimeType = "image/jpeg";
    a.fileName = "车间现场.jpg";
    a.caption = "三号车间报工终端";
    a.takenAt = at("2026-11-30T02:00:00.000Z");
    a.place = Place{"三号车间", GeoPoint{31.2036, 121.5907, std::nullopt}};
    a.thumbnailSha256 = sha256Hex("thumb bytes");
    return a;
}

Signature sampleSignature(const std::string& projectId, const std::string& visitId)
{
    Signature s;
    s.projectId = projectId;
    s.documentType = RecordType::Visit;
    s.documentId = visitId;
    s.side = SignerSide::Customer;
    s.signerName = "王丽";
    s.signerRole = "信息部经理";
    s.signedAt = at("2026-11-30T03:04:00.000Z");
    s.padWidth = 600;
    s.padHeight = 240;
    s.strokes = {{{{10, 20, 0, 0.4}, {12.5, 22, 16, 0.5}, {15, 25.25, 33, std::nullopt}}}, {{{40, 20, 400, 0.6}}}};
    s.contentSha256 = sha256Hex("signed content");
    s.imageSha256 = sha256Hex("png");
    return s;
}

Acceptance sampleAcceptance(const std::string& projectId)
{
    Acceptance a;
    a.projectId = projectId;
    a.title = "MES 一期验收";
    a.deliverables = {{newUuidV7(), "系统安装部署", day("2026-09-30"), "现场部署", true},
                      {newUuidV7(), "用户操作手册", day("2026-10-08"), "纸质 + 电子版", false}};
    a.customerOpinion = "基本满意，手册需补充质量模块章节。";
    a.rectifications = {{newUuidV7(), "补充质量模块操作手册", day("2026-12-15"), false}};
    a.result = AcceptanceResult::NeedsRectification;
    return a;
}

} // namespace fv::test
