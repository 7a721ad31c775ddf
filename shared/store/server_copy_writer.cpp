#include "store/server_copy_writer.h"

namespace fv {
namespace {

// `excluded.version >= records.version`: an equal version is the same server
// state, so writing it again changes nothing; an older one is ignored.
constexpr std::string_view kUpsert = R"sql(
INSERT INTO records (id, type, version, created_at, updated_at, author, device, deleted, fields)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (id) DO UPDATE SET
    type = excluded.type, version = excluded.version, created_at = excluded.created_at,
    updated_at = excluded.updated_at, author = excluded.author, device = excluded.device,
    deleted = excluded.deleted, fields = excluded.fields
WHERE excluded.version >= records.version
)sql";

// The row exists (the outbox references it); its edit time, author and
// device stay the local edit's until the server has that edit.
constexpr std::string_view kUpdateUnderLocal =
    "UPDATE records SET version = ?, deleted = ?, fields = ? WHERE id = ? AND version <= ?";

constexpr std::string_view kUpdateVersion = "UPDATE records SET version = ? WHERE id = ? AND version < ?";

// The server's fields with every waiting change's value on top, oldest first,
// so the record shows what the device will hold once the server has them.
nlohmann::json replayed(nlohmann::json fields, const std::vector<OutboxEntry>& waiting)
{
    for (const auto& entry : waiting)
        for (const auto& [name, change] : entry.mutation.changes) fields[name] = change.value;
    return fields;
}

// A waiting delete hides the record; a waiting edit keeps it alive even over
// a server tombstone, because the server revives a deleted record when an edit
// reaches it (merge.h) and the record must not flicker away meanwhile.
bool deletedLocally(const std::vector<OutboxEntry>& waiting)
{
    return waiting.back().mutation.op == MutationOp::Delete;
}

} // namespace

ServerCopyWriter::ServerCopyWriter(sqlite::Database& db)
    : m_upsert(db.prepare(kUpsert)), m_updateUnderLocal(db.prepare(kUpdateUnderLocal)),
      m_updateVersion(db.prepare(kUpdateVersion))
{
}

void ServerCopyWriter::write(const RawRecord& server, const std::vector<OutboxEntry>& waiting)
{
    if (waiting.empty())
        writeAsIs(server);
    else
        writeUnderLocalChanges(server, waiting);
}

void ServerCopyWriter::writeVersion(const std::string& recordId, std::int64_t version)
{
    m_updateVersion.reset();
    m_updateVersion.bindAll(version, recordId, version).run();
    m_updateVersion.reset();
}

void ServerCopyWriter::writeAsIs(const RawRecord& server)
{
    const auto& m = server.meta;
    m_upsert.reset();
    m_upsert
        .bindAll(m.id, toString(m.type), m.version, m.createdAt.toString(), m.updatedAt.toString(), m.author, m.device,
                 m.deleted, server.fields.dump())
        .run();
    m_upsert.reset(); // a reset statement holds no lock between transactions
}

void ServerCopyWriter::writeUnderLocalChanges(const RawRecord& server, const std::vector<OutboxEntry>& waiting)
{
    const auto& m = server.meta;
    m_updateUnderLocal.reset();
    m_updateUnderLocal
        .bindAll(m.version, deletedLocally(waiting), replayed(server.fields, waiting).dump(), m.id, m.version)
        .run();
    m_updateUnderLocal.reset();
}

} // namespace fv
