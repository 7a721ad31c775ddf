#pragma once

#include "signature/signed_document_reads.h"

#include <QString>
#include <QStringList>

namespace fv::app {

// What the signer is shown before signing: the document's name and its key
// fields in plain words, and how many photos it carries (also signed).
struct DocumentSummary {
    QString title;
    QStringList lines;
    int photoCount = 0;
};

DocumentSummary summarize(LocalStore& store, const StoredDocument& document);

} // namespace fv::app
