#pragma once

#include "net/reply_guard.h"

#include "json/codec.h"

class QNetworkReply;

namespace fv::app {

// The JSON body of a finished reply, or throws the fv::Error it means, with the
// codes SyncTransport promises (the same contract as tools/http_client):
//  - Network/"unreachable": no answer (name not found, refused, connection lost);
//  - Network/"timeout":     no complete answer within the limit;
//  - Protocol/<code>:       an HTTP error, with the server's own code, message
//                           and field, or "http_<status>" without such a body;
//  - Protocol/"malformed_answer", "answer_too_large": an answer the app cannot take.
Json jsonAnswer(QNetworkReply& reply, const ReplyLimits& limits);

} // namespace fv::app
