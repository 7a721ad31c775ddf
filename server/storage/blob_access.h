#pragma once

#include "auth/user.h"

#include <optional>
#include <string>

namespace fv::server {

// Who may read a blob's bytes. A blob has no owner of its own: it is readable through the live
// records that reference it (an attachment's sha256 or thumbnailSha256, a signature's
// imageSha256), by whoever may see one of them. Behind an interface so a PostgreSQL backend can
// answer it from its own tables.
class BlobAccess {
public:
    virtual ~BlobAccess() = default;

    // The media type to serve the blob as, when `user` may see a live record referencing it;
    // nullopt otherwise (no such record, or none in the user's projects). Callers answer both
    // the same way, so a blob's existence is not revealed to those who may not read it.
    virtual std::optional<std::string> readableAs(const User& user, const std::string& sha256) = 0;
};

} // namespace fv::server
