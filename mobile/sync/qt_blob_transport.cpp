#include "sync/qt_blob_transport.h"

#include "net/server_answer.h"
#include "util/sha256.h"

#include <QNetworkReply>
#include <algorithm>

namespace {

QString blobTarget(const std::string& sha256) { return QStringLiteral("/v1/blobs/") + QString::fromStdString(sha256); }

// The bytes the server holds of an upload, as every blob answer names them.
std::int64_t uploadOffset(const QNetworkReply& reply)
{
    bool ok = false;
    const qint64 offset = reply.rawHeader("Upload-Offset").toLongLong(&ok);
    return ok && offset >= 0 ? offset : 0;
}

std::string errorCode(const fv::app::HttpAnswer& answer)
{
    const auto json =
        fv::Json::parse(answer.body.constData(), answer.body.constData() + answer.body.size(), nullptr, false);
    return json.is_object() && json.contains("code") && json.at("code").is_string() ? json.at("code").get<std::string>()
                                                                                    : std::string();
}

} // namespace

QtBlobTransport::QtBlobTransport(QUrl baseUrl, QString appVersion, QString token, fv::app::ReplyLimits limits)
    : m_connection(std::move(baseUrl), std::move(appVersion), std::move(token), limits)
{
}

QtBlobTransport::~QtBlobTransport() = default;

std::vector<std::string> QtBlobTransport::missing(const std::vector<std::string>& sha256s)
{
    auto r = m_connection.request(QStringLiteral("/v1/blobs/missing"));
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const auto body = QByteArray::fromStdString(fv::Json{{"sha256", sha256s}}.dump());
    const auto reply = m_connection.send(r, "POST", body);
    const auto answer = fv::app::jsonAnswer(*reply, m_connection.limits());
    const auto names = answer.find("missing"); // end() for an answer that is not an object
    if (names == answer.end() || !names->is_array() ||
        !std::all_of(names->begin(), names->end(), [](const fv::Json& name) { return name.is_string(); }))
        throw fv::Error(fv::ErrorDomain::Protocol, "malformed_answer",
                        "the server's missing-blobs answer is not a list of names");
    return names->get<std::vector<std::string>>();
}

fv::BlobUploadState QtBlobTransport::status(const std::string& sha256)
{
    const auto reply = m_connection.send(m_connection.request(blobTarget(sha256)), "HEAD");
    const auto answer = fv::app::httpAnswer(*reply, m_connection.limits());
    if (answer.status == 200) return {true, 0};
    if (answer.status == 404) return {false, uploadOffset(*reply)};
    throw fv::app::serverError(answer);
}

fv::BlobUploadState QtBlobTransport::upload(const std::string& sha256, std::int64_t offset, std::string_view bytes,
                                            std::int64_t total)
{
    auto r = m_connection.request(blobTarget(sha256));
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/octet-stream"));
    r.setRawHeader("Upload-Offset", QByteArray::number(qint64(offset)));
    r.setRawHeader("Upload-Length", QByteArray::number(qint64(total)));
    const auto reply = m_connection.send(r, "PUT", QByteArray(bytes.data(), qsizetype(bytes.size())));
    const auto answer = fv::app::httpAnswer(*reply, m_connection.limits());
    if (answer.status == 200 || answer.status == 201) return {true, total};
    if (answer.status == 204) return {false, uploadOffset(*reply)};
    // The server holds a different amount than we thought: continue from its count.
    if (answer.status == 409 && errorCode(answer) == "offset_mismatch") return {false, uploadOffset(*reply)};
    throw fv::app::serverError(answer);
}

std::string QtBlobTransport::fetch(const std::string& sha256)
{
    const auto reply = m_connection.send(m_connection.request(blobTarget(sha256)), "GET");
    const auto answer = fv::app::httpAnswer(*reply, m_connection.limits());
    if (!answer.isSuccess()) throw fv::app::serverError(answer);
    std::string bytes = answer.body.toStdString();
    if (fv::sha256Hex(bytes) != sha256)
        throw fv::Error(fv::ErrorDomain::Protocol, "hash_mismatch",
                        "the server sent bytes that are not the blob " + sha256);
    return bytes;
}
