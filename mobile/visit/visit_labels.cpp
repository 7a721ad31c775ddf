#include "visit/visit_labels.h"

#include "models/domain_labels.h"

#include <QCoreApplication>

namespace fv::app::visitLabels {
namespace {

QString of(SatisfactionDimension dimension)
{
    const std::string_view wire = toString(dimension);
    return labels::satisfactionDimension(QString::fromUtf8(wire.data(), qsizetype(wire.size())));
}

class VisitLabels {
    Q_DECLARE_TR_FUNCTIONS(VisitLabels)

public:
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

QString missing(const Missing& item) { return VisitLabels::missing(item); }

} // namespace fv::app::visitLabels
