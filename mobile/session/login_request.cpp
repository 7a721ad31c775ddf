#include "session/login_request.h"

#include "net/server_answer.h"
#include "util/error.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace {

[[noreturn]] void malformed(const std::string& what)
{
    throw fv::Error(fv::ErrorDomain::Protocol, "malformed_answer", "the server's login answer is malformed: " + what);
}

// One member of the answer; members the app does not know are ignored, as a
// newer server may add some.
template <class T> T read(const fv::Json& json, const char* key, const std::string& path)
{
    if (!json.is_object() || !json.contains(key)) malformed("missing " + path);
    auto decoded = fv::decode<T>(json.at(key), path);
    if (!decoded.ok()) malformed(decoded.problems.front().path + " " + decoded.problems.front().message);
    return std::move(*decoded.value);
}

SignedInUser signedInUserFrom(const fv::Json& json, const QUrl& baseUrl)
{
    const auto qs = [](const std::string& text) { return QString::fromStdString(text); };
    const auto user = read<fv::Json>(json, "user", "user");
    SignedInUser result;
    result.serverUrl = baseUrl.toString();
    result.token = qs(read<std::string>(json, "token", "token"));
    result.tokenExpiresAt =
        QDateTime::fromMSecsSinceEpoch(read<fv::Timestamp>(json, "expiresAt", "expiresAt").msSinceEpoch, Qt::UTC);
    result.userId = qs(read<std::string>(user, "id", "user.id"));
    result.userName = qs(read<std::string>(user, "name", "user.name"));
    result.role = qs(read<std::string>(user, "role", "user.role"));
    if (result.token.isEmpty() || result.userId.isEmpty()) malformed("token or user.id is empty");
    return result;
}

} // namespace

LoginRequest::LoginRequest(QNetworkAccessManager& network, fv::app::ReplyLimits limits, QObject* parent)
    : QObject(parent), m_network(network), m_limits(limits)
{
}

LoginRequest::~LoginRequest() { abort(); }

void LoginRequest::start(const QUrl& baseUrl, const QString& userId, const QString& password)
{
    abort();
    m_baseUrl = baseUrl;
    QNetworkRequest request(baseUrl.resolved(QUrl(QStringLiteral("/v1/auth/login"))));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Accept", "application/json");
    const fv::Json body = {{"userId", userId.toStdString()}, {"password", password.toStdString()}};
    m_reply = m_network.post(request, QByteArray::fromStdString(body.dump()));
    fv::app::guardReply(m_reply, m_limits);
    connect(m_reply, &QNetworkReply::finished, this, &LoginRequest::finish);
}

void LoginRequest::abort()
{
    if (!m_reply) return;
    QNetworkReply* reply = m_reply;
    m_reply.clear();
    reply->disconnect(this); // an abandoned request reports nothing
    reply->abort();
    reply->deleteLater();
}

void LoginRequest::finish()
{
    QNetworkReply* reply = m_reply;
    m_reply.clear();
    reply->deleteLater();
    SignedInUser user;
    try {
        user = signedInUserFrom(fv::app::jsonAnswer(*reply, m_limits), m_baseUrl);
    } catch (const fv::Error& e) {
        emit failed(QString::fromStdString(e.code()), QString::fromUtf8(e.what()));
        return;
    }
    emit succeeded(user);
}
