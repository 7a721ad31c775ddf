#include "domain/signature.h"

#include "domain/rules.h"

namespace fv {

void checkRules(const StrokePoint& point, const std::string& path, Problems& out)
{
    if (point.t < 0) out.push_back({joinPath(path, "t"), "must not be negative"});
    if (point.pressure && !(*point.pressure >= 0 && *point.pressure <= 1))
        out.push_back({joinPath(path, "pressure"), "must be between 0 and 1"});
}

void checkRules(const Stroke& stroke, const std::string& path, Problems& out)
{
    if (stroke.points.empty()) out.push_back({joinPath(path, "points"), "must hold at least one point"});
}

void checkRules(const Signature& signature, const std::string& path, Problems& out)
{
    rules::requireId(signature.projectId, joinPath(path, "projectId"), out);
    rules::requireId(signature.documentId, joinPath(path, "documentId"), out);
    if (signature.documentType != RecordType::Visit && signature.documentType != RecordType::Acceptance)
        out.push_back({joinPath(path, "documentType"), "must be visit or acceptance: only those are signed"});
    rules::requireText(signature.signerName, joinPath(path, "signerName"), out);
    // An empty pad is not a signature (a known failure of other tools).
    if (signature.strokes.empty()) out.push_back({joinPath(path, "strokes"), "must hold the signature's strokes"});
    if (!(signature.padWidth > 0) || !(signature.padHeight > 0))
        out.push_back({joinPath(path, "padWidth"), "the pad size must be positive"});
    rules::requireSha256(signature.contentSha256, joinPath(path, "contentSha256"), out);
    if (!signature.imageSha256.empty()) rules::requireSha256(signature.imageSha256, joinPath(path, "imageSha256"), out);
    if (signature.voided) rules::requireText(signature.voidReason, joinPath(path, "voidReason"), out);
}

} // namespace fv
