#pragma once

namespace fv::server {

// What graceful shutdown needs from an open client connection, without knowing its
// transport (and without pulling Beast into the registry).
class Connection {
public:
    virtual ~Connection() = default;

    // Thread-safe. A request already being received or handled is finished and answered with
    // "Connection: close"; an idle connection closes at once.
    virtual void stopAfterCurrentRequest() = 0;
};

} // namespace fv::server
