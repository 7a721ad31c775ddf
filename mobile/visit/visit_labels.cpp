#include "visit/visit_labels.h"

#include "sync/field_words.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace fv::app::visitLabels {
namespace {

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

    static QString missing(const Missing& m)
    {
        switch (m.item) {
        case MissingItem::NotStarted:
            return tr("start the visit and finish it (the actual times)");
        case MissingItem::NotFinished:
            return tr("finish the visit (the actual end time)");
        case MissingItem::Visitors:
            return tr("who visited");
        case MissingItem::CustomerAttendees:
            return tr("who was present at the customer");
        case MissingItem::RunningStatus:
            return tr("the running status");
        case MissingItem::Score:
            return tr("a score for %1").arg(of(m.dimension));
        case MissingItem::ScoreReason:
            return tr("the reason for the %1 score").arg(of(m.dimension));
        case MissingItem::CustomerSignature:
            return tr("the customer's signature");
        }
        return {};
    }
};

} // namespace

QString dimension(const QString& wireName)
{
    const auto value = enumFromString<SatisfactionDimension>(wireName.toStdString());
    return value ? VisitLabels::of(*value) : wireName;
}

QString field(const QString& path)
{
    // "satisfaction[delivery_time]": the element's key says which score.
    static const QRegularExpression score(QStringLiteral("^satisfaction\\[(.*)\\]$"));
    const auto match = score.match(path);
    const QString label = fieldLabel(path);
    return match.hasMatch() ? label + QStringLiteral(" · ") + dimension(match.captured(1)) : label;
}

QString missing(const Missing& item) { return VisitLabels::missing(item); }

} // namespace fv::app::visitLabels
