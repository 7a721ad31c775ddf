#include "routes/blob_routes.h"

#include "http/json_response.h"
#include "routes/blob_name.h"
#include "routes/request_context.h"
#include "storage/blob_access.h"
#include "storage/blob_store.h"
#include "util/sha256.h"

#include <algorithm>
#include <cctype>

namespace fv::server {
namespace {

constexpr std::size_t kMaxMissingQuery = 1000;

// POST /v1/blobs/missing's body. (When the device's uploader is written, this moves next to the
// other messages in shared/sync/protocol.h.)
struct MissingBlobsQuery {
    std::vector<std::string> sha256;

    static constexpr auto fields() { return std::tuple{field("sha256", &MissingBlobsQuery::sha256)}; }
};

void checkRules(const MissingBlobsQuery& query, const std::string& path, Problems& out)
{
    const std::string list = joinPath(path, "sha256");
    if (query.sha256.size() > kMaxMissingQuery) {
        out.push_back({list, "may name at most " + std::to_string(kMaxMissingQuery) + " blobs per request"});
        return;
    }
    for (std::size_t i = 0; i < query.sha256.size(); ++i)
        if (!isSha256Hex(query.sha256[i])) out.push_back({indexPath(list, i), "must be 64 lowercase hex digits"});
}

// The media type is the device's claim; only a plain `type/subtype` goes into a header.
std::string contentType(const std::string& claimed)
{
    const auto isTokenChar = [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) ||
               std::string_view("!#$&^_.+-").find(c) != std::string_view::npos;
    };
    const auto slash = claimed.find('/');
    const bool plain = slash != std::string::npos && slash > 0 && slash + 1 < claimed.size() &&
                       std::all_of(claimed.begin(), claimed.begin() + std::ptrdiff_t(slash), isTokenChar) &&
                       std::all_of(claimed.begin() + std::ptrdiff_t(slash) + 1, claimed.end(), isTokenChar);
    return plain ? claimed : "application/octet-stream";
}

// HEAD states the blob's size without reading it: the HTTP layer keeps a HEAD handler's own
// Content-Length (http/beast_message.cpp).
Response sizedHeadAnswer(std::int64_t size)
{
    return {.status = Status::Ok,
            .headers = {{"Content-Type", "application/octet-stream"}, {"Content-Length", std::to_string(size)}}};
}

Response head(BlobStore& blobs, AccountStore& accounts, const Request& request, const PathParams& params)
{
    requireClientVersion(request);
    authenticate(request, accounts);
    const auto sha256 = blobName(params);
    const BlobStatus held = blobs.status(sha256);
    if (held.state == BlobStatus::State::Complete) return sizedHeadAnswer(held.size);
    HttpError notHere = blobNotFound(sha256);
    if (held.state == BlobStatus::State::Partial) notHere.withHeader("Upload-Offset", std::to_string(held.size));
    throw notHere;
}

Response missing(BlobStore& blobs, AccountStore& accounts, const Request& request)
{
    requireClientVersion(request);
    authenticate(request, accounts);
    const auto query = decodeBody<MissingBlobsQuery>(request);
    return jsonResponse(Status::Ok, nlohmann::json{{"missing", blobs.missing(query.sha256)}});
}

Response download(BlobStore& blobs, BlobAccess& access, AccountStore& accounts, const Request& request,
                  const PathParams& params)
{
    requireClientVersion(request);
    const User user = authenticate(request, accounts);
    const auto sha256 = blobName(params);
    const auto mediaType = access.readableAs(user, sha256);
    // The whole blob in memory, because a handler answers with a std::string: a 20 MB photo per
    // GET is acceptable for now. Streaming from the file needs a file body in the HTTP layer.
    auto bytes = mediaType ? blobs.read(sha256) : std::nullopt;
    if (!bytes) throw blobNotFound(sha256);
    return {.status = Status::Ok,
            .headers = {{"Content-Type", contentType(*mediaType)},
                        {"ETag", "\"" + sha256 + "\""},
                        // Content-addressed, so it never changes; private, since access is per user.
                        {"Cache-Control", "private, max-age=31536000, immutable"},
                        // The type is the device's claim: a browser must neither guess another
                        // nor run what it opens.
                        {"X-Content-Type-Options", "nosniff"},
                        {"Content-Security-Policy", "sandbox"}},
            .body = std::move(*bytes)};
}

} // namespace

Route blobStatusRoute(BlobStore& blobs, AccountStore& accounts)
{
    return {
        .method = Method::Head,
        .pattern = "/v1/blobs/{sha256}",
        .handler = [&blobs, &accounts](const Request& r, const PathParams& p) { return head(blobs, accounts, r, p); }};
}

Route missingBlobsRoute(BlobStore& blobs, AccountStore& accounts)
{
    return {
        .method = Method::Post,
        .pattern = "/v1/blobs/missing",
        .handler = [&blobs, &accounts](const Request& r, const PathParams&) { return missing(blobs, accounts, r); }};
}

Route blobDownloadRoute(BlobStore& blobs, BlobAccess& access, AccountStore& accounts)
{
    return {.method = Method::Get,
            .pattern = "/v1/blobs/{sha256}",
            .handler = [&blobs, &access, &accounts](const Request& r, const PathParams& p) {
                return download(blobs, access, accounts, r, p);
            }};
}

} // namespace fv::server
