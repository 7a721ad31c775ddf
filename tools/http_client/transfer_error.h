#pragma once

// Internal to the client: what a failed Asio/Beast operation means to the caller.

#include "util/error.h"

#include <boost/system/error_code.hpp>
#include <chrono>
#include <cstddef>
#include <string>

namespace fv {

enum class TransferStage { Resolve, Connect, Exchange };

struct TransferContext {
    TransferStage stage = TransferStage::Exchange;
    std::string authority; // host:port
    std::chrono::milliseconds timeout{};
    std::size_t maxBodyBytes = 0;
};

// Maps the failure into the codes SyncTransport promises: Network/"timeout",
// Network/"unreachable", or Protocol for an answer that broke HTTP or the size limit.
Error transferError(const boost::system::error_code& ec, const TransferContext& context);

} // namespace fv
