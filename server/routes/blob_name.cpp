#include "routes/blob_name.h"

#include "util/sha256.h"

namespace fv::server {

std::string blobName(const PathParams& params)
{
    const auto it = params.find("sha256");
    if (it == params.end() || !isSha256Hex(it->second))
        throw HttpError(Status::BadRequest, "invalid_sha256",
                        "a blob is named by the SHA-256 of its bytes: 64 lowercase hex digits", "sha256");
    return it->second;
}

HttpError blobNotFound(const std::string& sha256)
{
    return HttpError(Status::NotFound, "blob_not_found", "no blob " + sha256 + " here");
}

} // namespace fv::server
