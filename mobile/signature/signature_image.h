#pragma once

#include "signature/stroke_model.h"
#include "store/local_store.h"

#include <QString>
#include <string>

namespace fv::app {

struct SavedSignatureImage {
    std::string sha256;
    QString path;
};

// Writes the signature's PNG (signature_ink::render) into `folder` as
// <sha256>.png and adds it to the store's blob queue, so the uploader knows
// it before any record refers to it. Throws fv::Error(Store, ...) when the
// file cannot be written.
SavedSignatureImage saveSignatureImage(LocalStore& store, const StrokeModel& strokes, const QString& folder);

} // namespace fv::app
