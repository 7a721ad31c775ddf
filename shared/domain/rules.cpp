#include "domain/rules.h"

#include "util/sha256.h"
#include "util/uuid.h"

namespace fv::rules {
namespace {

bool isBlank(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }

} // namespace

void requireText(const std::string& value, const std::string& path, Problems& out)
{
    if (isBlank(value)) out.push_back({path, "must not be empty"});
}

void requireId(const std::string& value, const std::string& path, Problems& out)
{
    if (!isUuid(value)) out.push_back({path, "must be a record id (a UUID such as 0190f5c2-…)"});
}

void optionalId(const std::string& value, const std::string& path, Problems& out)
{
    if (!value.empty()) requireId(value, path, out);
}

void requireSha256(const std::string& value, const std::string& path, Problems& out)
{
    if (!isSha256Hex(value)) out.push_back({path, "must be a SHA-256 digest: 64 lowercase hex digits"});
}

void requireRange(long long value, long long min, long long max, const std::string& path, Problems& out)
{
    if (value < min || value > max)
        out.push_back({path, "must be between " + std::to_string(min) + " and " + std::to_string(max)});
}

void requireOrder(const std::optional<Timestamp>& first, const std::optional<Timestamp>& second,
                  const std::string& secondPath, const std::string& what, Problems& out)
{
    if (first && second && *second < *first) out.push_back({secondPath, "must not be before " + what});
}

} // namespace fv::rules
