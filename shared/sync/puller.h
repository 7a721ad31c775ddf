#pragma once

#include "store/sync_ledger.h"
#include "sync/sync_report.h"
#include "sync/sync_transport.h"

namespace fv {

// Pulls pages of changed records from the stored cursor until the server has
// no more. Each page is written together with its cursor, so a run cut short
// resumes after the last page written; a new device bootstraps the same way,
// from cursor 0.
class Puller {
public:
    Puller(SyncLedger& ledger, SyncTransport& transport, int pageSize);

    // Transport and protocol errors propagate; pages already written stay.
    void pullAll(SyncReport& report);

private:
    SyncLedger& m_ledger;
    SyncTransport& m_transport;
    int m_pageSize;
};

} // namespace fv
