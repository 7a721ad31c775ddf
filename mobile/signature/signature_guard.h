#pragma once

#include "domain/record.h"
#include "store/local_store.h"
#include "sync/stale_signatures.h"

#include <optional>
#include <string>
#include <type_traits>
#include <vector>

namespace fv::app {

// Keeps the rule of shared/sync/stale_signatures.h on this tablet: an edit to
// what a signature signed leaves that signature on record, marked void with
// the reason, and the screens ask for a new one.
//
// RecordWriter applies it to every save and remove (store/record_writer.h),
// so screens need do nothing: saving a visit, an acceptance, or an attachment
// of either through RecordWriter voids what the edit invalidated. Code that
// writes to a LocalStore directly uses it the same way:
//
//     SignatureGuard guard(store, signedDocumentOf(record)); // before the save
//     store.save(record);
//     guard.voidStale();                                     // after it
//
// Calling voidStale() again, or for a document nobody signed, changes nothing.
class SignatureGuard {
public:
    // Notes what document `documentId` holds now. An empty id, or one that is
    // not a visit or acceptance, makes a guard that does nothing.
    SignatureGuard(LocalStore& store, std::string documentId);

    // Saves, marked void, every valid signature of the document that no longer
    // matches its content; returns them.
    std::vector<Record<Signature>> voidStale();

private:
    LocalStore& m_store;
    std::string m_documentId;
    std::optional<SignedDocument> m_before;
};

// The signed document whose content an edit to `record` may change: a visit
// or acceptance itself, the owner of an attachment; empty for anything else.
template <class Body> std::string signedDocumentOf(const Record<Body>& record)
{
    if constexpr (std::is_same_v<Body, Attachment>)
        return record.body.ownerId;
    else if constexpr (std::is_same_v<Body, Visit> || std::is_same_v<Body, Acceptance>)
        return record.meta.id;
    else
        return {};
}

std::string signedDocumentOf(const RawRecord& record);

} // namespace fv::app
