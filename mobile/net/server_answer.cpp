#include "net/server_answer.h"

#include <QNetworkReply>

namespace fv::app {
namespace {

std::string authority(const QNetworkReply& reply)
{
    const QUrl url = reply.url();
    return url.host().toStdString() + ":" + std::to_string(url.port(url.scheme() == QLatin1String("https") ? 443 : 80));
}

Error unreachable(const std::string& what) { return Error(ErrorDomain::Network, "unreachable", what); }

// A reply that never carried an HTTP status: what the network said instead.
Error transferError(const QNetworkReply& reply, const ReplyLimits& limits)
{
    const std::string where = authority(reply);
    const std::string why = reply.errorString().toStdString();
    if (timedOut(reply))
        return Error(ErrorDomain::Network, "timeout",
                     where + " did not answer within " + std::to_string(limits.timeout.count()) + " ms");
    switch (reply.error()) {
    case QNetworkReply::HostNotFoundError:
        return unreachable("cannot find the server " + where + ": " + why);
    case QNetworkReply::RemoteHostClosedError:
        return unreachable("lost the connection to " + where + ": the server closed it without answering");
    case QNetworkReply::TimeoutError:
    case QNetworkReply::ProxyTimeoutError:
        return Error(ErrorDomain::Network, "timeout", where + " did not answer: " + why);
    case QNetworkReply::OperationCanceledError:
        return unreachable("the request to " + where + " was cancelled");
    case QNetworkReply::ProtocolFailure:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
        return Error(ErrorDomain::Protocol, "malformed_answer",
                     "the answer from " + where + " is not valid HTTP: " + why);
    default:
        return unreachable("cannot connect to " + where + ": " + why);
    }
}

// Qt numbers connection and proxy failures below 200; HTTP statuses and
// protocol errors above. A failure of the former kind mid-answer leaves a
// status but no whole body.
bool isTransferFailure(const QNetworkReply& reply)
{
    return reply.error() != QNetworkReply::NoError && reply.error() < QNetworkReply::ContentAccessDenied;
}

bool isText(const Json& json, const char* key)
{
    const auto it = json.find(key);
    return it != json.end() && it->is_string();
}

Error tooLargeError(const QNetworkReply& reply, const ReplyLimits& limits)
{
    return Error(ErrorDomain::Protocol, "answer_too_large",
                 "the answer from " + authority(reply) + " is larger than the limit of " +
                     std::to_string(limits.maxBodyBytes) + " bytes");
}

} // namespace

HttpAnswer httpAnswer(QNetworkReply& reply, const ReplyLimits& limits)
{
    if (tooLarge(reply)) throw tooLargeError(reply, limits);
    const QVariant status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid() || timedOut(reply) || isTransferFailure(reply)) throw transferError(reply, limits);
    HttpAnswer answer{status.toInt(), reply.readAll()};
    // An answer that arrived whole at once finishes before the guard sees its size.
    if (answer.body.size() > limits.maxBodyBytes) throw tooLargeError(reply, limits);
    return answer;
}

// An HTTP error as the server meant it: its code, message and field when the
// body is a FieldVisit error, so the app can show the server's own words.
Error serverError(const HttpAnswer& answer)
{
    const auto& body = answer.body;
    const auto json = Json::parse(body.constData(), body.constData() + body.size(), nullptr, false);
    if (json.is_object() && isText(json, "code") && isText(json, "message"))
        return Error(ErrorDomain::Protocol, json.at("code").get<std::string>(), json.at("message").get<std::string>(),
                     isText(json, "field") ? json.at("field").get<std::string>() : std::string());
    if (answer.status == 401)
        return Error(ErrorDomain::Protocol, "unauthorized", "the server no longer accepts this sign-in");
    return Error(ErrorDomain::Protocol, "http_" + std::to_string(answer.status),
                 "the server answered HTTP " + std::to_string(answer.status) + " without a FieldVisit error body");
}

Json jsonAnswer(QNetworkReply& reply, const ReplyLimits& limits)
{
    const auto answer = httpAnswer(reply, limits);
    if (!answer.isSuccess()) throw serverError(answer);
    auto json = Json::parse(answer.body.constData(), answer.body.constData() + answer.body.size(), nullptr, false);
    if (json.is_discarded())
        throw Error(ErrorDomain::Protocol, "malformed_answer", "the server's answer is malformed: it is not JSON");
    return json;
}

} // namespace fv::app
