#pragma once

// A test double of the network and of a server behind it, in process. It
// merges pushes with the real merge rules (fv::mergeMutation) into an
// in-memory map, remembers each (device, seq)'s first answer to answer
// resends "duplicate", and serves pulls from a change counter. Every message
// makes a JSON round trip, as over the wire. Failures and refusals are
// programmed by the test. Not the real server: end-to-end tests use that.

#include "sync/merge.h"
#include "sync/sync_transport.h"

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace fv::test {

class ScriptedTransport : public SyncTransport {
public:
    enum class Failure {
        None,
        BeforeServer, // the request never arrives: nothing applied
        AfterServer,  // the server applies the batch, the answer is lost
        Garbled,      // the server applies the batch, the answer misses an entry
    };

    PushResponse push(const PushRequest& request) override;
    PullResponse pull(std::int64_t cursor, int limit) override;
    std::vector<SettledConflict> settledConflicts(const std::vector<std::int64_t>& ids) override;

    // ---- programming the network ------------------------------------------------
    void failNextPush(Failure how) { m_nextPushFailure = how; }
    // The pull after `okPulls` more successful ones throws "unreachable".
    void failPullAfter(int okPulls) { m_pullsBeforeFailure = okPulls; }
    // Every mutation of `recordId` gets this answer instead of a merge.
    void refuse(const std::string& recordId, PushStatus status, Problems problems);
    // Run once, just before the next answer is given: the user typing while sync runs.
    std::function<void()> beforePushAnswer;
    std::function<void()> beforePullAnswer;

    // ---- conflicts kept for review --------------------------------------------------
    // False: answers name no conflict ids, as servers before conflict review did.
    bool answersWithConflictIds = true;
    // The next settledConflicts() throws "unreachable".
    bool failNextConflictQuery = false;
    // A reviewer settles the conflict with this id (as the push answer named it).
    void settle(std::int64_t conflictId, ConflictResolution resolution);

    // ---- the server's records, as other devices change them ------------------------
    void otherDeviceCreate(const RawRecord& record);
    void otherDeviceEdit(const std::string& id, const std::function<void(Json&)>& edit);
    void otherDeviceDelete(const std::string& id);
    std::optional<RawRecord> record(const std::string& id) const;
    std::size_t recordCount() const { return m_records.size(); }

    // ---- what went over the wire --------------------------------------------------
    std::vector<PushRequest> pushes;
    std::vector<std::pair<std::int64_t, int>> pulls; // (cursor, limit)
    std::vector<std::vector<std::int64_t>> conflictQueries; // the ids of each settledConflicts()

private:
    struct Stored {
        RawRecord record;
        std::int64_t change = 0; // position in the change feed
    };

    PushResponse answerAll(const PushRequest& request);
    PushResult answer(const std::string& deviceId, const PushMutation& pushed);
    PushResult merge(const std::string& deviceId, const PushMutation& pushed);
    void store(RawRecord record, const std::string& deviceId);

    std::map<std::string, Stored> m_records;
    std::map<std::pair<std::string, std::int64_t>, PushResult> m_firstAnswers;
    std::map<std::string, std::int64_t> m_highestSeq;
    std::map<std::string, std::pair<PushStatus, Problems>> m_refusals;
    std::int64_t m_changes = 0;
    std::int64_t m_conflictIds = 0;
    std::map<std::int64_t, ConflictResolution> m_settled;
    Failure m_nextPushFailure = Failure::None;
    int m_pullsBeforeFailure = -1;
};

} // namespace fv::test
