#pragma once

#include "domain/enum_names.h"
#include "domain/field.h"
#include "util/problem.h"

#include <string>

namespace fv {

// The dimensions customers score (满意度调查).
enum class SatisfactionDimension {
    ProjectQuality,
    DeliveryTime,
    ServiceAttitude,
    TechnicalSupport,
    Communication,
    ProfessionalAbility,
    ProblemSolving
};

template <>
struct EnumNames<SatisfactionDimension> {
    static constexpr EnumTable<SatisfactionDimension, 7> values{
        {{SatisfactionDimension::ProjectQuality, "project_quality"},
         {SatisfactionDimension::DeliveryTime, "delivery_time"},
         {SatisfactionDimension::ServiceAttitude, "service_attitude"},
         {SatisfactionDimension::TechnicalSupport, "technical_support"},
         {SatisfactionDimension::Communication, "communication"},
         {SatisfactionDimension::ProfessionalAbility, "professional_ability"},
         {SatisfactionDimension::ProblemSolving, "problem_solving"}}};
};

// One answer: a score from 1 (very dissatisfied) to 5 (very satisfied) and the
// customer's reason (满意或不满意的原因). The dimension is the element's key
// when two devices edit the same visit's scores.
struct SatisfactionScore {
    static constexpr int kMinScore = 1;
    static constexpr int kMaxScore = 5;
    // Scores at or below this count as dissatisfied in the KPIs.
    static constexpr int kDissatisfiedAtOrBelow = 2;

    SatisfactionDimension dimension = SatisfactionDimension::ProjectQuality;
    int score = kMaxScore;
    std::string reason;

    static constexpr auto fields()
    {
        return std::tuple{field("dimension", &SatisfactionScore::dimension), field("score", &SatisfactionScore::score),
                          field("reason", &SatisfactionScore::reason)};
    }
    bool operator==(const SatisfactionScore&) const = default;
};

void checkRules(const SatisfactionScore& score, const std::string& path, Problems& out);

} // namespace fv
