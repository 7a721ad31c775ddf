#pragma once

#include "store/sqlite/database.h"
#include "sync/protocol.h"

#include <cstdint>
#include <optional>
#include <string>

namespace fv::server {

// What each device has already pushed: its highest applied sequence and the
// answer given to each mutation, so a replay gets the same answer again
// (Replicache's lastMutationID idea, plus the stored answer). Written in the
// same transaction as the changes it describes.
class DeviceLedger {
public:
    explicit DeviceLedger(sqlite::Database& db) : m_db(db) {}

    // Registers the device for this user if new; returns its last applied seq.
    std::int64_t begin(const std::string& deviceId, const std::string& userId, Timestamp now);

    std::optional<PushResult> answerFor(const std::string& deviceId, std::int64_t seq);
    void remember(const std::string& deviceId, const PushResult& result);
    // Moves the device's last applied sequence forward, once per batch.
    void advance(const std::string& deviceId, std::int64_t seq);

private:
    sqlite::Database& m_db;
};

} // namespace fv::server
