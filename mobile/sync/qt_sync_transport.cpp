#include "sync/qt_sync_transport.h"

#include "net/server_answer.h"

#include <QNetworkReply>

QtSyncTransport::QtSyncTransport(QUrl baseUrl, QString appVersion, QString token, fv::app::ReplyLimits limits)
    : m_connection(std::move(baseUrl), std::move(appVersion), std::move(token), limits)
{
}

QtSyncTransport::~QtSyncTransport() = default;

fv::PushResponse QtSyncTransport::push(const fv::PushRequest& pushRequest)
{
    auto r = m_connection.request(QStringLiteral("/v1/sync/push"));
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    return fv::pushResponseFromJson(exchange(r, "POST", QByteArray::fromStdString(fv::encode(pushRequest).dump())));
}

fv::PullResponse QtSyncTransport::pull(std::int64_t cursor, int limit)
{
    const auto target = QStringLiteral("/v1/sync/pull?cursor=%1&limit=%2").arg(cursor).arg(limit);
    return fv::pullResponseFromJson(exchange(m_connection.request(target), "GET", {}));
}

std::vector<fv::SettledConflict> QtSyncTransport::settledConflicts(const std::vector<std::int64_t>& ids)
{
    const auto target = QString::fromStdString(fv::settledConflictsTarget(ids));
    return fv::settledConflictsFromJson(exchange(m_connection.request(target), "GET", {}));
}

fv::Json QtSyncTransport::exchange(const QNetworkRequest& r, const QByteArray& verb, const QByteArray& body)
{
    const auto reply = m_connection.send(r, verb, body);
    return fv::app::jsonAnswer(*reply, m_connection.limits());
}
