#pragma once

#include "http_client/http_client.h"
#include "sync/blob_transport.h"

#include <string>

namespace fv {

// BlobTransport over the plain HTTP client: the blob routes of
// server/PROTOCOL.md, for end-to-end tests and the load tool.
class HttpBlobTransport final : public BlobTransport {
public:
    HttpBlobTransport(const std::string& baseUrl, std::string appVersion, std::string token,
                      HttpClientOptions options = {});

    std::vector<std::string> missing(const std::vector<std::string>& sha256s) override;
    BlobUploadState status(const std::string& sha256) override;
    BlobUploadState upload(const std::string& sha256, std::int64_t offset, std::string_view bytes,
                           std::int64_t total) override;

private:
    HttpClient m_client;
    std::string m_appVersion;
    std::string m_token;
};

} // namespace fv
