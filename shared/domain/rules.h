#pragma once

// Small checks the per-type `checkRules` functions share, so that the same
// mistake gets the same message everywhere.

#include "util/problem.h"
#include "util/time.h"

#include <optional>
#include <string>

namespace fv::rules {

void requireText(const std::string& value, const std::string& path, Problems& out);
void requireId(const std::string& value, const std::string& path, Problems& out);
void optionalId(const std::string& value, const std::string& path, Problems& out);
void requireSha256(const std::string& value, const std::string& path, Problems& out);
void requireRange(long long value, long long min, long long max, const std::string& path, Problems& out);
void requireOrder(const std::optional<Timestamp>& first, const std::optional<Timestamp>& second,
                  const std::string& secondPath, const std::string& what, Problems& out);

} // namespace fv::rules
