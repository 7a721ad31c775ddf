#pragma once

// What a signature signs, so that any later change to it can be detected
// (PRC Electronic Signature Law, art. 13).
//
// A signature's `contentSha256` is signedContentHash() of the document at the
// moment of signing: its signed fields and the SHA-256 of every attachment
// (photo, video, file) it carries. Signed fields:
//  - visit: every field except `status` and `reviewComment` — the workflow
//    and the back office's review move on after the customer signs, and that
//    must not void what the customer confirmed;
//  - acceptance, and any other type: every field.
//
// DECISION: an edit to signed content after signing VOIDS the signature
// visibly; it is never refused. Field staff must be able to correct a record
// (a typo, a wrong score), and the customer then signs again. The server,
// when it stores such an edit, sets the signature record's `voided` to true
// and its `voidReason` to signedContentVoidReason(changedSignedFields(...)),
// naming the fields that changed. The void signature stays on record.

#include "domain/envelope.h"
#include "sync/mutation.h"

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace fv {

// Whether a signature over a `documentType` record covers `field`.
bool isSignedField(RecordType documentType, std::string_view field);

// SHA-256 (lowercase hex) of the canonical serialization of the signed fields
// plus the sorted attachment hashes. The serialization, so that anyone can
// check a signature without this code: the UTF-8 of the compact JSON object
//   {"attachments":[sorted hashes],"fields":{signed fields},
//    "scheme":"fieldvisit-signed-content-1","type":"<record type>"}
// with object keys sorted at every level and no whitespace. Independent of JSON key order, of the
// order attachments are listed in, and of how valid fields spell a time (they
// are put in canonical form first; fields that are not valid are hashed as
// given, so they still hash deterministically).
std::string signedContentHash(RecordType documentType, const nlohmann::json& documentFields,
                              std::vector<std::string> attachmentSha256s);

// The signed fields a set of changes really changes (base differs from
// value), in name order: what the void reason names.
std::vector<std::string> changedSignedFields(RecordType documentType, const FieldChanges& changes);

bool editTouchesSignedContent(RecordType documentType, const FieldChanges& changes);

// "signed content changed after signing: runningStatus, satisfaction".
std::string signedContentVoidReason(const std::vector<std::string>& changedFields);

} // namespace fv
