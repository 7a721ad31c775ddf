#include "sync/sync_engine.h"

#include "sync/blob_uploader.h"
#include "sync/conflict_follower.h"
#include "sync/puller.h"
#include "sync/pusher.h"
#include "util/error.h"

namespace fv {
namespace {

SyncOptions checked(SyncOptions options)
{
    if (options.pushBatch < 1 || options.pullPage < 1 || options.blobChunkBytes < 1)
        throw Error(ErrorDomain::Internal, "bad_option", "sync batch, page and chunk sizes must be at least 1");
    return options;
}

} // namespace

SyncEngine::SyncEngine(LocalStore& store, SyncTransport& transport, SyncOptions options, BlobTransport* blobTransport)
    : m_store(store), m_transport(transport), m_blobTransport(blobTransport), m_options(checked(options)),
      m_ledger(store)
{
}

SyncReport SyncEngine::syncOnce()
{
    SyncReport report;
    try {
        if (m_blobTransport) {
            const auto blobs = BlobUploader(m_store.blobs(), *m_blobTransport, m_options.blobChunkBytes).uploadPending();
            report.blobsUploaded = blobs.uploaded;
            report.blobsRefused = blobs.refused;
        }
        Pusher(m_ledger, m_transport, m_options.pushBatch).pushAll(report);
        Puller(m_ledger, m_transport, m_options.pullPage).pullAll(report);
        ConflictFollower(m_ledger, m_transport).followAll(report);
        m_ledger.recordSuccess(Timestamp::now());
    } catch (const Error& e) {
        // The app's edge: one failure, in words, for the status bar. If even
        // recording it fails, that newer error propagates to the caller.
        report.error = e.what();
        report.errorCode = e.code();
        m_ledger.recordFailure(report.error);
    }
    return report;
}

SyncStatus SyncEngine::syncStatus() { return m_ledger.status(); }

} // namespace fv
