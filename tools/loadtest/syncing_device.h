#pragma once

#include "accounts.h"
#include "http_client/http_sync_transport.h"
#include "store/local_store.h"
#include "sync/sync_engine.h"

#include <filesystem>
#include <string>

namespace fv::loadtest {

// A whole device as the app runs it: its own database file (LocalStore), the sync engine, and
// the HTTP transport with one kept-alive connection. Signs in on construction.
class SyncingDevice {
public:
    SyncingDevice(const std::string& url, const Account& account, const std::filesystem::path& file);

    SyncReport syncOnce() { return m_engine.syncOnce(); }
    SyncOptions options() const { return m_options; }
    // Rows in the device's records table.
    std::int64_t recordCount();

private:
    SyncOptions m_options;
    LocalStore m_store;
    HttpSyncTransport m_transport;
    SyncEngine m_engine;
};

} // namespace fv::loadtest
