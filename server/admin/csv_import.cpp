#include "admin/csv_import.h"

#include "domain/customer.h"
#include "domain/project.h"
#include "json/codec.h"
#include "util/sha256.h"
#include "util/uuid.h"

#include <array>

namespace fv::server {
namespace {

template <class E, std::size_t N>
std::optional<E> parseChoice(const std::string& text, const std::array<std::pair<std::string_view, E>, N>& chinese)
{
    if (const auto value = enumFromString<E>(text)) return value;
    for (const auto& [name, value] : chinese)
        if (name == text) return value;
    return std::nullopt;
}

constexpr std::array<std::pair<std::string_view, CustomerImportance>, 3> kImportance{
    {{"重点", CustomerImportance::Key}, {"重要", CustomerImportance::Important}, {"一般", CustomerImportance::Normal}}};

constexpr std::array<std::pair<std::string_view, ProjectPhase>, 8> kPhases{
    {{"启动", ProjectPhase::StartUp}, {"调研", ProjectPhase::Survey}, {"实施", ProjectPhase::Implementation},
     {"交付", ProjectPhase::Delivery}, {"验收", ProjectPhase::Acceptance}, {"磨合期", ProjectPhase::TrialRun},
     {"售后", ProjectPhase::AfterSales}, {"关闭", ProjectPhase::Closed}}};

std::string at(const CsvRow& row, const std::string& column) { return "line " + std::to_string(row.line) + ": " + column; }

std::optional<Date> optionalDate(const CsvRow& row, const char* column, Problems& problems)
{
    const auto text = row.get(column);
    if (text.empty()) return std::nullopt;
    if (const auto date = Date::parse(text)) return date;
    problems.push_back({at(row, column), "must be a date like 2026-03-31"});
    return std::nullopt;
}

// Adds the body if it passes its rules; otherwise its problems, by line.
template <class Body>
void plan(ImportPlan& out, const CsvRow& row, std::string id, const Body& body, Problems rowProblems)
{
    for (const auto& p : validate(body)) rowProblems.push_back({at(row, p.path), p.message});
    if (!rowProblems.empty()) {
        out.problems.insert(out.problems.end(), rowProblems.begin(), rowProblems.end());
        return;
    }
    out.records.push_back({row.line, std::move(id), Body::kType, encode(body)});
}

} // namespace

std::string derivedId(std::string_view kind, std::string_view naturalKey)
{
    std::string hex = sha256Hex("fieldvisit:" + std::string(kind) + ":" + std::string(naturalKey)).substr(0, 32);
    hex[12] = '8';                                   // version 8: custom (RFC 9562)
    hex[16] = "89ab"[std::stoi(hex.substr(16, 1), nullptr, 16) & 3]; // RFC 4122 variant
    return hex.substr(0, 8) + "-" + hex.substr(8, 4) + "-" + hex.substr(12, 4) + "-" + hex.substr(16, 4) + "-" +
           hex.substr(20, 12);
}

ImportPlan customersFromCsv(const std::vector<CsvRow>& rows)
{
    ImportPlan out;
    for (const auto& row : rows) {
        Problems problems;
        Customer customer;
        customer.name = row.get("name");
        customer.address = row.get("address");
        const auto importance = row.get("importance");
        if (const auto value = parseChoice(importance.empty() ? "normal" : importance, kImportance))
            customer.importance = *value;
        else
            problems.push_back({at(row, "importance"), "must be key, important or normal (重点, 重要, 一般)"});
        if (!row.get("contact_name").empty())
            customer.contacts.push_back({derivedId("contact", customer.name + "/" + row.get("contact_name")),
                                         row.get("contact_name"), row.get("contact_role"), row.get("contact_phone"),
                                         row.get("contact_email")});
        plan(out, row, derivedId("customer", customer.name), customer, std::move(problems));
    }
    return out;
}

ImportPlan projectsFromCsv(const std::vector<CsvRow>& rows)
{
    ImportPlan out;
    for (const auto& row : rows) {
        Problems problems;
        Project project;
        project.contractNo = row.get("contract_no");
        if (project.contractNo.empty()) problems.push_back({at(row, "contract_no"), "must not be empty"});
        project.name = row.get("name");
        project.customerId = derivedId("customer", row.get("customer"));
        project.scope = row.get("scope");
        project.leadId = row.get("lead");
        const auto phase = row.get("phase");
        if (const auto value = parseChoice(phase.empty() ? "start_up" : phase, kPhases)) project.phase = *value;
        else problems.push_back({at(row, "phase"), "must be a project phase such as implementation or 实施"});
        project.keyDates.contractSigned = optionalDate(row, "contract_signed", problems);
        project.keyDates.accepted = optionalDate(row, "accepted", problems);
        plan(out, row, derivedId("project", project.contractNo), project, std::move(problems));
    }
    return out;
}

ImportSummary importRecords(SyncStore& store, const ImportPlan& plan)
{
    const User admin{"admin-import", "import", Role::Admin};
    // Sequences must grow across runs for the device ledger: time-based.
    std::int64_t seq = Timestamp::now().msSinceEpoch * 1000;
    ImportSummary summary;
    PushRequest request{"admin-import", {}};
    for (const auto& record : plan.records) {
        const auto current = store.record(record.id);
        auto changes = diffFields(current ? current->fields : Json::object(), record.fields);
        if (current && changes.empty()) {
            ++summary.unchanged;
            continue;
        }
        request.mutations.push_back({++seq, {record.id, record.type, current ? MutationOp::Update : MutationOp::Create,
                                             current ? current->meta.version : 0, std::move(changes)}});
    }
    const auto answers = store.push(admin, request).response.results;
    for (std::size_t i = 0; i < answers.size(); ++i) {
        const bool created = request.mutations[i].mutation.op == MutationOp::Create;
        if (isAccepted(answers[i].status)) ++(created ? summary.created : summary.updated);
        for (const auto& p : answers[i].problems) summary.refused.push_back({answers[i].recordId + " " + p.path, p.message});
    }
    return summary;
}

} // namespace fv::server
