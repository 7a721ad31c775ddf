#pragma once

#include "domain/enum_names.h"
#include "domain/field.h"
#include "util/problem.h"
#include "util/time.h"

#include <cstdint>
#include <string>

namespace fv {

// Every kind of record that syncs.
enum class RecordType { Customer, Project, Visit, Issue, Attachment, Signature, Acceptance };

template <>
struct EnumNames<RecordType> {
    static constexpr EnumTable<RecordType, 7> values{{{RecordType::Customer, "customer"},
                                                      {RecordType::Project, "project"},
                                                      {RecordType::Visit, "visit"},
                                                      {RecordType::Issue, "issue"},
                                                      {RecordType::Attachment, "attachment"},
                                                      {RecordType::Signature, "signature"},
                                                      {RecordType::Acceptance, "acceptance"}}};
};

// What every synced record carries besides its own fields. The id is made on
// the device (UUIDv7) so records can be created offline; `version` is set only
// by the server and 0 means the server has never accepted this record.
struct Envelope {
    std::string id;
    RecordType type = RecordType::Customer;
    std::int64_t version = 0;
    Timestamp createdAt;
    Timestamp updatedAt;
    std::string author;
    std::string device;
    bool deleted = false;

    static constexpr auto fields()
    {
        return std::tuple{field("id", &Envelope::id),
                          field("type", &Envelope::type),
                          field("version", &Envelope::version),
                          field("createdAt", &Envelope::createdAt),
                          field("updatedAt", &Envelope::updatedAt),
                          field("author", &Envelope::author),
                          field("device", &Envelope::device),
                          field("deleted", &Envelope::deleted)};
    }
    bool operator==(const Envelope&) const = default;
};

void checkRules(const Envelope& envelope, const std::string& path, Problems& out);

} // namespace fv
