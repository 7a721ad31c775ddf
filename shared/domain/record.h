#pragma once

#include "domain/acceptance.h"
#include "domain/attachment.h"
#include "domain/customer.h"
#include "domain/envelope.h"
#include "domain/issue.h"
#include "domain/project.h"
#include "domain/signature.h"
#include "domain/visit.h"
#include "util/error.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <tuple>
#include <type_traits>

namespace fv {

// A record with typed fields, as the app and the rules see it.
template <class Body>
struct Record {
    Envelope meta;
    Body body;

    bool operator==(const Record&) const = default;
};

// A record with its fields still as JSON, as the store and sync move it: they
// work field by field and need not know each type.
struct RawRecord {
    Envelope meta;
    nlohmann::json fields = nlohmann::json::object();

    bool operator==(const RawRecord&) const = default;
};

// Every body type, so generic code can dispatch on RecordType.
using RecordBodies = std::tuple<Customer, Project, Visit, Issue, Attachment, Signature, Acceptance>;

// Calls `fn` with a default-constructed value of the body type `type` names,
// so generic code can reach the typed schema of any record. Only that one body
// is constructed: the merge asks this for every field of every mutation.
template <class Fn>
auto visitBodyType(RecordType type, Fn&& fn)
{
    std::optional<decltype(fn(Customer{}))> result;
    [&]<class... Bodies>(std::type_identity<std::tuple<Bodies...>>) {
        ((!result && Bodies::kType == type ? (void)result.emplace(fn(Bodies{})) : void()), ...);
    }(std::type_identity<RecordBodies>{});
    if (!result) throw Error(ErrorDomain::Internal, "unknown_type", "no body type for this record type");
    return std::move(*result);
}

} // namespace fv
