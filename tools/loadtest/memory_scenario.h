#pragma once

#include "accounts.h"
#include "figures.h"
#include "load_options.h"
#include "server_under_test.h"

#include <vector>

namespace fv::loadtest {

// The server's resident memory with many devices connected: `connections` kept-alive
// connections, each of which signed in (as one of `accounts`, in turn) and pulled a first page,
// all still open when VmRSS is read. Also counts, from /proc/net/tcp, how many of them the server
// still held open at that moment (its idle timeout is 30 s).
MemoryFigures runMemoryScenario(ServerUnderTest& server, const std::vector<Account>& accounts,
                                const LoadOptions& options);

// ESTABLISHED TCP connections whose local end is 127.0.0.1:`port` (the server's side).
int establishedTo(int port);

} // namespace fv::loadtest
