#include "store/refusal_log.h"

#include "store/stored_value.h"

namespace fv {
namespace {

// Problems keep the wire's shape ({"field", "message"}) so a refusal reads
// the same in the database as in the server's answer.
std::string problemsText(const Problems& problems)
{
    Json out = Json::array();
    for (const auto& p : problems) out.push_back({{"field", p.path}, {"message", p.message}});
    return out.dump();
}

Problems storedProblems(const std::string& text)
{
    const Json json = Json::parse(text, nullptr, false);
    Problems out;
    if (!json.is_array()) throw Error(ErrorDomain::Store, "corrupt_value", "unreadable stored problems");
    for (const auto& p : json) {
        if (!p.is_object() || !p.value("field", Json()).is_string() || !p.value("message", Json()).is_string())
            throw Error(ErrorDomain::Store, "corrupt_value", "unreadable stored problem");
        out.push_back({p["field"].get<std::string>(), p["message"].get<std::string>()});
    }
    return out;
}

} // namespace

void RefusalLog::add(const OutboxEntry& entry, PushStatus status, const Problems& problems, Timestamp now)
{
    m_db.prepare("INSERT OR REPLACE INTO sync_refusals "
                 "(seq, record_id, record_type, status, problems, mutation, refused_at) VALUES (?, ?, ?, ?, "
                 "?, ?, ?)")
        .bindAll(entry.seq, entry.mutation.recordId, toString(entry.mutation.recordType), toString(status),
                 problemsText(problems), encode(entry.mutation).dump(), now.toString())
        .run();
}

std::vector<Refusal> RefusalLog::all()
{
    auto row = m_db.prepare("SELECT seq, mutation, status, problems, refused_at FROM sync_refusals ORDER BY seq");
    std::vector<Refusal> out;
    while (row.step())
        out.push_back({row.columnInt(0), storedJson<Mutation>(row.columnText(1)),
                       storedEnum<PushStatus>(row.columnText(2)), storedProblems(row.columnText(3)),
                       storedTimestamp(row.columnText(4))});
    return out;
}

std::int64_t RefusalLog::count()
{
    auto statement = m_db.prepare("SELECT count(*) FROM sync_refusals");
    statement.step();
    return statement.columnInt(0);
}

void RefusalLog::dismiss(std::int64_t seq)
{
    m_db.prepare("DELETE FROM sync_refusals WHERE seq = ?").bindAll(seq).run();
}

} // namespace fv
