#include "domain/attachment.h"

#include "domain/rules.h"

namespace fv {

void checkRules(const Attachment& attachment, const std::string& path, Problems& out)
{
    rules::requireId(attachment.projectId, joinPath(path, "projectId"), out);
    rules::requireId(attachment.ownerId, joinPath(path, "ownerId"), out);
    rules::requireSha256(attachment.sha256, joinPath(path, "sha256"), out);
    if (!attachment.thumbnailSha256.empty())
        rules::requireSha256(attachment.thumbnailSha256, joinPath(path, "thumbnailSha256"), out);
    if (attachment.sizeBytes <= 0) out.push_back({joinPath(path, "sizeBytes"), "must be more than 0"});
    if (attachment.mimeType.find('/') == std::string::npos)
        out.push_back({joinPath(path, "mimeType"), "must be a media type such as image/jpeg"});
    if (attachment.kind == AttachmentKind::Photo && attachment.mimeType.rfind("image/", 0) != 0)
        out.push_back({joinPath(path, "mimeType"), "must be an image type for a photo"});
}

} // namespace fv
