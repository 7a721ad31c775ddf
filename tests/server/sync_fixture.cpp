#include "sync_fixture.h"

#include "store/sqlite/database.h"

#include <QEventLoop>
#include <QNetworkReply>
#include <QProcess>

namespace fv::test {
namespace {

constexpr char kPassword[] = "test-password-1";

} // namespace

bool SyncFixture::admin(const QStringList& args)
{
    QProcess process;
    process.start(QStringLiteral(FV_SERVER_BINARY), QStringList{"admin"} + args + QStringList{"--data", m_server.dataDir()});
    return process.waitForFinished(30000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

bool SyncFixture::createUser(const QString& id, const QString& role, const QStringList& projects)
{
    if (!admin({"create-user", "--user", id, "--name", id, "--role", role, "--password", kPassword})) return false;
    for (const auto& project : projects)
        if (!admin({"assign", "--user", id, "--project", project})) return false;
    return true;
}

QString SyncFixture::login(const QString& userId)
{
    const Json body = {{"userId", userId.toStdString()}, {"password", kPassword}};
    const auto reply = call("POST", "/v1/auth/login", QByteArray::fromStdString(body.dump()), {}, false);
    return reply.status == 200 ? QString::fromStdString(reply.body["token"].get<std::string>()) : QString();
}

HttpReply SyncFixture::call(const QByteArray& method, const QString& path, const QByteArray& body,
                            const QString& token, bool versionHeaders)
{
    QNetworkRequest request(m_server.url(path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
    if (!token.isEmpty()) request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    if (versionHeaders) {
        request.setRawHeader("X-FieldVisit-App", "0.1.0-test");
        request.setRawHeader("X-FieldVisit-Protocol", QByteArray::number(kProtocolVersion));
    }
    QNetworkReply* reply = m_network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    HttpReply result{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                     Json::parse(reply->readAll().toStdString(), nullptr, false)};
    reply->deleteLater();
    return result;
}

HttpReply SyncFixture::push(const QString& token, const QString& deviceId, const std::vector<PushMutation>& mutations)
{
    const PushRequest request{deviceId.toStdString(), mutations};
    return call("POST", "/v1/sync/push", QByteArray::fromStdString(encode(request).dump()), token);
}

HttpReply SyncFixture::pull(const QString& token, std::int64_t cursor, int limit)
{
    return call("GET", QStringLiteral("/v1/sync/pull?cursor=%1&limit=%2").arg(cursor).arg(limit), {}, token);
}

std::map<std::string, RawRecord> SyncFixture::pullAll(const QString& token)
{
    std::map<std::string, RawRecord> records;
    std::int64_t cursor = 0;
    for (bool more = true; more;) {
        const auto reply = pull(token, cursor);
        if (reply.status != 200) break;
        const auto page = pullResponseFromJson(reply.body);
        for (const auto& record : page.records) records[record.meta.id] = record;
        cursor = page.nextCursor;
        more = page.hasMore;
    }
    return records;
}

std::string SyncFixture::databasePath() const { return (m_server.dataDir() + "/server.sqlite").toStdString(); }

std::string SyncFixture::snapshot() const
{
    sqlite::Database db(databasePath());
    std::string all;
    for (const char* sql :
         {"SELECT group_concat(id || version || change_seq || fields, '|') FROM records",
          "SELECT group_concat(device_id || last_seq, '|') FROM devices",
          "SELECT coalesce(sum(json_array_length(results)), 0) FROM mutation_batches", // answers remembered
          "SELECT group_concat(id || coalesce(resolved_at, '-') || coalesce(resolved_by, '-'), '|') FROM conflicts"}) {
        auto statement = db.prepare(sql);
        statement.step();
        all += statement.columnText(0) + "#";
    }
    return all;
}

PushMutation updateOf(std::int64_t seq, const RawRecord& base, const Json& newFields)
{
    return {seq, Mutation{base.meta.id, base.meta.type, MutationOp::Update, base.meta.version,
                          diffFields(base.fields, newFields)}};
}

PushMutation deleteOf(std::int64_t seq, const RawRecord& base)
{
    return {seq, Mutation{base.meta.id, base.meta.type, MutationOp::Delete, base.meta.version, {}}};
}

} // namespace fv::test
