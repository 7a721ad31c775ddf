#pragma once

#include <QtGlobal>
#include <chrono>

class QNetworkReply;

namespace fv::app {

// Every request the app makes is bounded in time and in the size of what it
// accepts back, like the server's own reads.
struct ReplyLimits {
    std::chrono::milliseconds timeout{30000};
    qint64 maxBodyBytes = 64 * 1024 * 1024; // a full pull page (5000 records) stays well below
};

// Aborts `reply` once it runs past either limit and marks it so that
// jsonAnswer() reports a timeout or an answer too large, not a cancellation.
void guardReply(QNetworkReply* reply, const ReplyLimits& limits);

bool timedOut(const QNetworkReply& reply);
bool tooLarge(const QNetworkReply& reply);

} // namespace fv::app
