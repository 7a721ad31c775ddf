#include "store/store_queries.h"

#include "json/record_json.h"
#include <algorithm>

namespace fv::app {

std::vector<ProjectSummary> StoreQueries::activeProjects()
{
    const auto customers = customerNames();
    const auto openIssues = openIssuesByProject();
    std::vector<ProjectSummary> summaries;
    for (auto& record : projects()) {
        if (record.body.phase == ProjectPhase::Closed) continue;
        const auto customer = customers.find(record.body.customerId);
        const auto issues = openIssues.find(record.meta.id);
        summaries.push_back({record.meta.id, std::move(record.body),
                             customer == customers.end() ? std::string() : customer->second,
                             issues == openIssues.end() ? 0 : issues->second});
    }
    std::stable_sort(summaries.begin(), summaries.end(), [](const auto& a, const auto& b) {
        return a.openIssues != b.openIssues ? a.openIssues > b.openIssues : a.project.name < b.project.name;
    });
    return summaries;
}

std::map<std::string, ProjectNames> StoreQueries::projectNames()
{
    const auto customers = customerNames();
    std::map<std::string, ProjectNames> names;
    for (const auto& record : projects()) {
        const auto customer = customers.find(record.body.customerId);
        names[record.meta.id] = {record.body.name, customer == customers.end() ? std::string() : customer->second};
    }
    return names;
}

std::map<std::string, int> StoreQueries::openIssuesByProject()
{
    auto statement =
        m_store.database().prepare("SELECT project_id, COUNT(*) FROM records WHERE type = 'issue' AND deleted = 0 "
                                   "AND status IN ('open', 'in_progress') GROUP BY project_id");
    std::map<std::string, int> counts;
    while (statement.step()) counts[statement.columnText(0)] = static_cast<int>(statement.columnInt(1));
    return counts;
}

std::vector<Record<Attachment>> StoreQueries::attachmentsOf(const std::string& projectId, const std::string& ownerId)
{
    auto statement = m_store.database().prepare(
        "SELECT id, fields FROM records WHERE project_id = ? AND type = 'attachment' AND deleted = 0 "
        "AND json_extract(fields, '$.ownerId') = ? ORDER BY id");
    statement.bindAll(projectId, ownerId);
    return typed<Attachment>(rawRows(statement, RecordType::Attachment));
}

std::vector<Record<Project>> StoreQueries::projects()
{
    auto statement =
        m_store.database().prepare("SELECT id, fields FROM records WHERE type = 'project' AND deleted = 0 ORDER BY id");
    return typed<Project>(rawRows(statement, RecordType::Project));
}

std::vector<RawRecord> StoreQueries::rawOfProject(RecordType type, const std::string& projectId)
{
    auto statement = m_store.database().prepare(
        "SELECT id, fields FROM records WHERE type = ? AND project_id = ? AND deleted = 0 ORDER BY id");
    statement.bindAll(std::string(toString(type)), projectId);
    return rawRows(statement, type);
}

std::vector<RawRecord> StoreQueries::rawRows(sqlite::Statement& statement, RecordType type)
{
    std::vector<RawRecord> records;
    while (statement.step()) {
        RawRecord raw;
        raw.meta.id = statement.columnText(0);
        raw.meta.type = type;
        raw.fields = Json::parse(statement.columnText(1));
        records.push_back(std::move(raw));
    }
    return records;
}

std::map<std::string, std::string> StoreQueries::customerNames()
{
    auto statement = m_store.database().prepare(
        "SELECT id, json_extract(fields, '$.name') FROM records WHERE type = 'customer' AND deleted = 0");
    std::map<std::string, std::string> names;
    while (statement.step()) names[statement.columnText(0)] = statement.columnText(1);
    return names;
}

} // namespace fv::app
