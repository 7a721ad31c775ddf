#include "net/reply_guard.h"

#include <QNetworkReply>
#include <QTimer>

namespace fv::app {
namespace {

constexpr char kTimedOut[] = "fvTimedOut";
constexpr char kTooLarge[] = "fvTooLarge";

void abortMarked(QNetworkReply* reply, const char* mark)
{
    if (reply->isFinished()) return;
    reply->setProperty(mark, true);
    reply->abort();
}

} // namespace

void guardReply(QNetworkReply* reply, const ReplyLimits& limits)
{
    auto* timer = new QTimer(reply); // dies with the reply
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, reply, [reply] { abortMarked(reply, kTimedOut); });
    QObject::connect(reply, &QNetworkReply::finished, timer, &QTimer::stop);
    timer->start(limits.timeout);

    const qint64 max = limits.maxBodyBytes;
    QObject::connect(reply, &QNetworkReply::downloadProgress, reply, [reply, max](qint64 received, qint64 total) {
        if (received > max || total > max) abortMarked(reply, kTooLarge);
    });
}

bool timedOut(const QNetworkReply& reply) { return reply.property(kTimedOut).toBool(); }
bool tooLarge(const QNetworkReply& reply) { return reply.property(kTooLarge).toBool(); }

} // namespace fv::app
