#include "signature/signature_guard.h"

#include "signature/signed_document_reads.h"

namespace fv::app {

SignatureGuard::SignatureGuard(LocalStore& store, std::string documentId)
    : m_store(store), m_documentId(std::move(documentId))
{
    if (auto document = readSignedDocument(m_store, m_documentId)) m_before = document->content();
}

std::vector<Record<Signature>> SignatureGuard::voidStale()
{
    if (!m_before) return {};
    const auto after = readSignedDocument(m_store, m_documentId);
    if (!after) return {}; // deleted: its signatures go with it, nothing to compare
    auto voided =
        signaturesVoidedByEdit(*m_before, after->content(), readSignatures(m_store, after->projectId(), m_documentId));
    for (auto& signature : voided) signature = m_store.save(signature);
    m_before = after->content();
    return voided;
}

std::string signedDocumentOf(const RawRecord& record)
{
    if (record.meta.type == RecordType::Attachment) return record.fields.value("ownerId", std::string());
    return isSignableType(record.meta.type) ? record.meta.id : std::string();
}

} // namespace fv::app
