#include "project/project_reads.h"

#include "models/issue_rows.h"
#include "models/qt_dates.h"
#include "store/store_queries.h"

#include <algorithm>
#include <set>
#include <tuple>

namespace fv::app {
namespace {

QString qs(const std::string& text) { return QString::fromStdString(text); }
template <class E> QString wire(E value) { return qs(std::string(toString(value))); }
QDate dateOr(const std::optional<Date>& date) { return date ? toQDate(*date) : QDate(); }

PersonRow personRow(const Person& person, bool lead)
{
    return {qs(person.name), qs(person.role), qs(person.phone), qs(person.email), lead};
}

MilestoneRow milestoneRow(const Milestone& milestone, QDate today)
{
    MilestoneRow row{qs(milestone.name), qs(milestone.note), toQDate(milestone.plannedDate),
                     dateOr(milestone.actualDate)};
    using State = MilestoneRow::State;
    const QDate reachedOrToday = row.actual.isValid() ? row.actual : today;
    row.daysLate = int(std::max<qint64>(0, row.planned.daysTo(reachedOrToday)));
    if (row.actual.isValid())
        row.state = row.daysLate > 0 ? State::Late : State::OnTime;
    else
        row.state = row.daysLate > 0 ? State::Overdue : State::Upcoming;
    return row;
}

// The order an issue list reads best in: what needs doing first.
auto issueOrder(const IssueRow& row, IssueSeverity severity)
{
    const QDate due = row.dueDate.isValid() ? row.dueDate : QDate(9999, 12, 31);
    return std::tuple(!row.open, -int(severity), due, row.title);
}

DocumentRow signatureRow(const Signature& signature, LocalStore& store)
{
    DocumentRow row;
    row.documentType = wire(signature.documentType);
    row.documentId = qs(signature.documentId);
    if (auto visit = store.get<Visit>(signature.documentId)) {
        row.visitKind = wire(visit->body.kind);
        row.visitDate = toQDate(visit->body.plannedDate);
    } else if (auto acceptance = store.get<Acceptance>(signature.documentId)) {
        row.acceptanceTitle = qs(acceptance->body.title);
    }
    row.isSigned = true;
    row.side = wire(signature.side);
    row.signerName = qs(signature.signerName);
    row.signerRole = qs(signature.signerRole);
    row.signedAt = toQDateTime(signature.signedAt);
    row.voided = signature.voided;
    row.voidReason = qs(signature.voidReason);
    return row;
}

} // namespace

std::optional<ProjectHeader> readProjectHeader(LocalStore& store, const std::string& projectId)
{
    const auto project = store.get<Project>(projectId);
    if (!project || project->meta.deleted) return std::nullopt;
    const Project& p = project->body;
    ProjectHeader header{qs(p.name), qs(p.contractNo), qs(p.scope), wire(p.phase), qs(p.customerId)};
    if (const auto customer = store.get<Customer>(p.customerId)) {
        header.customerName = qs(customer->body.name);
        header.customerAddress = qs(customer->body.address);
    }
    header.leadName = p.leadId.empty() ? QString() : qs(p.memberName(p.leadId));
    header.contractSigned = dateOr(p.keyDates.contractSigned);
    header.implementationNotice = dateOr(p.keyDates.implementationNotice);
    header.accepted = dateOr(p.keyDates.accepted);
    header.trialRunEnd = dateOr(p.keyDates.trialRunEnd);
    header.handover = dateOr(p.keyDates.handover);
    return header;
}

std::vector<PersonRow> readContacts(LocalStore& store, const std::string& projectId)
{
    const auto project = store.get<Project>(projectId);
    const auto customer = project ? store.get<Customer>(project->body.customerId) : std::nullopt;
    std::vector<PersonRow> rows;
    if (!customer) return rows;
    for (const auto& person : customer->body.contacts) rows.push_back(personRow(person, false));
    for (const auto& person : customer->body.leadershipGroup) rows.push_back(personRow(person, true));
    return rows;
}

std::vector<PersonRow> readTeam(LocalStore& store, const std::string& projectId)
{
    const auto project = store.get<Project>(projectId);
    std::vector<PersonRow> rows;
    if (!project) return rows;
    for (const auto& member : project->body.team)
        rows.push_back({qs(member.name), qs(member.role), {}, {}, member.userId == project->body.leadId});
    return rows;
}

std::vector<MilestoneRow> readMilestones(LocalStore& store, const std::string& projectId, QDate today)
{
    const auto project = store.get<Project>(projectId);
    std::vector<MilestoneRow> rows;
    if (!project) return rows;
    for (const auto& milestone : project->body.milestones) rows.push_back(milestoneRow(milestone, today));
    std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.planned < b.planned; });
    return rows;
}

std::vector<IssueRow> readIssues(LocalStore& store, const std::string& projectId, QDate today)
{
    const auto project = store.get<Project>(projectId);
    auto issues = StoreQueries(store).ofProject<Issue>(projectId);
    std::vector<std::pair<IssueRow, IssueSeverity>> sorted;
    for (const auto& issue : issues)
        sorted.emplace_back(issueRow(issue, project ? &project->body : nullptr, today), issue.body.severity);
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) {
        return issueOrder(a.first, a.second) < issueOrder(b.first, b.second);
    });
    std::vector<IssueRow> rows;
    for (auto& [row, severity] : sorted) rows.push_back(std::move(row));
    return rows;
}

std::vector<DocumentRow> readDocuments(LocalStore& store, const std::string& projectId)
{
    StoreQueries queries(store);
    std::vector<DocumentRow> signatures;
    std::set<std::string> signedDocuments;
    for (const auto& signature : queries.ofProject<Signature>(projectId)) {
        signatures.push_back(signatureRow(signature.body, store));
        signedDocuments.insert(signature.body.documentId);
    }
    std::stable_sort(signatures.begin(), signatures.end(),
                     [](const auto& a, const auto& b) { return a.signedAt > b.signedAt; });

    std::vector<DocumentRow> rows;
    for (const auto& acceptance : queries.ofProject<Acceptance>(projectId)) {
        if (signedDocuments.count(acceptance.meta.id)) continue;
        DocumentRow row;
        row.documentType = wire(RecordType::Acceptance);
        row.documentId = qs(acceptance.meta.id);
        row.acceptanceTitle = qs(acceptance.body.title);
        rows.push_back(std::move(row));
    }
    rows.insert(rows.end(), signatures.begin(), signatures.end());
    return rows;
}

} // namespace fv::app
