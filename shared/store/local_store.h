#pragma once

#include "domain/record.h"
#include "json/record_json.h"
#include "store/blob_queue.h"
#include "store/outbox.h"
#include "store/sqlite/database.h"

#include <optional>
#include <string>
#include <vector>

namespace fv {

// Who is editing on this device; stamped on every record saved here.
struct DeviceIdentity {
    std::string userId;
    std::string deviceId;
};

struct VisitQuery {
    std::optional<Date> plannedFrom; // inclusive
    std::optional<Date> plannedTo;   // inclusive
    std::vector<VisitStatus> statuses; // empty: any
    std::optional<std::string> assignee;
    std::optional<std::string> projectId;
    int limit = 500;
};

// The device's database: records as last known plus local edits, and the
// outbox of edits the server has not accepted yet. Saving a record and
// queueing its mutation happen in one transaction, so after a crash either
// both are there or neither is. Deleted records stay as tombstones until the
// server has accepted the delete.
class LocalStore {
public:
    LocalStore(const std::string& path, DeviceIdentity identity);

    // Validates, stamps (id if new, times, author, device) and saves; throws
    // ValidationError with every problem and leaves the store untouched.
    RawRecord save(RawRecord record);

    template <class Body>
    Record<Body> save(Record<Body> record)
    {
        return toTypedRecord<Body>(save(toRawRecord(record)));
    }

    // Marks the record deleted and queues the delete.
    void remove(const std::string& id);

    std::optional<RawRecord> find(const std::string& id);

    template <class Body>
    std::optional<Record<Body>> get(const std::string& id)
    {
        auto raw = find(id);
        if (!raw || raw->meta.type != Body::kType) return std::nullopt;
        return toTypedRecord<Body>(*raw);
    }

    // Visits by planned date, status, assignee or project, earliest first.
    std::vector<Record<Visit>> visits(const VisitQuery& query);
    // Everything that belongs to a project (itself included), newest change first.
    std::vector<RawRecord> projectHistory(const std::string& projectId, int limit = 500);

    Outbox& outbox() { return m_outbox; }
    BlobQueue& blobs() { return m_blobs; }
    sqlite::Database& database() { return m_db; }
    int schemaVersion() { return m_db.userVersion(); }
    const DeviceIdentity& identity() const { return m_identity; }

private:
    void write(const RawRecord& record, bool exists);

    sqlite::Database m_db;
    Outbox m_outbox;
    BlobQueue m_blobs;
    DeviceIdentity m_identity;
};

} // namespace fv
