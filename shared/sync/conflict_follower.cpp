#include "sync/conflict_follower.h"

#include <algorithm>

namespace fv {

ConflictFollower::ConflictFollower(SyncLedger& ledger, SyncTransport& transport)
    : m_ledger(ledger), m_transport(transport)
{
}

void ConflictFollower::followAll(SyncReport& report)
{
    const auto open = m_ledger.openConflictServerIds();
    for (std::size_t start = 0; start < open.size(); start += kMaxConflictIdsPerRequest) {
        const auto end = std::min(open.size(), start + kMaxConflictIdsPerRequest);
        const std::vector<std::int64_t> ids(open.begin() + std::ptrdiff_t(start), open.begin() + std::ptrdiff_t(end));
        report.conflictsSettled += m_ledger.recordSettled(m_transport.settledConflicts(ids));
    }
}

} // namespace fv
