#pragma once

#include "domain/common.h"
#include "domain/enum_names.h"
#include "domain/envelope.h"

#include <cstdint>
#include <optional>
#include <string>

namespace fv {

enum class AttachmentKind { Photo, Video, Document };

template <>
struct EnumNames<AttachmentKind> {
    static constexpr EnumTable<AttachmentKind, 3> values{
        {{AttachmentKind::Photo, "photo"}, {AttachmentKind::Video, "video"}, {AttachmentKind::Document, "document"}}};
};

// The metadata of a photo or file. The bytes travel separately as a blob
// addressed by `sha256`, so a record can sync before or after its photo and
// the server can tell whether it has everything a record refers to.
struct Attachment {
    static constexpr RecordType kType = RecordType::Attachment;

    std::string projectId;
    std::string ownerId; // the record it belongs to (a visit, an acceptance, an issue)
    AttachmentKind kind = AttachmentKind::Photo;
    std::string sha256;
    std::int64_t sizeBytes = 0;
    std::string mimeType;
    std::string fileName;
    std::string caption;
    std::optional<Timestamp> takenAt;
    std::optional<Place> place;
    std::string thumbnailSha256; // empty for files without a thumbnail

    static constexpr auto fields()
    {
        return std::tuple{field("projectId", &Attachment::projectId), field("ownerId", &Attachment::ownerId),
                          field("kind", &Attachment::kind),           field("sha256", &Attachment::sha256),
                          field("sizeBytes", &Attachment::sizeBytes), field("mimeType", &Attachment::mimeType),
                          field("fileName", &Attachment::fileName),   field("caption", &Attachment::caption),
                          field("takenAt", &Attachment::takenAt),     field("place", &Attachment::place),
                          field("thumbnailSha256", &Attachment::thumbnailSha256)};
    }
    bool operator==(const Attachment&) const = default;
};

void checkRules(const Attachment& attachment, const std::string& path, Problems& out);

} // namespace fv
