// The server schema's history: a database made by the previous version upgrades in place,
// keeps its records, and gains what the new version needs.

#include "db/server_database.h"
#include "storage/sqlite/blob_index.h"
#include "storage/sqlite/conflict_rows.h"
#include "storage/sqlite/device_ledger.h"
#include "storage/sqlite/server_schema.h"
#include "store/sqlite/migrator.h"
#include "util/sha256.h"

#include "json/codec.h"
#include <QTemporaryDir>
#include <QtTest>

using namespace fv;
using namespace fv::server;

namespace {

// A version-1 database with one attachment record, as a server before blobs left it.
void makeVersion1(const std::string& path, const std::string& photoSha)
{
    sqlite::Database db(path);
    sqlite::migrate(db, serverMigrations().first(1));
    const Json fields = {{"projectId", "p1"}, {"ownerId", "v1"}, {"sha256", photoSha}, {"mimeType", "image/jpeg"}};
    db.prepare("INSERT INTO records (id, type, version, change_seq, project_id, created_at, updated_at, author, "
               "device, fields) VALUES ('a1', 'attachment', 1, 1, 'p1', 't', 't', 'alice', 'tablet', ?)")
        .bindAll(fields.dump())
        .run();
}

// A version-2 database with one visit and one open conflict on it, as a server before
// conflict resolutions left it.
void makeVersion2(const std::string& path)
{
    sqlite::Database db(path);
    sqlite::migrate(db, serverMigrations().first(2));
    db.exec("INSERT INTO records (id, type, version, change_seq, project_id, created_at, updated_at, author, device, "
            "fields) VALUES ('v1', 'visit', 2, 1, 'p1', 't', 't', 'alice', 'tablet', '{}')");
    db.exec("INSERT INTO conflicts (record_id, field, base, server, device, device_id, user_id, reported_at) VALUES "
            "('v1', 'customerWords', '\"\"', '\"好\"', '\"不好\"', 'tablet-b', 'bob', '2026-11-30T03:00:00.000Z')");
}

// The answers a version-3 server gave two devices, kept one row per mutation in mutation_log.
std::vector<std::pair<std::string, PushResult>> answersGiven()
{
    PushResult conflict{.seq = 2, .recordId = "v1", .status = PushStatus::Conflict, .version = 3};
    conflict.conflicts.push_back({"customerWords", Json(""), Json("好"), Json("不好"), 1});
    PushResult refused{.seq = 7, .recordId = "v9", .status = PushStatus::Forbidden};
    refused.problems.push_back({"recordId", "you may not change this visit"});
    return {{"tablet-a", {.seq = 1, .recordId = "v1", .status = PushStatus::Applied, .version = 2}},
            {"tablet-a", conflict},
            {"tablet-b", refused}};
}

void makeVersion3(const std::string& path)
{
    sqlite::Database db(path);
    sqlite::migrate(db, serverMigrations().first(3));
    for (const auto& [device, answer] : answersGiven())
        db.prepare("INSERT INTO mutation_log (device_id, seq, record_id, result) VALUES (?, ?, ?, ?)")
            .bindAll(device, answer.seq, answer.recordId, dumpPushResult(answer))
            .run();
}

bool hasTable(sqlite::Database& db, const std::string& name)
{
    auto statement = db.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?");
    statement.bindAll(name);
    statement.step();
    return statement.columnInt(0) > 0;
}

std::string queryPlan(sqlite::Database& db, const std::string& sql)
{
    auto statement = db.prepare("EXPLAIN QUERY PLAN " + sql);
    std::string plan;
    while (statement.step()) plan += statement.columnText(3) + "\n";
    return plan;
}

} // namespace

