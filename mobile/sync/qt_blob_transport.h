#pragma once

#include "net/server_connection.h"
#include "sync/blob_transport.h"

// The blob routes (server/PROTOCOL.md, "Blobs") over Qt's network stack: how
// photos and signature images reach the server, and how a device fetches
// those another device took. Each call blocks (net/server_connection.h), so
// it belongs on a worker thread. Errors are those BlobTransport promises, with
// the server's own words (net/server_answer.h); calls never retry — the
// uploader resumes from where the server says an upload stands.
class QtBlobTransport final : public fv::BlobTransport {
public:
    // Blob requests carry whole chunks: give them at least the time a chunk
    // (BlobUploader's) takes on a weak link.
    QtBlobTransport(QUrl baseUrl, QString appVersion, QString token, fv::app::ReplyLimits limits = {});
    ~QtBlobTransport() override;

    std::vector<std::string> missing(const std::vector<std::string>& sha256s) override;
    fv::BlobUploadState status(const std::string& sha256) override;
    fv::BlobUploadState upload(const std::string& sha256, std::int64_t offset, std::string_view bytes,
                               std::int64_t total) override;

    // The bytes of a blob this user may see (GET /v1/blobs/{sha256}),
    // checked against their name: Protocol/"hash_mismatch" when they are not
    // what was asked for, "blob_not_found" when the server will not give it.
    std::string fetch(const std::string& sha256);

    void setToken(QString token) { m_connection.setToken(std::move(token)); }

private:
    fv::app::ServerConnection m_connection;
};
