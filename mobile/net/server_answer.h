#pragma once

#include "net/reply_guard.h"
#include "util/error.h"

#include "json/codec.h"
#include <QByteArray>

class QNetworkReply;

namespace fv::app {

// What a finished reply carried over HTTP, whatever its status.
struct HttpAnswer {
    int status = 0;
    QByteArray body;

    bool isSuccess() const { return status >= 200 && status < 300; }
};

// The status and whole body of a finished reply, or throws the network's
// failure: Network/"unreachable" or "timeout", Protocol/"malformed_answer"
// (not HTTP) or "answer_too_large".
HttpAnswer httpAnswer(QNetworkReply& reply, const ReplyLimits& limits);

// What an HTTP error answer means: Protocol/<the server's own code> with its
// message and field, "unauthorized" for a bare 401 (a HEAD answer has no
// body), or "http_<status>".
Error serverError(const HttpAnswer& answer);

// The JSON body of a finished reply, or throws the fv::Error it means, with the
// codes SyncTransport promises (the same contract as tools/http_client):
//  - Network/"unreachable": no answer (name not found, refused, connection lost);
//  - Network/"timeout":     no complete answer within the limit;
//  - Protocol/<code>:       an HTTP error, with the server's own code, message
//                           and field, or "http_<status>" without such a body;
//  - Protocol/"malformed_answer", "answer_too_large": an answer the app cannot take.
Json jsonAnswer(QNetworkReply& reply, const ReplyLimits& limits);

} // namespace fv::app
