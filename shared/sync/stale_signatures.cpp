#include "sync/stale_signatures.h"

#include "sync/mutation.h"
#include "sync/signed_content.h"

#include <algorithm>

namespace fv {
namespace {

std::vector<std::string> sorted(std::vector<std::string> hashes)
{
    std::sort(hashes.begin(), hashes.end());
    return hashes;
}

std::string voidReason(const SignedDocument& before, const SignedDocument& after)
{
    auto changed = changedSignedFields(after.type, diffFields(before.fields, after.fields));
    if (sorted(before.attachmentSha256s) != sorted(after.attachmentSha256s)) changed.push_back("attachments");
    if (changed.empty()) return "signed content changed after signing";
    return signedContentVoidReason(changed);
}

} // namespace

std::string SignedDocument::contentHash() const { return signedContentHash(type, fields, attachmentSha256s); }

bool isSignableType(RecordType type) { return type == RecordType::Visit || type == RecordType::Acceptance; }

std::vector<Record<Signature>> signaturesVoidedByEdit(const SignedDocument& before, const SignedDocument& after,
                                                      const std::vector<Record<Signature>>& signatures)
{
    const std::string hash = after.contentHash();
    std::vector<Record<Signature>> voided;
    for (const auto& signature : signatures) {
        if (signature.meta.deleted || signature.body.voided || signature.body.contentSha256 == hash) continue;
        auto stale = signature;
        stale.body.voided = true;
        stale.body.voidReason = voidReason(before, after);
        voided.push_back(std::move(stale));
    }
    return voided;
}

} // namespace fv
