#pragma once

// The device's half of the rule in signed_content.h: after a signed document
// (a visit or an acceptance) or one of its attachments is saved, every valid
// signature of that document whose contentSha256 no longer matches the
// document's content is saved again, marked void with a reason. The server
// voids by comparing field values on push; the device compares hashes, so a
// signature made before an edit that never reached the server is caught too.

#include "domain/record.h"

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace fv {

// What a signature over a document covers: its fields and the SHA-256 of
// every attachment it carries (any order).
struct SignedDocument {
    RecordType type = RecordType::Visit;
    nlohmann::json fields = nlohmann::json::object();
    std::vector<std::string> attachmentSha256s;

    std::string contentHash() const; // signedContentHash() of the above
};

// Whether signatures are taken over records of `type` (visits, acceptances).
bool isSignableType(RecordType type);

// The signatures in `signatures` that are still valid but no longer match
// `after`, returned marked void. The reason names the signed fields that
// differ between `before` (the document as it was before the edit) and
// `after`, and "attachments" when photos were added or removed; when nothing
// in that edit explains the mismatch (an earlier edit went unchecked), it
// says only that the signed content changed. Signatures already void, deleted
// or matching are left out: calling this again after saving changes nothing.
std::vector<Record<Signature>> signaturesVoidedByEdit(const SignedDocument& before, const SignedDocument& after,
                                                      const std::vector<Record<Signature>>& signatures);

} // namespace fv
