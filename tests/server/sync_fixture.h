#pragma once

// A running FieldVisit server with users, and a small JSON-over-HTTP client
// that speaks the sync protocol as a device would — raw, so tests can also
// send what a well-behaved device never would.

#include "json/codec.h"
#include "json/record_json.h"
#include "server_process.h"
#include "sync/protocol.h"

#include <QNetworkAccessManager>
#include <QString>

#include <vector>

namespace fv::test {

struct HttpReply {
    int status = 0;
    Json body;
};

class SyncFixture {
public:
    bool start() { return m_server.start(); }

    // Runs `fieldvisit-server admin …` on the server's data folder; true on exit status 0.
    bool admin(const QStringList& args);
    bool createUser(const QString& id, const QString& role, const QStringList& projects = {});
    QString login(const QString& userId);

    HttpReply call(const QByteArray& method, const QString& path, const QByteArray& body, const QString& token,
                   bool versionHeaders = true);
    HttpReply push(const QString& token, const QString& deviceId, const std::vector<PushMutation>& mutations);
    HttpReply pull(const QString& token, std::int64_t cursor, int limit = 1000);
    // Everything the user can pull, by id (latest copy of each record).
    std::map<std::string, RawRecord> pullAll(const QString& token);

    ServerProcess& server() { return m_server; }
    std::string databasePath() const;
    // Everything stored that sync and review change, as one string: equal before and after a
    // request means the request left the database untouched. Records come first, up to '#'.
    std::string snapshot() const;

private:
    ServerProcess m_server;
    QNetworkAccessManager m_network;
};

// A create carrying every field of a new record.
template <class Body>
PushMutation createOf(std::int64_t seq, const std::string& id, const Body& body)
{
    return {seq, Mutation{id, Body::kType, MutationOp::Create, 0, diffFields(Json::object(), encode(body))}};
}

PushMutation updateOf(std::int64_t seq, const RawRecord& base, const Json& newFields);
PushMutation deleteOf(std::int64_t seq, const RawRecord& base);

} // namespace fv::test
