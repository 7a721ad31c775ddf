#include "sync/transitions.h"

#include <algorithm>
#include <array>
#include <optional>

namespace fv {
namespace {

template <class S>
struct Edge {
    S from;
    S to;
};

using V = VisitStatus;
constexpr auto kVisitEdges = std::to_array<Edge<V>>({{V::Planned, V::InProgress},
                                               {V::Planned, V::Cancelled},
                                               {V::InProgress, V::Completed},
                                               {V::InProgress, V::Cancelled},
                                               {V::Completed, V::Submitted},
                                               {V::Completed, V::InProgress},
                                               {V::Submitted, V::Reviewed},
                                               {V::Submitted, V::Returned},
                                               {V::Returned, V::InProgress},
                                               {V::Returned, V::Submitted},
                                               {V::Cancelled, V::Planned}});

using I = IssueStatus;
constexpr auto kIssueEdges = std::to_array<Edge<I>>({{I::Open, I::InProgress},
                                              {I::Open, I::Resolved},
                                              {I::InProgress, I::Resolved},
                                              {I::InProgress, I::Open},
                                              {I::Resolved, I::Closed},
                                              {I::Resolved, I::InProgress},
                                              {I::Closed, I::InProgress}});

template <class S, std::size_t N>
bool allowed(const std::array<Edge<S>, N>& edges, S from, S to)
{
    const auto isEdge = [&](const Edge<S>& e) { return e.from == from && e.to == to; };
    return from == to || std::any_of(edges.begin(), edges.end(), isEdge);
}

template <class S, std::size_t N>
std::vector<S> targets(const std::array<Edge<S>, N>& edges, S from)
{
    std::vector<S> out;
    for (const auto& e : edges)
        if (e.from == from) out.push_back(e.to);
    return out;
}

template <class S>
std::optional<S> statusOf(const nlohmann::json& fields)
{
    if (!fields.is_object()) return std::nullopt;
    const auto it = fields.find("status");
    if (it == fields.end() || !it->is_string()) return std::nullopt;
    return enumFromString<S>(it->template get<std::string>());
}

template <class S>
Problems check(const nlohmann::json& oldFields, const nlohmann::json& newFields)
{
    const auto from = statusOf<S>(oldFields);
    const auto to = statusOf<S>(newFields);
    if (!from || !to || canTransition(*from, *to)) return {};
    return {{"fields.status",
             "cannot go from " + std::string(toString(*from)) + " to " + std::string(toString(*to))}};
}

} // namespace

bool canTransition(VisitStatus from, VisitStatus to) { return allowed(kVisitEdges, from, to); }
bool canTransition(IssueStatus from, IssueStatus to) { return allowed(kIssueEdges, from, to); }

std::vector<VisitStatus> nextStatuses(VisitStatus from) { return targets(kVisitEdges, from); }
std::vector<IssueStatus> nextStatuses(IssueStatus from) { return targets(kIssueEdges, from); }

Problems checkTransition(RecordType type, const nlohmann::json& oldFields, const nlohmann::json& newFields)
{
    switch (type) {
    case RecordType::Visit: return check<VisitStatus>(oldFields, newFields);
    case RecordType::Issue: return check<IssueStatus>(oldFields, newFields);
    default: return {};
    }
}

} // namespace fv
