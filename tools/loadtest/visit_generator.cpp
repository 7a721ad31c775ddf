#include "visit_generator.h"

#include "domain/visit.h"
#include "util/uuid.h"

#include <array>
#include <chrono>

namespace fv::loadtest {
namespace {

constexpr std::array kRunning = {
    "系统运行稳定，日均处理工单 1,200 张。",  "二号产线偶有卡顿，重启后恢复正常。",
    "仓储模块已全面启用，库存准确率 99.2%。", "质量模块试运行中，数据录入量偏少。",
    "夜班报工延迟约五分钟，需要排查网络。",
};
constexpr std::array kWords = {
    "“上线以后车间报工快多了，就是报表导出有点慢。”",
    "“希望下个月能把设备联网一起做了。”",
    "“操作界面比原来清楚，老师傅也学得会。”",
    "“月底结账时系统有点慢，其他都挺好。”",
};
constexpr std::array kSolved = {
    "调整了报表缓存参数。",
    "重新配置了扫码枪的编码格式。",
    "为班组长补充培训了质检流程。",
    "",
};
constexpr std::array kAddresses = {
    "上海市浦东新区张江路 88 号 3 号楼",
    "苏州工业园区星湖街 218 号",
    "杭州市滨江区江南大道 1588 号",
};

Timestamp at(std::chrono::sys_days day, int minutes)
{
    const auto time = std::chrono::sys_time<std::chrono::minutes>(day) + std::chrono::minutes(minutes);
    return Timestamp{std::chrono::duration_cast<std::chrono::milliseconds>(time.time_since_epoch()).count()};
}

template <std::size_t N>
const char* pick(const std::array<const char*, N>& texts, std::int64_t n, int salt)
{
    return texts[std::size_t((n * 7 + salt) % std::int64_t(N))];
}

} // namespace

Json visitFields(const std::string& projectId, const std::string& assignee, std::int64_t n)
{
    using namespace std::chrono;
    const sys_days day = sys_days(year(2026) / November / 2) + days(n % 28);
    Visit v;
    v.projectId = projectId;
    v.kind = n % 3 == 0 ? VisitKind::Periodic : VisitKind::InProgress;
    v.method = VisitMethod::OnSite;
    v.status = VisitStatus::Completed;
    v.assignee = assignee;
    v.plannedDate = Date{year_month_day(day)};
    v.plannedStart = at(day, 90);
    v.actualStart = at(day, 102 + int(n % 20));
    v.actualEnd = at(day, 185 + int(n % 40));
    v.location = {pick(kAddresses, n, 0), std::nullopt};
    v.runningStatus = pick(kRunning, n, 1);
    v.customerWords = pick(kWords, n, 2);
    v.solvedOnSite = pick(kSolved, n, 3);
    return encode(v);
}

double meanFieldsBytes(int samples)
{
    const std::string projectId = newUuidV7();
    double total = 0;
    for (int n = 0; n < samples; ++n) total += double(visitFields(projectId, "staff01", n).dump().size());
    return total / samples;
}

PushMutation createVisit(std::int64_t seq, const std::string& projectId, const std::string& assignee)
{
    const Json fields = visitFields(projectId, assignee, seq);
    return {seq, Mutation{newUuidV7(), RecordType::Visit, MutationOp::Create, 0, diffFields(Json::object(), fields)}};
}

std::vector<PushMutation> createVisits(std::int64_t firstSeq, int count, const std::string& projectId,
                                       const std::string& assignee)
{
    std::vector<PushMutation> mutations;
    mutations.reserve(std::size_t(count));
    for (int i = 0; i < count; ++i) mutations.push_back(createVisit(firstSeq + i, projectId, assignee));
    return mutations;
}

std::string pushBody(const std::string& deviceId, const std::vector<PushMutation>& mutations)
{
    return encode(PushRequest{deviceId, mutations}).dump();
}

} // namespace fv::loadtest
