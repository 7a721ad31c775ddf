#pragma once

#include "domain/record.h"
#include "store/outbox.h"
#include "store/sqlite/database.h"

#include <cstdint>
#include <string>
#include <vector>

namespace fv {

// Writes the server's copy of a record (from a pull page or a push answer)
// into the local records table.
//
// Invariants:
//  - A local edit still waiting in the outbox is never erased: such a record
//    takes the server's version and fields with the waiting changes' values
//    replayed on top, and keeps its local edit time and author.
//  - Local versions never go backwards: a copy older than the one held is
//    ignored (a late duplicate answer, say).
//
// Callers hold a transaction. Statements are prepared once and reused because
// a new device's bootstrap writes hundreds of thousands of rows through here.
class ServerCopyWriter {
public:
    explicit ServerCopyWriter(sqlite::Database& db);

    // `waiting`: the record's outbox entries still waiting, lowest seq first.
    void write(const RawRecord& server, const std::vector<OutboxEntry>& waiting);
    // For an answer that names a version but carries no record.
    void writeVersion(const std::string& recordId, std::int64_t version);

private:
    void writeAsIs(const RawRecord& server);
    void writeUnderLocalChanges(const RawRecord& server, const std::vector<OutboxEntry>& waiting);

    sqlite::Statement m_upsert;
    sqlite::Statement m_updateUnderLocal;
    sqlite::Statement m_updateVersion;
};

} // namespace fv
