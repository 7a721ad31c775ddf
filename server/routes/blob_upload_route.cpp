#include "http/json_response.h"
#include "routes/blob_name.h"
#include "routes/blob_routes.h"
#include "routes/request_context.h"
#include "storage/blob_store.h"

#include <charconv>
#include <nlohmann/json.hpp>

namespace fv::server {
namespace {

using Outcome = AppendResult::Outcome;

// Per request, not per blob: a 20 MB photo fits one request, and a device on a slow link sends
// smaller pieces anyway (each request must arrive within the session's read timeout).
constexpr std::size_t kUploadBodyLimit = 64 * 1024 * 1024;
// Per blob. Photos and signature images are far below it; GET holds a whole blob in memory.
constexpr std::int64_t kMaxBlobBytes = 256LL * 1024 * 1024;

std::string_view headerValue(const Request& request, std::string_view name)
{
    const auto it = request.headers.find(name);
    return it == request.headers.end() ? std::string_view() : std::string_view(it->second);
}

// A non-negative whole number from a header; `fallback` when the header is absent (nullopt:
// the header is required).
std::int64_t byteCountHeader(const Request& request, std::string_view name, std::optional<std::int64_t> fallback)
{
    const auto text = headerValue(request, name);
    if (text.empty() && fallback) return *fallback;
    std::int64_t value = -1;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || ec != std::errc{} || end != text.data() + text.size() || value < 0)
        throw HttpError(Status::BadRequest, "invalid_header",
                        std::string(name) + " must be a byte count (a non-negative whole number)", std::string(name));
    return value;
}

BlobChunk chunkOf(const Request& request, const PathParams& params)
{
    BlobChunk chunk{.sha256 = blobName(params),
                    .offset = byteCountHeader(request, "Upload-Offset", 0),
                    .totalSize = byteCountHeader(request, "Upload-Length", std::nullopt),
                    .bytes = request.body};
    if (chunk.totalSize > kMaxBlobBytes)
        throw HttpError(Status::PayloadTooLarge, "blob_too_large",
                        "a blob may have at most " + std::to_string(kMaxBlobBytes) + " bytes", "Upload-Length");
    return chunk;
}

Response withOffset(Response response, std::int64_t offset)
{
    response.headers["Upload-Offset"] = std::to_string(offset);
    return response;
}

Response stored(Status status, const std::string& sha256, std::int64_t size)
{
    return withOffset(jsonResponse(status, nlohmann::json{{"sha256", sha256}, {"size", size}}), size);
}

HttpError refusal(Status status, std::string_view code, const std::string& message, std::int64_t offset)
{
    HttpError error(status, code, message);
    error.withHeader("Upload-Offset", std::to_string(offset));
    return error;
}

Response answer(const BlobChunk& chunk, const AppendResult& result)
{
    const auto at = std::to_string(result.offset);
    switch (result.outcome) {
    case Outcome::Incomplete:
        return withOffset({.status = Status::NoContent}, result.offset);
    case Outcome::Completed:
        return stored(Status::Created, chunk.sha256, result.offset);
    case Outcome::AlreadyComplete:
        return stored(Status::Ok, chunk.sha256, result.offset);
    case Outcome::OffsetMismatch:
        throw refusal(Status::Conflict, "offset_mismatch", "this upload continues at byte " + at, result.offset);
    case Outcome::Busy:
        throw refusal(Status::Conflict, "upload_in_progress",
                      "another request is uploading this blob; ask again with HEAD in a moment", result.offset)
            .withHeader("Retry-After", "1");
    case Outcome::LengthExceeded:
        throw refusal(Status::UnprocessableContent, "length_exceeded",
                      "these bytes would end past Upload-Length (" + std::to_string(chunk.totalSize) + ")",
                      result.offset);
    case Outcome::HashMismatch:
        throw refusal(Status::UnprocessableContent, "hash_mismatch",
                      "the " + std::to_string(chunk.totalSize) + " bytes do not hash to " + chunk.sha256 +
                          "; nothing was kept: upload the blob again from the start",
                      result.offset);
    }
    throw std::logic_error("unhandled upload outcome");
}

Response upload(BlobStore& blobs, AccountStore& accounts, const Request& request, const PathParams& params)
{
    requireClientVersion(request);
    authenticate(request, accounts);
    const BlobChunk chunk = chunkOf(request, params);
    return answer(chunk, blobs.append(chunk));
}

} // namespace

Route blobUploadRoute(BlobStore& blobs, AccountStore& accounts)
{
    return {
        .method = Method::Put,
        .pattern = "/v1/blobs/{sha256}",
        .handler = [&blobs, &accounts](const Request& r, const PathParams& p) { return upload(blobs, accounts, r, p); },
        .bodyLimit = kUploadBodyLimit};
}

} // namespace fv::server
