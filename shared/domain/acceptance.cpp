#include "domain/acceptance.h"

#include "domain/rules.h"

#include <algorithm>

namespace fv {

void checkRules(const Deliverable& deliverable, const std::string& path, Problems& out)
{
    rules::requireId(deliverable.id, joinPath(path, "id"), out);
    rules::requireText(deliverable.content, joinPath(path, "content"), out);
}

void checkRules(const RectificationItem& item, const std::string& path, Problems& out)
{
    rules::requireId(item.id, joinPath(path, "id"), out);
    rules::requireText(item.description, joinPath(path, "description"), out);
}

void checkRules(const Acceptance& acceptance, const std::string& path, Problems& out)
{
    rules::requireId(acceptance.projectId, joinPath(path, "projectId"), out);
    rules::requireText(acceptance.title, joinPath(path, "title"), out);
    if (acceptance.result != AcceptanceResult::Passed) return;
    // It passes only when everything was accepted and every rectification is done.
    const auto open = std::find_if(acceptance.rectifications.begin(), acceptance.rectifications.end(),
                                   [](const RectificationItem& r) { return !r.done; });
    if (open != acceptance.rectifications.end())
        out.push_back({joinPath(path, "result"), "cannot be passed while a rectification item is open"});
    const bool allAccepted = std::all_of(acceptance.deliverables.begin(), acceptance.deliverables.end(),
                                         [](const Deliverable& d) { return d.accepted; });
    if (!allAccepted) out.push_back({joinPath(path, "result"), "cannot be passed while a deliverable is not accepted"});
}

} // namespace fv
