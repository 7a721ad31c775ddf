#include "domain/customer.h"

#include "domain/rules.h"

namespace fv {

void checkRules(const Customer& customer, const std::string& path, Problems& out)
{
    rules::requireText(customer.name, joinPath(path, "name"), out);
}

} // namespace fv
