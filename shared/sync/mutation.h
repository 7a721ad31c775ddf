#pragma once

#include "domain/envelope.h"

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

    bool operator==(const Mutation&) const = default;
};

// The fields of `after` that differ from `before` (both JSON objects), with
// their old values; a field missing on one side counts as null there.
FieldChanges diffFields(const nlohmann::json& before, const nlohmann::json& after);

nlohmann::json changesToJson(const FieldChanges& changes);
FieldChanges changesFromJson(const nlohmann::json& json);

} // namespace fv
