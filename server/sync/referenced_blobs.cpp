#include "sync/referenced_blobs.h"

#include <initializer_list>

namespace fv::server {
namespace {

std::vector<std::string> nonEmptyStrings(const Json& fields, std::initializer_list<const char*> names)
{
    std::vector<std::string> values;
    for (const char* name : names) {
        const auto it = fields.find(name);
        if (it != fields.end() && it->is_string() && !it->get_ref<const std::string&>().empty())
            values.push_back(it->get<std::string>());
    }
    return values;
}

} // namespace

std::vector<std::string> referencedBlobs(const RawRecord& record)
{
    if (record.meta.deleted) return {};
    switch (record.meta.type) {
    case RecordType::Attachment:
        return nonEmptyStrings(record.fields, {"sha256", "thumbnailSha256"});
    case RecordType::Signature:
        return nonEmptyStrings(record.fields, {"imageSha256"});
    default:
        return {};
    }
}

} // namespace fv::server
