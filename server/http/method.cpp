#include "http/method.h"

#include <array>
#include <utility>

namespace fv::server {

namespace {

constexpr std::array<std::pair<Method, std::string_view>, 7> kNames = {{
    {Method::Get, "GET"},
    {Method::Head, "HEAD"},
    {Method::Post, "POST"},
    {Method::Put, "PUT"},
    {Method::Patch, "PATCH"},
    {Method::Delete, "DELETE"},
    {Method::Options, "OPTIONS"},
}};

} // namespace

Method parseMethod(std::string_view name)
{
    for (const auto& [method, text] : kNames)
        if (text == name) return method;
    return Method::Other;
}

std::string_view toString(Method method)
{
    for (const auto& [candidate, text] : kNames)
        if (candidate == method) return text;
    return "OTHER";
}

} // namespace fv::server
