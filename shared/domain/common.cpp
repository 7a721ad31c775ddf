#include "domain/common.h"

#include "domain/rules.h"

#include <cmath>

namespace fv {

void checkRules(const GeoPoint& point, const std::string& path, Problems& out)
{
    if (!(std::abs(point.latitude) <= 90)) out.push_back({joinPath(path, "latitude"), "must be between -90 and 90"});
    if (!(std::abs(point.longitude) <= 180))
        out.push_back({joinPath(path, "longitude"), "must be between -180 and 180"});
    if (point.accuracyMeters && !(*point.accuracyMeters >= 0))
        out.push_back({joinPath(path, "accuracyMeters"), "must not be negative"});
}

void checkRules(const Person& person, const std::string& path, Problems& out)
{
    rules::requireId(person.id, joinPath(path, "id"), out);
    rules::requireText(person.name, joinPath(path, "name"), out);
    if (!person.email.empty() && person.email.find('@') == std::string::npos)
        out.push_back({joinPath(path, "email"), "must be an email address"});
}

} // namespace fv
