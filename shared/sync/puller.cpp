#include "sync/puller.h"

#include "util/error.h"

namespace fv {
namespace {

// A cursor that stands still while more is promised would loop forever; one
// that goes backwards means the server's history was rewound (a restore),
// which a device must not paper over by re-reading silently.
void checkCursor(std::int64_t from, const PullResponse& page)
{
    if (page.nextCursor < from || (page.hasMore && page.nextCursor == from))
        throw Error(ErrorDomain::Protocol, "bad_cursor",
                    "the server's pull answer moved the cursor from " + std::to_string(from) + " to " +
                        std::to_string(page.nextCursor));
}

} // namespace

Puller::Puller(SyncLedger& ledger, SyncTransport& transport, int pageSize)
    : m_ledger(ledger), m_transport(transport), m_pageSize(pageSize)
{
}

void Puller::pullAll(SyncReport& report)
{
    std::int64_t cursor = m_ledger.cursor();
    for (bool more = true; more;) {
        const auto page = m_transport.pull(cursor, m_pageSize);
        checkCursor(cursor, page);
        m_ledger.applyPage(page);
        report.pulled += int(page.records.size());
        cursor = page.nextCursor;
        more = page.hasMore;
    }
}

} // namespace fv
