#include "signature/signed_document_reads.h"

#include "store/store_queries.h"

#include <algorithm>

namespace fv::app {

std::string StoredDocument::projectId() const { return record.fields.value("projectId", std::string()); }

SignedDocument StoredDocument::content() const
{
    SignedDocument content{record.meta.type, record.fields, {}};
    for (const auto& attachment : attachments) content.attachmentSha256s.push_back(attachment.body.sha256);
    return content;
}

std::optional<StoredDocument> readSignedDocument(LocalStore& store, const std::string& documentId)
{
    if (documentId.empty()) return std::nullopt;
    auto record = store.find(documentId);
    if (!record || record->meta.deleted || !isSignableType(record->meta.type)) return std::nullopt;
    StoredDocument document{std::move(*record), {}};
    for (auto& attachment : StoreQueries(store).ofProject<Attachment>(document.projectId()))
        if (attachment.body.ownerId == documentId) document.attachments.push_back(std::move(attachment));
    return document;
}

std::vector<Record<Signature>> readSignatures(LocalStore& store, const std::string& projectId,
                                              const std::string& documentId)
{
    std::vector<Record<Signature>> signatures;
    for (auto& signature : StoreQueries(store).ofProject<Signature>(projectId))
        if (signature.body.documentId == documentId) signatures.push_back(std::move(signature));
    std::stable_sort(signatures.begin(), signatures.end(), [](const auto& a, const auto& b) {
        return a.body.signedAt.msSinceEpoch < b.body.signedAt.msSinceEpoch;
    });
    return signatures;
}

} // namespace fv::app
