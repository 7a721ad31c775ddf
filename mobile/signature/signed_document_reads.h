#pragma once

#include "store/local_store.h"
#include "sync/stale_signatures.h"

#include <optional>
#include <string>
#include <vector>

namespace fv::app {

// A visit or acceptance on this tablet with the attachments it carries:
// everything its signatures sign.
struct StoredDocument {
    RawRecord record;
    std::vector<Record<Attachment>> attachments;

    std::string projectId() const;
    SignedDocument content() const;
};

// Nothing when `documentId` is not a visit or acceptance on this tablet (or deleted).
std::optional<StoredDocument> readSignedDocument(LocalStore& store, const std::string& documentId);

// Every signature of the document, void ones too, oldest first.
std::vector<Record<Signature>> readSignatures(LocalStore& store, const std::string& projectId,
                                              const std::string& documentId);

} // namespace fv::app
