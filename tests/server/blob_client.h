#pragma once

// The blob endpoints as a device calls them, raw: status, headers and bytes, so tests can also
// send what a well-behaved device never would.

#include "server_process.h"

#include "json/codec.h"
#include <QByteArray>
#include <QNetworkAccessManager>
#include <QString>
#include <optional>
#include <string>
#include <vector>

namespace fv::test {

struct BlobReply {
    int status = 0;
    QByteArray body;
    QMap<QByteArray, QByteArray> headers; // names in lower case

    Json json() const { return Json::parse(body.toStdString(), nullptr, false); }
    std::string code() const;                                     // an error body's `code`, or ""
    std::optional<qint64> number(const QByteArray& header) const; // a numeric header, if present
};

class BlobClient {
public:
    explicit BlobClient(ServerProcess& server) : m_server(server) {}

    BlobReply head(const QString& token, const std::string& sha256);
    BlobReply get(const QString& token, const std::string& sha256);
    // Upload-Length is `total`; Upload-Offset is sent only when `offset` is given.
    BlobReply put(const QString& token, const std::string& sha256, const QByteArray& bytes, qint64 total,
                  std::optional<qint64> offset = std::nullopt);
    // The whole blob in one request.
    BlobReply upload(const QString& token, const QByteArray& bytes);
    BlobReply missing(const QString& token, const std::vector<std::string>& sha256s);

    // Any request to the server; `token` and the version headers are sent when asked for.
    BlobReply send(const QByteArray& method, const QString& path, const QString& token, const QByteArray& body = {},
                   const QList<QPair<QByteArray, QByteArray>>& headers = {}, bool versionHeaders = true);

private:
    ServerProcess& m_server;
    QNetworkAccessManager m_network;
};

// `size` bytes from a generator seeded with `seed`: different seeds, different blobs.
QByteArray randomBytes(qsizetype size, quint32 seed);
std::string sha256Of(const QByteArray& bytes);

} // namespace fv::test
