#pragma once

#include "store/sync_ledger.h"
#include "sync/sync_report.h"
#include "sync/sync_transport.h"

#include <cstdint>
#include <vector>

namespace fv {

// Sends the outbox to the server in batches, lowest seq first, and applies
// each batch's answers before sending the next. Which entries form a batch
// (seq order, one per record, under kMaxPushBytes) is SyncLedger::startBatch's rule.
class Pusher {
public:
    Pusher(SyncLedger& ledger, SyncTransport& transport, int batchSize);

    // Pushes what is queued now; edits made meanwhile wait for the next run.
    // Transport and protocol errors propagate with the batch left 'sending'.
    void pushAll(SyncReport& report);

private:
    // The answers to a batch: the server's, or, for a change too large for any push request,
    // a refusal made here (the server would answer 413 to every attempt: sync would be stuck).
    std::vector<AnsweredEntry> answersTo(const std::vector<OutboxEntry>& batch);
    PushRequest requestFor(const std::vector<OutboxEntry>& batch);
    void count(const std::vector<AnsweredEntry>& answers, SyncReport& report);

    SyncLedger& m_ledger;
    SyncTransport& m_transport;
    int m_batchSize;
};

// Pairs each sent entry with its answer; throws Error(Protocol) unless every
// entry was answered exactly once, for its own record, and nothing else was.
std::vector<AnsweredEntry> pairAnswers(const std::vector<OutboxEntry>& batch, PushResponse response);

} // namespace fv
