#pragma once

#include "store/local_store.h"
#include "store/sync_ledger.h"
#include "sync/sync_report.h"
#include "sync/blob_transport.h"
#include "sync/sync_transport.h"

namespace fv {

// The device half of sync: pushes the outbox, then pulls what changed on the
// server, over whatever transport the caller gives it. It owns no thread and
// no timer: the app calls syncOnce() from its worker when it sees fit.
//
// Guarantees, whatever fails and wherever:
//  - nothing is applied twice: an entry sent once is resent identically, with
//    the same seq, until answered (the server answers a resend "duplicate");
//  - no local edit is lost: entries leave the outbox only with the server's
//    answer, and a pulled record keeps waiting local edits on top;
//  - refusals and conflicts are kept for the user, never retried forever nor
//    dropped.
class SyncEngine {
public:
    // With a blob transport, waiting photos and signature images are uploaded
    // first, so records never reach the server ahead of the files they need.
    SyncEngine(LocalStore& store, SyncTransport& transport, SyncOptions options = {},
               BlobTransport* blobTransport = nullptr);

    // Pushes everything waiting now, pulls until the server has no more, then
    // learns which of the conflicts it reported reviewers have settled.
    // A failure stops the run and is returned in the report (and kept for
    // syncStatus()); what completed before it stays done.
    SyncReport syncOnce();
    SyncStatus syncStatus();

    // Refusals and conflicts, for the screens that show and dismiss them.
    SyncLedger& ledger() { return m_ledger; }

private:
    LocalStore& m_store;
    SyncTransport& m_transport;
    BlobTransport* m_blobTransport;
    SyncOptions m_options;
    SyncLedger m_ledger;
};

} // namespace fv
