#include "visit/visit_issue_model.h"

#include "domain/issue.h"
#include "models/domain_labels.h"
#include "models/issue_rows.h"
#include "store/record_writer.h"
#include "store/store_queries.h"
#include "util/error.h"
#include "visit/visit_labels.h"

#include <algorithm>

using namespace fv;

namespace {

QString q(const std::string& s) { return QString::fromStdString(s); }

// What the form edits of an issue. Solved on the spot means resolved, with
// that as its resolution; taking it back reopens the issue.
void applyForm(Issue& issue, const QString& category, const QString& severity, const QString& title,
               const QString& description, bool solvedOnSite)
{
    issue.category = enumFromString<IssueCategory>(category.toStdString()).value_or(issue.category);
    issue.severity = enumFromString<IssueSeverity>(severity.toStdString()).value_or(issue.severity);
    issue.title = title.trimmed().toStdString();
    issue.description = description.trimmed().toStdString();
    if (solvedOnSite == issue.solvedOnSite) return;
    issue.solvedOnSite = solvedOnSite;
    issue.status = solvedOnSite ? IssueStatus::Resolved : IssueStatus::Open;
    issue.resolution = solvedOnSite ? VisitIssueModel::tr("Solved on the spot during the visit").toStdString() : "";
}

QString failureText(const std::exception& e)
{
    if (const auto* invalid = dynamic_cast<const ValidationError*>(&e)) {
        for (const auto& problem : invalid->problems()) {
            if (problem.path.find("title") != std::string::npos) return VisitIssueModel::tr("Give the issue a title.");
            if (problem.path.find("solvedOnSite") != std::string::npos)
                return VisitIssueModel::tr("Only a minor issue can be recorded as solved on the spot.");
        }
    }
    return VisitIssueModel::tr("The issue was not saved: %1").arg(q(e.what()));
}

} // namespace

VisitIssueModel::VisitIssueModel(QObject* parent) : StoreListModel(parent) {}

void VisitIssueModel::setVisitId(const QString& id)
{
    if (m_visitId == id) return;
    m_visitId = id;
    emit visitIdChanged();
    refresh();
}

void VisitIssueModel::setProjectId(const QString& id)
{
    if (m_projectId == id) return;
    m_projectId = id;
    emit projectIdChanged();
    refresh();
}

QVariantList VisitIssueModel::categoryOptions() const
{
    return app::visitLabels::choices<IssueCategory>(&app::labels::issueCategory);
}
QVariantList VisitIssueModel::severityOptions() const
{
    return app::visitLabels::choices<IssueSeverity>(&app::labels::issueSeverity);
}

void VisitIssueModel::load(UserStore& store)
{
    if (m_visitId.isEmpty() || m_projectId.isEmpty()) return;
    auto issues = app::StoreQueries(*store.local()).ofProject<Issue>(m_projectId.toStdString());
    std::erase_if(issues, [&](const Record<Issue>& r) { return q(r.body.visitId) != m_visitId; });
    std::stable_sort(issues.begin(), issues.end(),
                     [](const auto& a, const auto& b) { return a.body.raisedAt < b.body.raisedAt; });
    const auto project = store.local()->get<Project>(m_projectId.toStdString());
    const QDate today = QDate::currentDate();
    for (const auto& issue : issues) m_rows.append(app::issueRow(issue, project ? &project->body : nullptr, today));
}

int VisitIssueModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

QVariant VisitIssueModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) return {};
    return rowData(m_rows.at(index.row()), role);
}

QHash<int, QByteArray> VisitIssueModel::roleNames() const { return rowRoleNames(); }

QString VisitIssueModel::add(const QString& category, const QString& severity, const QString& title,
                             const QString& description, bool solvedOnSite)
try {
    if (!store() || m_visitId.isEmpty()) return tr("No visit is open.");
    Record<Issue> issue;
    issue.meta.type = RecordType::Issue;
    issue.body.projectId = m_projectId.toStdString();
    issue.body.visitId = m_visitId.toStdString();
    issue.body.source = IssueSource::Visit;
    issue.body.raisedAt = Timestamp::now();
    applyForm(issue.body, category, severity, title, description, solvedOnSite);
    RecordWriter(*store()).save(std::move(issue));
    return {};
} catch (const std::exception& e) {
    return failureText(e);
}

QString VisitIssueModel::update(const QString& issueId, const QString& category, const QString& severity,
                                const QString& title, const QString& description, bool solvedOnSite)
try {
    if (!store() || !store()->local()) return tr("No visit is open.");
    auto issue = store()->local()->get<Issue>(issueId.toStdString());
    if (!issue) return tr("This issue is no longer on this tablet.");
    applyForm(issue->body, category, severity, title, description, solvedOnSite);
    RecordWriter(*store()).save(std::move(*issue));
    return {};
} catch (const std::exception& e) {
    return failureText(e);
}

QString VisitIssueModel::remove(const QString& issueId)
try {
    if (!store()) return tr("No visit is open.");
    RecordWriter(*store()).remove(issueId.toStdString());
    return {};
} catch (const std::exception& e) {
    return failureText(e);
}
