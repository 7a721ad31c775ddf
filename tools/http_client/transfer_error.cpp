#include "http_client/transfer_error.h"

#include <boost/beast/core/error.hpp>
#include <boost/beast/http/error.hpp>

namespace fv {
namespace {

namespace http = boost::beast::http;

bool isHttpError(const boost::system::error_code& ec)
{
    return ec.category() == http::make_error_code(http::error::bad_version).category();
}

Error unreachable(const TransferContext& context, const std::string& what)
{
    switch (context.stage) {
    case TransferStage::Resolve:
        return Error(ErrorDomain::Network, "unreachable", "cannot find the server " + context.authority + ": " + what);
    case TransferStage::Connect:
        return Error(ErrorDomain::Network, "unreachable", "cannot connect to " + context.authority + ": " + what);
    case TransferStage::Exchange:
        break;
    }
    return Error(ErrorDomain::Network, "unreachable", "lost the connection to " + context.authority + ": " + what);
}

} // namespace

Error transferError(const boost::system::error_code& ec, const TransferContext& context)
{
    if (ec == boost::beast::error::timeout) {
        const auto within = " within " + std::to_string(context.timeout.count()) + " ms";
        if (context.stage == TransferStage::Resolve)
            return Error(ErrorDomain::Network, "timeout", "could not look up " + context.authority + within);
        return Error(ErrorDomain::Network, "timeout", context.authority + " did not answer" + within);
    }
    if (ec == http::error::body_limit)
        return Error(ErrorDomain::Protocol, "answer_too_large",
                     "the answer from " + context.authority + " is larger than the limit of " +
                         std::to_string(context.maxBodyBytes) + " bytes");
    // These two are the connection ending, not bad HTTP: before the answer, or halfway through it.
    if (ec == http::error::end_of_stream) return unreachable(context, "the server closed it without answering");
    if (ec == http::error::partial_message) return unreachable(context, "the answer was cut off");
    if (isHttpError(ec))
        return Error(ErrorDomain::Protocol, "malformed_answer",
                     "the answer from " + context.authority + " is not valid HTTP: " + ec.message());
    return unreachable(context, ec.message());
}

} // namespace fv
