#pragma once

// When a visit record is complete enough to submit for review, per the visit
// regulations (《项目回访工作管理办法》 六、七): the record states when the
// visit took place, who visited and who was present, how the project runs,
// and the customer's scores with the reason for each (请客户对各项指标进行打分
// 并说明满意或不满意的原因); an on-site visit carries the customer's signature.
// Plain C++ (no Qt) so the benchmark and any future server check share it.

#include "domain/satisfaction.h"
#include "domain/visit.h"

#include <vector>

namespace fv::app {

enum class MissingItem {
    NotStarted,
    NotFinished,
    Visitors,
    CustomerAttendees,
    RunningStatus,
    Score,
    ScoreReason,
    CustomerSignature
};

struct Missing {
    MissingItem item;
    SatisfactionDimension dimension = SatisfactionDimension::ProjectQuality; // Score and ScoreReason only

    bool operator==(const Missing&) const = default;
};

// The dimensions every visit asks about (项目质量、交付时间、服务态度、技术支持);
// the other three are asked when they apply.
const std::vector<SatisfactionDimension>& requiredDimensions();

bool needsCustomerSignature(const Visit& visit);

// What is still missing before `visit` may be submitted, in form order; empty when complete.
std::vector<Missing> missingForSubmit(const Visit& visit, bool hasValidCustomerSignature);

} // namespace fv::app
