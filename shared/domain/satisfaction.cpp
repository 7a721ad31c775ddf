#include "domain/satisfaction.h"

#include "domain/rules.h"

namespace fv {

void checkRules(const SatisfactionScore& score, const std::string& path, Problems& out)
{
    rules::requireRange(score.score, SatisfactionScore::kMinScore, SatisfactionScore::kMaxScore,
                        joinPath(path, "score"), out);
    // A low score without a reason cannot be followed up, so the form asks for one.
    if (score.score <= SatisfactionScore::kDissatisfiedAtOrBelow)
        rules::requireText(score.reason, joinPath(path, "reason"), out);
}

} // namespace fv
