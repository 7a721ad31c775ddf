#pragma once

#include "store/sync_ledger.h"
#include "sync/sync_report.h"
#include "sync/sync_transport.h"

namespace fv {

// Follows the conflicts this device reported until a reviewer settles them: asks the server
// about every one still open here that it knows the server's id of, and records each decision.
// Runs after the pull, so a settled conflict's chosen value is already in the record it shows
// next to. Conflicts from servers that sent no ids are not followed; they stay open until dismissed.
class ConflictFollower {
public:
    ConflictFollower(SyncLedger& ledger, SyncTransport& transport);

    // Transport and protocol errors propagate; decisions already recorded stay.
    void followAll(SyncReport& report);

private:
    SyncLedger& m_ledger;
    SyncTransport& m_transport;
};

} // namespace fv