class TstServerSchema : public QObject {
    Q_OBJECT

private slots:
    void version1UpgradesToBlobs()
    {
        QTemporaryDir dir;
        const std::string photoSha = sha256Hex("photo");
        makeVersion1(dir.filePath(ServerDatabase::kFileName).toStdString(), photoSha);

        ServerDatabase database(dir.path().toStdString());
        QCOMPARE(database.schemaVersion(), int(serverMigrations().back().version));
        QCOMPARE(database.schemaVersion(), 4);
        database.locked([&](sqlite::Database& db) {
            auto records = db.prepare("SELECT count(*) FROM records");
            QVERIFY(records.step());
            QCOMPARE(records.columnInt(0), std::int64_t(1)); // kept through the upgrade
            QCOMPARE(blob_index::incomplete(db, {photoSha}), std::vector<std::string>{photoSha});
            blob_index::markComplete(db, photoSha, 5, Timestamp::now());
            QCOMPARE(blob_index::completeSize(db, photoSha), std::optional<std::int64_t>(5));
        });
    }

    void version2UpgradesToConflictResolutions()
    {
        QTemporaryDir dir;
        makeVersion2(dir.filePath(ServerDatabase::kFileName).toStdString());

        ServerDatabase database(dir.path().toStdString());
        QCOMPARE(database.schemaVersion(), 4);
        database.locked([&](sqlite::Database& db) {
            auto conflict = conflict_rows::loadOne(db, 1);
            QVERIFY(conflict.has_value()); // kept through the upgrade, still open
            QCOMPARE(conflict->conflict.device, Json("不好"));
            QVERIFY(!conflict->resolution);
            const ConflictResolution decision{ConflictChoice::Device, Json("不好"), "lead",
                                              *Timestamp::parse("2026-11-30T04:00:00.000Z"), 3};
            conflict_rows::markResolved(db, 1, decision);
            QCOMPARE(conflict_rows::loadOne(db, 1)->resolution->by, std::string("lead"));
            QCOMPARE(conflict_rows::loadOne(db, 1)->resolution->version, std::int64_t(3));
        });
    }

    // A device that sent changes before the upgrade and resends them after (its answer was lost)
    // must get the answers it was first given.
    void version3UpgradeKeepsTheAnswersGivenToDevices()
    {
        QTemporaryDir dir;
        makeVersion3(dir.filePath(ServerDatabase::kFileName).toStdString());

        ServerDatabase database(dir.path().toStdString());
        QCOMPARE(database.schemaVersion(), 4);
        database.locked([&](sqlite::Database& db) {
            QVERIFY(!hasTable(db, "mutation_log"));
            DeviceLedger ledger(db);
            for (const auto& [device, given] : answersGiven()) {
                const auto answer = ledger.answerFor(device, given.seq);
                QVERIFY(answer.has_value());
                QCOMPARE(answer->seq, given.seq);
                QCOMPARE(answer->recordId, given.recordId);
                QCOMPARE(std::string(toString(answer->status)), std::string(toString(given.status)));
                QCOMPARE(answer->version, given.version);
                QVERIFY(answer->conflicts == given.conflicts);
                QVERIFY(answer->problems == given.problems);
            }
            QVERIFY(!ledger.answerFor("tablet-a", 3)); // never sent
            QVERIFY(!ledger.answerFor("tablet-b", 1)); // never sent by this device
            QVERIFY(!ledger.answerFor("tablet-c", 1)); // an unknown device
        });
    }

    // GET /v1/blobs/{sha} asks which records reference a blob; that must never scan the records.
    void referencesAreFoundThroughIndexes_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("index");
        QTest::newRow("photo") << "attachment" << "sha256" << "attachments_by_blob";
        QTest::newRow("thumbnail") << "attachment" << "thumbnailSha256" << "attachments_by_thumbnail";
        QTest::newRow("signature") << "signature" << "imageSha256" << "signatures_by_image";
    }
    void referencesAreFoundThroughIndexes()
    {
        QFETCH(QString, type);
        QFETCH(QString, field);
        QFETCH(QString, index);
        QTemporaryDir dir;
        ServerDatabase database(dir.path().toStdString());
        const std::string sql = "SELECT project_id FROM records WHERE type = '" + type.toStdString() +
                                "' AND json_extract(fields, '$." + field.toStdString() + "') = ? AND deleted = 0";
        const auto plan = database.locked([&](sqlite::Database& db) { return queryPlan(db, sql); });
        QVERIFY2(plan.find(index.toStdString()) != std::string::npos, plan.c_str());
    }
};

QTEST_MAIN(TstServerSchema)
#include "moc_tst_server_schema.cpp"
