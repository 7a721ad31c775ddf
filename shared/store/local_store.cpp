#include "store/local_store.h"

#include "store/local_schema.h"
#include "store/record_row.h"
#include "store/sqlite/migrator.h"
#include "store/stored_value.h"
#include "util/uuid.h"

namespace fv {
namespace {

std::vector<RawRecord> readAll(sqlite::Statement& statement)
{
    std::vector<RawRecord> records;
    while (statement.step()) records.push_back(readRecordRow(statement));
    return records;
}

// Refuses what can never be saved, before anything is written; returns the
// fields in canonical form.
Json checkSavable(const RawRecord& record, const std::optional<RawRecord>& existing)
{
    auto canonical = canonicalFields(record.meta.type, record.fields);
    Problems problems = std::move(canonical.problems);
    if (!record.meta.id.empty() && !isUuid(record.meta.id)) problems.push_back({"id", "must be a UUID"});
    if (existing && existing->meta.type != record.meta.type)
        problems.push_back({"type", "cannot change: record " + existing->meta.id + " is a " +
                                        std::string(toString(existing->meta.type))});
    if (existing && existing->meta.deleted) problems.push_back({"id", "this record has been deleted"});
    if (!problems.empty()) throw ValidationError(std::move(problems));
    return std::move(*canonical.value);
}

} // namespace

LocalStore::LocalStore(const std::string& path, DeviceIdentity identity)
    : m_db(path), m_outbox(m_db), m_blobs(m_db), m_identity(std::move(identity))
{
    sqlite::migrate(m_db, localMigrations());
}

RawRecord LocalStore::save(RawRecord record)
{
    sqlite::Transaction transaction(m_db);
    const auto existing = record.meta.id.empty() ? std::nullopt : find(record.meta.id);
    record.fields = checkSavable(record, existing);

    const Timestamp now = std::max(Timestamp::now(), existing ? existing->meta.updatedAt : Timestamp{});
    auto changes = diffFields(existing ? existing->fields : nlohmann::json::object(), record.fields);
    if (existing && changes.empty()) return *existing;

    record.meta.id = existing ? existing->meta.id : (record.meta.id.empty() ? newUuidV7() : record.meta.id);
    record.meta.version = existing ? existing->meta.version : 0; // only the server moves versions
    record.meta.createdAt = existing ? existing->meta.createdAt : now;
    record.meta.updatedAt = now;
    record.meta.author = m_identity.userId;
    record.meta.device = m_identity.deviceId;
    record.meta.deleted = false;

    write(record, existing.has_value());
    m_outbox.append({record.meta.id, record.meta.type, existing ? MutationOp::Update : MutationOp::Create,
                     record.meta.version, std::move(changes)},
                    now);
    transaction.commit();
    return record;
}

void LocalStore::remove(const std::string& id)
{
    sqlite::Transaction transaction(m_db);
    auto existing = find(id);
    if (!existing) throw Error(ErrorDomain::Store, "not_found", "no record " + id, "id");
    if (existing->meta.deleted) return;
    const Timestamp now = std::max(Timestamp::now(), existing->meta.updatedAt);
    m_db.prepare("UPDATE records SET deleted = 1, updated_at = ?, author = ?, device = ? WHERE id = ?")
        .bindAll(now.toString(), m_identity.userId, m_identity.deviceId, id)
        .run();
    m_outbox.append({id, existing->meta.type, MutationOp::Delete, existing->meta.version, {}}, now);
    transaction.commit();
}

std::optional<RawRecord> LocalStore::find(const std::string& id)
{
    auto statement = m_db.prepare("SELECT " + std::string(kRecordColumns) + " FROM records WHERE id = ?");
    statement.bindAll(id);
    if (!statement.step()) return std::nullopt;
    return readRecordRow(statement);
}

std::vector<Record<Visit>> LocalStore::visits(const VisitQuery& query)
{
    std::string sql = "SELECT " + std::string(kRecordColumns) + " FROM records WHERE type = 'visit' AND deleted = 0";
    if (query.plannedFrom) sql += " AND planned_date >= :from";
    if (query.plannedTo) sql += " AND planned_date <= :to";
    if (query.assignee) sql += " AND assignee = :assignee";
    if (query.projectId) sql += " AND project_id = :project";
    if (!query.statuses.empty()) {
        sql += " AND status IN (";
        for (std::size_t i = 0; i < query.statuses.size(); ++i) sql += (i ? ", ?" : "?");
        sql += ")";
    }
    sql += " ORDER BY planned_date, json_extract(fields, '$.plannedStart'), id LIMIT " + std::to_string(query.limit);

    auto statement = m_db.prepare(sql);
    int index = 0;
    if (query.plannedFrom) statement.bind(++index, query.plannedFrom->toString());
    if (query.plannedTo) statement.bind(++index, query.plannedTo->toString());
    if (query.assignee) statement.bind(++index, *query.assignee);
    if (query.projectId) statement.bind(++index, *query.projectId);
    for (const auto status : query.statuses) statement.bind(++index, toString(status));

    std::vector<Record<Visit>> visits;
    for (const auto& raw : readAll(statement)) visits.push_back(toTypedRecord<Visit>(raw));
    return visits;
}

std::vector<RawRecord> LocalStore::projectHistory(const std::string& projectId, int limit)
{
    auto statement = m_db.prepare("SELECT " + std::string(kRecordColumns) +
                                  " FROM records WHERE project_id = ? ORDER BY updated_at DESC, id LIMIT ?");
    statement.bindAll(projectId, limit);
    return readAll(statement);
}

void LocalStore::write(const RawRecord& record, bool exists)
{
    const auto& m = record.meta;
    if (exists) {
        m_db.prepare("UPDATE records SET updated_at = ?, author = ?, device = ?, fields = ? WHERE id = ?")
            .bindAll(m.updatedAt.toString(), m.author, m.device, record.fields.dump(), m.id)
            .run();
        return;
    }
    m_db.prepare("INSERT INTO records (id, type, version, created_at, updated_at, author, device, deleted, fields) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?)")
        .bindAll(m.id, toString(m.type), m.version, m.createdAt.toString(), m.updatedAt.toString(), m.author, m.device,
                 record.fields.dump())
        .run();
}

} // namespace fv
