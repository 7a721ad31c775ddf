#pragma once

#include "auth/user.h"
#include "storage/sqlite/device_ledger.h"
#include "store/sqlite/database.h"
#include "sync/access_policy.h"
#include "sync/protocol.h"

namespace fv::server {

// Applies one device's mutations inside the caller's transaction: access
// check, the merge rules of shared/sync/merge.h, the new version and change
// sequence, conflicts kept for review, signatures voided by edits to what
// they signed, and the answer remembered for replays.
class PushApplier {
public:
    PushApplier(sqlite::Database& db, const User& user, AccessScope scope, std::string deviceId, Timestamp now);

    PushResult apply(const PushMutation& pushed);
    // The answer first given to an already-applied sequence, with the record as it is now.
    PushResult replay(const PushMutation& pushed);
    // A change decided on the server (a reviewer settling a conflict): the same rules as a
    // device's, without a place in any device's ledger.
    PushResult applyReviewed(const Mutation& mutation);

private:
    PushResult decide(const PushMutation& pushed);
    bool allowed(const std::optional<RawRecord>& current, const Mutation& mutation) const;
    RawRecord store(const std::optional<RawRecord>& current, const Mutation& mutation, Json fields, bool deleted);
    void keepConflicts(const std::string& recordId, const std::vector<FieldConflict>& conflicts);
    void voidSignatures(const RawRecord& before, const RawRecord& after);

    sqlite::Database& m_db;
    User m_user;
    AccessScope m_scope;
    std::string m_deviceId;
    Timestamp m_now;
    DeviceLedger m_ledger;
};

} // namespace fv::server
