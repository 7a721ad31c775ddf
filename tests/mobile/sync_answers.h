#pragma once

// The server's answer to a change waiting in a user's database, applied as a
// sync run would (SyncLedger::applyAnswers): for tests that need refusals and
// conflicts on the tablet without a server.

#include "store/sync_ledger.h"
#include "store/user_store.h"

#include <string>
#include <vector>

namespace fv::test {

inline void answerLastChange(UserStore& store, const std::string& recordId, PushStatus status,
                             const Problems& problems = {}, const std::vector<FieldConflict>& conflicts = {},
                             const std::string& at = "2026-11-30T02:00:00.000Z")
{
    AnsweredEntry answered{store.local()->outbox().entriesFor(recordId).back(), {}};
    answered.answer = {answered.entry.seq, recordId, status, std::nullopt, 1, conflicts, problems, std::nullopt, {}};
    SyncLedger(*store.local()).applyAnswers({answered}, *Timestamp::parse(at));
}

} // namespace fv::test
