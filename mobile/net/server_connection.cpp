#include "net/server_connection.h"

#include "sync/protocol.h"
#include "util/error.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QThread>

namespace fv::app {

ServerConnection::ServerConnection(QUrl baseUrl, QString appVersion, QString token, ReplyLimits limits)
    : m_baseUrl(std::move(baseUrl)), m_appVersion(std::move(appVersion)), m_token(std::move(token)), m_limits(limits)
{
}

ServerConnection::~ServerConnection() = default;

// Who is asking, and which app and protocol version, so the server can refuse
// a client it does not understand.
QNetworkRequest ServerConnection::request(const QString& pathAndQuery) const
{
    QNetworkRequest r(m_baseUrl.resolved(QUrl(pathAndQuery)));
    r.setRawHeader("X-FieldVisit-App", m_appVersion.toUtf8());
    r.setRawHeader("X-FieldVisit-Protocol", QByteArray::number(kProtocolVersion));
    r.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    r.setRawHeader("Accept", "application/json");
    return r;
}

FinishedReply ServerConnection::send(const QNetworkRequest& r, const QByteArray& verb, const QByteArray& body)
{
    QNetworkReply* sent = nullptr;
    if (verb == "GET")
        sent = network().get(r);
    else if (verb == "HEAD")
        sent = network().head(r);
    else if (verb == "PUT")
        sent = network().put(r, body);
    else if (verb == "POST")
        sent = network().post(r, body);
    else
        throw Error(ErrorDomain::Internal, "internal", "no request method " + verb.toStdString());
    FinishedReply reply(sent, [](QNetworkReply* p) { p->deleteLater(); });
    guardReply(reply.get(), m_limits);
    if (!reply->isFinished()) {
        QEventLoop loop;
        QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    if (!reply->isFinished()) reply->abort();
    return reply;
}

QNetworkAccessManager& ServerConnection::network()
{
    if (!m_network) {
        m_thread = QThread::currentThread();
        m_network = std::make_unique<QNetworkAccessManager>();
        m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    }
    if (QThread::currentThread() != m_thread)
        throw Error(ErrorDomain::Internal, "wrong_thread",
                    "a server connection is used from another thread than the one it first ran in");
    return *m_network;
}

} // namespace fv::app
