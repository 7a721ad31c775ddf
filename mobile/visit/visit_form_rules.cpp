#include "visit/visit_form_rules.h"

#include <algorithm>

namespace fv::app {
namespace {

bool isBlank(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }

const SatisfactionScore* scoreFor(const Visit& visit, SatisfactionDimension dimension)
{
    const auto it = std::find_if(visit.satisfaction.begin(), visit.satisfaction.end(),
                                 [&](const SatisfactionScore& s) { return s.dimension == dimension; });
    return it == visit.satisfaction.end() ? nullptr : &*it;
}

void checkSatisfaction(const Visit& visit, std::vector<Missing>& out)
{
    for (const auto dimension : requiredDimensions())
        if (!scoreFor(visit, dimension)) out.push_back({MissingItem::Score, dimension});
    for (const auto& score : visit.satisfaction)
        if (isBlank(score.reason)) out.push_back({MissingItem::ScoreReason, score.dimension});
}

} // namespace

const std::vector<SatisfactionDimension>& requiredDimensions()
{
    using D = SatisfactionDimension;
    static const std::vector<D> dimensions{D::ProjectQuality, D::DeliveryTime, D::ServiceAttitude, D::TechnicalSupport};
    return dimensions;
}

bool needsCustomerSignature(const Visit& visit) { return visit.method == VisitMethod::OnSite; }

std::vector<Missing> missingForSubmit(const Visit& visit, bool hasValidCustomerSignature)
{
    std::vector<Missing> out;
    if (!visit.actualStart)
        out.push_back({MissingItem::NotStarted});
    else if (!visit.actualEnd)
        out.push_back({MissingItem::NotFinished});
    if (visit.visitors.empty()) out.push_back({MissingItem::Visitors});
    if (visit.customerAttendees.empty()) out.push_back({MissingItem::CustomerAttendees});
    if (isBlank(visit.runningStatus)) out.push_back({MissingItem::RunningStatus});
    checkSatisfaction(visit, out);
    if (needsCustomerSignature(visit) && !hasValidCustomerSignature) out.push_back({MissingItem::CustomerSignature});
    return out;
}

} // namespace fv::app
