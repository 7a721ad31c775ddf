#include "domain/envelope.h"

#include "domain/rules.h"

namespace fv {

void checkRules(const Envelope& envelope, const std::string& path, Problems& out)
{
    rules::requireId(envelope.id, joinPath(path, "id"), out);
    if (envelope.version < 0) out.push_back({joinPath(path, "version"), "must not be negative"});
    if (envelope.updatedAt < envelope.createdAt)
        out.push_back({joinPath(path, "updatedAt"), "must not be before createdAt"});
}

} // namespace fv
