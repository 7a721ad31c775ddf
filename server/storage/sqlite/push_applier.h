#pragma once

#include "auth/user.h"
#include "storage/sqlite/device_ledger.h"
#include "store/sqlite/database.h"
#include "sync/access_policy.h"
#include "sync/merge.h"
#include "sync/protocol.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace fv::server {

// A create's merge worked out as if its id were new, before the write lock is
// taken: that merge depends on nothing but the mutation, and it (with dumping the
// merged fields) is most of the CPU a create costs. Used only if the id is new.
struct PremergedCreate {
    MergeResult merged;
    std::string fieldsJson; // merged.fields as stored; empty when the merge was rejected
    bool stored = false;    // set by PushApplier::apply when the record was new and stored from fieldsJson
};

// The premerge of each create in `mutations` (by position); nullopt for other operations.
std::vector<std::optional<PremergedCreate>> premergeCreates(const std::vector<PushMutation>& mutations);

// Applies one device's mutations inside the caller's transaction: access
// check, the merge rules of shared/sync/merge.h, the new version and change
// sequence, conflicts kept for review, signatures voided by edits to what
// they signed, and the answers remembered for replays (rememberAnswers()).
class PushApplier {
public:
    PushApplier(sqlite::Database& db, const User& user, AccessScope scope, std::string deviceId, Timestamp now);

    // `premerged`, when given, is premergeCreates()'s answer for this mutation; its merge is
    // moved out when used.
    PushResult apply(const PushMutation& pushed, PremergedCreate* premerged = nullptr);
    // Writes the answers apply() gave into the device ledger, as one row: call once, after the
    // batch's last apply(), in the same transaction.
    void rememberAnswers();
    // The answer first given to an already-applied sequence, with the record as it is now.
    PushResult replay(const PushMutation& pushed);
    // A change decided on the server (a reviewer settling a conflict): the same rules as a
    // device's, without a place in any device's ledger.
    PushResult applyReviewed(const Mutation& mutation);

private:
    PushResult decide(const PushMutation& pushed, PremergedCreate* premerged = nullptr);
    bool allowed(const std::optional<RawRecord>& current, const Mutation& mutation) const;
    // `fieldsJson`: `fields` already dumped, or empty to dump them here.
    RawRecord store(const std::optional<RawRecord>& current, const Mutation& mutation, Json fields, bool deleted,
                    std::string_view fieldsJson);
    // Stores each conflict for review and gives it its id.
    void keepConflicts(const std::string& recordId, std::vector<FieldConflict>& conflicts);
    void voidSignatures(const RawRecord& before, const RawRecord& after);

    sqlite::Database& m_db;
    User m_user;
    AccessScope m_scope;
    std::string m_deviceId;
    Timestamp m_now;
    DeviceLedger m_ledger;
    LedgerBatch m_answers; // apply()'s answers, until rememberAnswers()
};

} // namespace fv::server
