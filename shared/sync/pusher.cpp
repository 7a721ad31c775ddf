#include "sync/pusher.h"

#include "util/error.h"

#include <map>

namespace fv {
namespace {

[[noreturn]] void badAnswer(const std::string& what)
{
    throw Error(ErrorDomain::Protocol, "malformed_answer", "the server's push answer is unusable: " + what);
}

} // namespace

Pusher::Pusher(SyncLedger& ledger, SyncTransport& transport, int batchSize)
    : m_ledger(ledger), m_transport(transport), m_batchSize(batchSize)
{
}

void Pusher::pushAll(SyncReport& report)
{
    const std::int64_t lastSeq = m_ledger.lastQueuedSeq();
    for (auto batch = m_ledger.startBatch(m_batchSize, lastSeq); !batch.empty();
         batch = m_ledger.startBatch(m_batchSize, lastSeq)) {
        const auto answers = answersTo(batch);
        m_ledger.applyAnswers(answers, Timestamp::now());
        count(answers, report);
    }
}

std::vector<AnsweredEntry> Pusher::answersTo(const std::vector<OutboxEntry>& batch)
{
    if (batch.size() == 1 && wireBytes(batch.front()) > kMaxPushBytes) {
        const auto& entry = batch.front();
        PushResult refused{.seq = entry.seq, .recordId = entry.mutation.recordId, .status = PushStatus::Invalid};
        refused.problems.push_back({"", "this record is too large to send: shorten its texts"});
        return {{entry, std::move(refused)}};
    }
    return pairAnswers(batch, m_transport.push(requestFor(batch)));
}

PushRequest Pusher::requestFor(const std::vector<OutboxEntry>& batch)
{
    PushRequest request{m_ledger.deviceId(), {}};
    for (const auto& entry : batch) request.mutations.push_back({entry.seq, entry.mutation});
    return request;
}

void Pusher::count(const std::vector<AnsweredEntry>& answers, SyncReport& report)
{
    for (const auto& answered : answers) {
        ++report.pushed[answered.answer.status];
        if (isAccepted(answered.outcome()))
            report.conflicts += int(answered.answer.conflicts.size());
        else
            ++report.refusals;
    }
}

std::vector<AnsweredEntry> pairAnswers(const std::vector<OutboxEntry>& batch, PushResponse response)
{
    std::map<std::int64_t, PushResult> bySeq;
    for (auto& result : response.results) {
        const auto seq = result.seq;
        if (!bySeq.emplace(seq, std::move(result)).second) badAnswer("seq " + std::to_string(seq) + " answered twice");
    }
    std::vector<AnsweredEntry> answers;
    for (const auto& entry : batch) {
        const auto it = bySeq.find(entry.seq);
        if (it == bySeq.end()) badAnswer("no answer for seq " + std::to_string(entry.seq));
        const auto& answer = it->second;
        if (answer.recordId != entry.mutation.recordId || (answer.record && answer.record->meta.id != answer.recordId))
            badAnswer("seq " + std::to_string(entry.seq) + " answered for another record");
        answers.push_back({entry, std::move(it->second)});
    }
    if (bySeq.size() != batch.size()) badAnswer("answers for entries that were not sent");
    return answers;
}

} // namespace fv
