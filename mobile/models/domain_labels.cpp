#include "models/domain_labels.h"

#include "domain/acceptance.h"
#include "domain/issue.h"
#include "domain/project.h"
#include "domain/satisfaction.h"
#include "domain/signature.h"
#include "domain/visit.h"

#include <QCoreApplication>

using namespace fv;

namespace {

// The translation context of every label (lupdate files them under it).
class DomainLabels {
    Q_DECLARE_TR_FUNCTIONS(DomainLabels)

public:
    static QString of(VisitKind kind)
    {
        switch (kind) {
        case VisitKind::First:
            return tr("First visit");
        case VisitKind::Periodic:
            return tr("Periodic visit");
        case VisitKind::Special:
            return tr("Special visit");
        case VisitKind::StartUp:
            return tr("Start-up visit");
        case VisitKind::InProgress:
            return tr("In-progress visit");
        case VisitKind::CloseOut:
            return tr("Close-out visit");
        case VisitKind::AfterSales:
            return tr("After-sales visit");
        case VisitKind::TrialRunSupport:
            return tr("Trial-run support");
        }
        return {};
    }

    static QString of(VisitMethod method)
    {
        switch (method) {
        case VisitMethod::OnSite:
            return tr("On site");
        case VisitMethod::Phone:
            return tr("Phone");
        case VisitMethod::Email:
            return tr("Email");
        case VisitMethod::Online:
            return tr("Online");
        }
        return {};
    }

    static QString of(VisitStatus status)
    {
        switch (status) {
        case VisitStatus::Planned:
            return tr("Planned");
        case VisitStatus::InProgress:
            return tr("In progress");
        case VisitStatus::Completed:
            return tr("Completed");
        case VisitStatus::Submitted:
            return tr("Submitted");
        case VisitStatus::Reviewed:
            return tr("Reviewed");
        case VisitStatus::Returned:
            return tr("Returned");
        case VisitStatus::Cancelled:
            return tr("Cancelled");
        }
        return {};
    }

    static QString of(ProjectPhase phase)
    {
        switch (phase) {
        case ProjectPhase::StartUp:
            return tr("Start-up");
        case ProjectPhase::Survey:
            return tr("Survey");
        case ProjectPhase::Implementation:
            return tr("Implementation");
        case ProjectPhase::Delivery:
            return tr("Delivery");
        case ProjectPhase::Acceptance:
            return tr("Acceptance");
        case ProjectPhase::TrialRun:
            return tr("Trial run");
        case ProjectPhase::AfterSales:
            return tr("After-sales");
        case ProjectPhase::Closed:
            return tr("Closed");
        }
        return {};
    }

    static QString of(IssueCategory category)
    {
        switch (category) {
        case IssueCategory::Technical:
            return tr("Technical");
        case IssueCategory::Quality:
            return tr("Quality");
        case IssueCategory::Service:
            return tr("Service");
        case IssueCategory::RequirementChange:
            return tr("Requirement change");
        }
        return {};
    }

    static QString of(IssueSeverity severity)
    {
        switch (severity) {
        case IssueSeverity::Minor:
            return tr("Minor");
        case IssueSeverity::General:
            return tr("General");
        case IssueSeverity::Major:
            return tr("Major");
        }
        return {};
    }

    static QString of(IssueStatus status)
    {
        switch (status) {
        case IssueStatus::Open:
            return tr("Open");
        case IssueStatus::InProgress:
            return tr("Being solved");
        case IssueStatus::Resolved:
            return tr("Resolved");
        case IssueStatus::Closed:
            return tr("Closed");
        }
        return {};
    }

    static QString of(SignerSide side)
    {
        switch (side) {
        case SignerSide::Customer:
            return tr("Customer");
        case SignerSide::Company:
            return tr("Company");
        }
        return {};
    }

    static QString of(AcceptanceResult result)
    {
        switch (result) {
        case AcceptanceResult::Pending:
            return tr("Pending");
        case AcceptanceResult::Passed:
            return tr("Passed");
        case AcceptanceResult::NeedsRectification:
            return tr("Needs rectification");
        }
        return {};
    }

    static QString of(RecordType type)
    {
        switch (type) {
        case RecordType::Customer:
            return tr("Customer");
        case RecordType::Project:
            return tr("Project");
        case RecordType::Visit:
            return tr("Visit record");
        case RecordType::Issue:
            return tr("Issue");
        case RecordType::Attachment:
            return tr("Photo or file");
        case RecordType::Signature:
            return tr("Signature");
        case RecordType::Acceptance:
            return tr("Acceptance report");
        }
        return {};
    }
};

// The satisfaction dimensions keep the context the visit form first filed them under,
// so that their translations stand.
class VisitLabels {
    Q_DECLARE_TR_FUNCTIONS(VisitLabels)

public:
    static QString of(SatisfactionDimension dimension)
    {
        using D = SatisfactionDimension;
        switch (dimension) {
        case D::ProjectQuality:
            return tr("Project quality");
        case D::DeliveryTime:
            return tr("Delivery time");
        case D::ServiceAttitude:
            return tr("Service attitude");
        case D::TechnicalSupport:
            return tr("Technical support");
        case D::Communication:
            return tr("Communication and collaboration");
        case D::ProfessionalAbility:
            return tr("Professional ability");
        case D::ProblemSolving:
            return tr("Problem solving");
        }
        return {};
    }
};

} // namespace

namespace fv::app::labels {
namespace {

template <class E, class Words = DomainLabels> QString label(const QString& wireName)
{
    const auto value = enumFromString<E>(wireName.toStdString());
    return value ? Words::of(*value) : wireName;
}

} // namespace

QString visitKind(const QString& wireName) { return label<VisitKind>(wireName); }
QString visitMethod(const QString& wireName) { return label<VisitMethod>(wireName); }
QString visitStatus(const QString& wireName) { return label<VisitStatus>(wireName); }
QString projectPhase(const QString& wireName) { return label<ProjectPhase>(wireName); }
QString issueCategory(const QString& wireName) { return label<IssueCategory>(wireName); }
QString issueSeverity(const QString& wireName) { return label<IssueSeverity>(wireName); }
QString issueStatus(const QString& wireName) { return label<IssueStatus>(wireName); }
QString signerSide(const QString& wireName) { return label<SignerSide>(wireName); }
QString acceptanceResult(const QString& wireName) { return label<AcceptanceResult>(wireName); }
QString recordType(const QString& wireName) { return label<RecordType>(wireName); }
QString satisfactionDimension(const QString& wireName) { return label<SatisfactionDimension, VisitLabels>(wireName); }

} // namespace fv::app::labels
