#include "http_client/http_blob_transport.h"

#include "http_client/request_headers.h"
#include "http_client/server_answer.h"

#include <charconv>

namespace fv {
namespace {

std::int64_t uploadOffset(const HttpResponse& response)
{
    const auto it = response.headers.find("upload-offset");
    std::int64_t offset = 0;
    if (it == response.headers.end() ||
        std::from_chars(it->second.data(), it->second.data() + it->second.size(), offset).ec != std::errc{})
        return 0;
    return offset;
}

std::string errorCode(const HttpResponse& response)
{
    const auto body = Json::parse(response.body, nullptr, false);
    return body.is_object() ? body.value("code", "") : "";
}

std::string blobTarget(const std::string& sha256) { return "/v1/blobs/" + sha256; }

} // namespace

HttpBlobTransport::HttpBlobTransport(const std::string& baseUrl, std::string appVersion, std::string token,
                                     HttpClientOptions options)
    : m_client(baseUrl, options), m_appVersion(std::move(appVersion)), m_token(std::move(token))
{
}

std::vector<std::string> HttpBlobTransport::missing(const std::vector<std::string>& sha256s)
{
    auto headers = fieldVisitHeaders(m_appVersion, m_token);
    headers["Content-Type"] = "application/json";
    const auto response = m_client.request("POST", "/v1/blobs/missing", Json{{"sha256", sha256s}}.dump(), headers);
    return jsonAnswer(response).at("missing").get<std::vector<std::string>>();
}

BlobUploadState HttpBlobTransport::status(const std::string& sha256)
{
    const auto response = m_client.request("HEAD", blobTarget(sha256), {}, fieldVisitHeaders(m_appVersion, m_token));
    if (response.status == 200) return {true, 0};
    if (response.status == 404) return {false, uploadOffset(response)};
    throw serverError(response);
}

BlobUploadState HttpBlobTransport::upload(const std::string& sha256, std::int64_t offset, std::string_view bytes,
                                          std::int64_t total)
{
    auto headers = fieldVisitHeaders(m_appVersion, m_token);
    headers["Content-Type"] = "application/octet-stream";
    headers["Upload-Offset"] = std::to_string(offset);
    headers["Upload-Length"] = std::to_string(total);
    const auto response = m_client.request("PUT", blobTarget(sha256), bytes, headers);
    if (response.status == 200 || response.status == 201) return {true, total};
    if (response.status == 204) return {false, uploadOffset(response)};
    // The server holds a different amount than we thought: continue from its count.
    if (response.status == 409 && errorCode(response) == "offset_mismatch") return {false, uploadOffset(response)};
    throw serverError(response);
}

} // namespace fv
