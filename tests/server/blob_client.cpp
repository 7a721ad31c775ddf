#include "blob_client.h"

#include "sync/protocol.h"
#include "util/sha256.h"

#include <QEventLoop>
#include <QNetworkReply>
#include <QRandomGenerator>

namespace fv::test {

std::string BlobReply::code() const
{
    const Json body = json();
    return body.is_object() && body.contains("code") && body["code"].is_string() ? body["code"].get<std::string>() : "";
}

std::optional<qint64> BlobReply::number(const QByteArray& header) const
{
    const auto it = headers.find(header.toLower());
    if (it == headers.end()) return std::nullopt;
    bool ok = false;
    const qint64 value = it->toLongLong(&ok);
    return ok ? std::optional(value) : std::nullopt;
}

BlobReply BlobClient::send(const QByteArray& method, const QString& path, const QString& token, const QByteArray& body,
                           const QList<QPair<QByteArray, QByteArray>>& headers, bool versionHeaders)
{
    QNetworkRequest request(m_server.url(path));
    if (!token.isEmpty()) request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    if (versionHeaders) {
        request.setRawHeader("X-FieldVisit-App", "0.1.0-test");
        request.setRawHeader("X-FieldVisit-Protocol", QByteArray::number(kProtocolVersion));
    }
    for (const auto& [name, value] : headers) request.setRawHeader(name, value);
    // QNetworkAccessManager waits for a body after a custom "HEAD"; its own head() does not.
    QNetworkReply* reply =
        method == "HEAD" ? m_network.head(request) : m_network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    BlobReply result{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(), {}};
    for (const auto& [name, value] : reply->rawHeaderPairs()) result.headers.insert(name.toLower(), value);
    reply->deleteLater();
    return result;
}

BlobReply BlobClient::head(const QString& token, const std::string& sha256)
{
    return send("HEAD", QString::fromStdString("/v1/blobs/" + sha256), token);
}

BlobReply BlobClient::get(const QString& token, const std::string& sha256)
{
    return send("GET", QString::fromStdString("/v1/blobs/" + sha256), token);
}

BlobReply BlobClient::put(const QString& token, const std::string& sha256, const QByteArray& bytes, qint64 total,
                          std::optional<qint64> offset)
{
    QList<QPair<QByteArray, QByteArray>> headers{{"Content-Type", "application/octet-stream"},
                                                 {"Upload-Length", QByteArray::number(total)}};
    if (offset) headers.append({"Upload-Offset", QByteArray::number(*offset)});
    return send("PUT", QString::fromStdString("/v1/blobs/" + sha256), token, bytes, headers);
}

BlobReply BlobClient::upload(const QString& token, const QByteArray& bytes)
{
    return put(token, sha256Of(bytes), bytes, bytes.size());
}

BlobReply BlobClient::missing(const QString& token, const std::vector<std::string>& sha256s)
{
    const Json body = {{"sha256", sha256s}};
    return send("POST", "/v1/blobs/missing", token, QByteArray::fromStdString(body.dump()),
                {{"Content-Type", "application/json"}});
}

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QRandomGenerator generator(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char& byte : bytes) byte = char(generator.bounded(256));
    return bytes;
}

std::string sha256Of(const QByteArray& bytes)
{
    return sha256Hex(std::string_view(bytes.constData(), std::size_t(bytes.size())));
}

} // namespace fv::test
