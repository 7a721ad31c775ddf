#pragma once

#include <string_view>

namespace fv::server {

// Request methods the router can be asked about; anything else arrives as Other and can only
// ever be answered with 405.
enum class Method { Get, Head, Post, Put, Patch, Delete, Options, Other };

// Method names are case-sensitive (RFC 9110 §9.1): "get" is Other.
Method parseMethod(std::string_view name);
std::string_view toString(Method method);

} // namespace fv::server
