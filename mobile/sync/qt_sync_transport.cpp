#include "sync/qt_sync_transport.h"

#include "net/server_answer.h"
#include "util/error.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QThread>

QtSyncTransport::QtSyncTransport(QUrl baseUrl, QString appVersion, QString token, fv::app::ReplyLimits limits)
    : m_baseUrl(std::move(baseUrl)), m_appVersion(std::move(appVersion)), m_token(std::move(token)), m_limits(limits)
{
}

QtSyncTransport::~QtSyncTransport() = default;

fv::PushResponse QtSyncTransport::push(const fv::PushRequest& pushRequest)
{
    auto r = request(QStringLiteral("/v1/sync/push"));
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    return fv::pushResponseFromJson(exchange(r, "POST", QByteArray::fromStdString(fv::encode(pushRequest).dump())));
}

fv::PullResponse QtSyncTransport::pull(std::int64_t cursor, int limit)
{
    const auto target = QStringLiteral("/v1/sync/pull?cursor=%1&limit=%2").arg(cursor).arg(limit);
    return fv::pullResponseFromJson(exchange(request(target), "GET", {}));
}

// What every sync request carries (PROTOCOL.md): who is asking, and which app
// and protocol version, so the server can refuse a client it does not understand.
QNetworkRequest QtSyncTransport::request(const QString& pathAndQuery) const
{
    QNetworkRequest r(m_baseUrl.resolved(QUrl(pathAndQuery)));
    r.setRawHeader("X-FieldVisit-App", m_appVersion.toUtf8());
    r.setRawHeader("X-FieldVisit-Protocol", QByteArray::number(fv::kProtocolVersion));
    r.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    r.setRawHeader("Accept", "application/json");
    return r;
}

fv::Json QtSyncTransport::exchange(const QNetworkRequest& r, const QByteArray& verb, const QByteArray& body)
{
    QNetworkReply* reply = verb == "GET" ? network().get(r) : network().post(r, body);
    // deleteLater: the network stack may still hold queued events for it.
    const std::unique_ptr<QNetworkReply, void (*)(QNetworkReply*)> owner(reply,
                                                                         [](QNetworkReply* p) { p->deleteLater(); });
    fv::app::guardReply(reply, m_limits);
    if (!reply->isFinished()) {
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    // The loop also ends when the thread is asked to quit (the app is closing):
    // the request is then abandoned and reported as cancelled.
    if (!reply->isFinished()) reply->abort();
    return fv::app::jsonAnswer(*reply, m_limits);
}

QNetworkAccessManager& QtSyncTransport::network()
{
    if (!m_network) {
        m_thread = QThread::currentThread();
        m_network = std::make_unique<QNetworkAccessManager>();
        m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    }
    if (QThread::currentThread() != m_thread)
        throw fv::Error(fv::ErrorDomain::Internal, "wrong_thread",
                        "QtSyncTransport is used from another thread than the one it first ran in");
    return *m_network;
}
