#include "sync/signed_content.h"

#include "json/record_json.h"
#include "util/sha256.h"

#include <algorithm>

namespace fv {
namespace {

using Json = nlohmann::json;

// Changing how content is serialized changes every hash, so the scheme is
// named inside what is hashed: a later scheme can tell old hashes apart.
constexpr const char* kScheme = "fieldvisit-signed-content-1";

Json signedFieldsOf(RecordType type, const Json& fields)
{
    auto canonical = canonicalFields(type, fields);
    Json out = canonical.ok() ? std::move(*canonical.value) : fields;
    if (!out.is_object()) return out;
    for (auto it = out.begin(); it != out.end();)
        it = isSignedField(type, it.key()) ? std::next(it) : out.erase(it);
    return out;
}

} // namespace

bool isSignedField(RecordType documentType, std::string_view field)
{
    if (documentType == RecordType::Visit) return field != "status" && field != "reviewComment";
    return true;
}

std::string signedContentHash(RecordType documentType, const Json& documentFields,
                              std::vector<std::string> attachmentSha256s)
{
    std::sort(attachmentSha256s.begin(), attachmentSha256s.end());
    // nlohmann::json keeps object keys sorted, so dump() is key-order independent;
    // JSON is self-delimiting, so no two different contents serialize alike.
    const Json content{{"scheme", kScheme},
                       {"type", std::string(toString(documentType))},
                       {"fields", signedFieldsOf(documentType, documentFields)},
                       {"attachments", attachmentSha256s}};
    return sha256Hex(content.dump());
}

std::vector<std::string> changedSignedFields(RecordType documentType, const FieldChanges& changes)
{
    std::vector<std::string> out;
    for (const auto& [name, change] : changes)
        if (change.base != change.value && isSignedField(documentType, name)) out.push_back(name);
    return out;
}

bool editTouchesSignedContent(RecordType documentType, const FieldChanges& changes)
{
    return !changedSignedFields(documentType, changes).empty();
}

std::string signedContentVoidReason(const std::vector<std::string>& changedFields)
{
    std::string reason = "signed content changed after signing:";
    for (std::size_t i = 0; i < changedFields.size(); ++i) reason += (i == 0 ? " " : ", ") + changedFields[i];
    return reason;
}

} // namespace fv
