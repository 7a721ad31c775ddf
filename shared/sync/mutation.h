#pragma once

#include "domain/envelope.h"
#include "domain/field.h"
#include "util/problem.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <map>
#include <string>

namespace fv {

enum class MutationOp { Create, Update, Delete };

template <>
struct EnumNames<MutationOp> {
    static constexpr EnumTable<MutationOp, 3> values{
        {{MutationOp::Create, "create"}, {MutationOp::Update, "update"}, {MutationOp::Delete, "delete"}}};
};

// A field's value before and after a local edit. The base is what a
// three-way merge compares against; null for a record created here.
struct FieldChange {
    nlohmann::json base;
    nlohmann::json value;

    static constexpr auto fields()
    {
        return std::tuple{field("base", &FieldChange::base), field("value", &FieldChange::value)};
    }
    bool operator==(const FieldChange&) const = default;
};

using FieldChanges = std::map<std::string, FieldChange>;

// One change made on a device: which record, against which server version,
// and only the fields that changed.
struct Mutation {
    std::string recordId;
    RecordType recordType = RecordType::Visit;
    MutationOp op = MutationOp::Update;
    std::int64_t baseVersion = 0;
    FieldChanges changes;

    static constexpr auto fields()
    {
        return std::tuple{field("recordId", &Mutation::recordId), field("recordType", &Mutation::recordType),
                          field("op", &Mutation::op), field("baseVersion", &Mutation::baseVersion),
                          field("changes", &Mutation::changes)};
    }
    bool operator==(const Mutation&) const = default;
};

void checkRules(const Mutation& mutation, const std::string& path, Problems& out);

// The fields of `after` that differ from `before` (both JSON objects), with
// their old values; a field missing on one side counts as null there.
FieldChanges diffFields(const nlohmann::json& before, const nlohmann::json& after);

} // namespace fv
