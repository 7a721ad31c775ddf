#include "store/local_schema.h"
#include "store/local_store.h"
#include "store/sync_ledger.h"

#include <QtTest>

#include <array>
#include <fstream>
#include <sstream>

using namespace fv;

namespace {

std::string readFile(const std::string& path)
{
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

const char* kVisitId = "0190f5c2-7a00-7000-8000-00000000b001";
const char* kProjectId = "0190f5c2-7a00-7000-8000-00000000a001";

} // namespace

class TstMigrations : public QObject {
    Q_OBJECT

private slots:
    void upgradesAVersion1DeviceDatabase()
    {
        QTemporaryDir dir;
        const auto path = dir.filePath("old-device.sqlite").toStdString();
        sqlite::Database(path).exec(readFile(FV_FIXTURES "/device_v1.sql"));

        LocalStore store(path, {"liuyang", "tablet-07"});
        QCOMPARE(store.schemaVersion(), int(localMigrations().back().version));

        const auto visit = store.get<Visit>(kVisitId);
        QVERIFY(visit.has_value());
        QCOMPARE(visit->meta.version, 2);
        QCOMPARE(QString::fromStdString(visit->body.customerWords), QStringLiteral("等系统升级完再来看看。"));
        // The unsent edit survived the upgrade with its base.
        const auto pending = store.outbox().pending(10);
        QCOMPARE(pending.size(), std::size_t(1));
        QCOMPARE(pending[0].mutation.baseVersion, 2);
        // And the new query columns see the old rows.
        const auto day = *Date::parse("2026-12-01");
        QCOMPARE(store.visits({.plannedFrom = day, .plannedTo = day, .assignee = "liuyang"}).size(), std::size_t(1));
        QCOMPARE(store.projectHistory(kProjectId).size(), std::size_t(2));
    }

    void upgradesAVersion2DeviceDatabase()
    {
        QTemporaryDir dir;
        const auto path = dir.filePath("v2-device.sqlite").toStdString();
        sqlite::Database(path).exec(readFile(FV_FIXTURES "/device_v2.sql"));

        LocalStore store(path, {"liuyang", "tablet-07"});
        QCOMPARE(store.schemaVersion(), int(localMigrations().back().version));
        // The waiting edit is still there, sync starts from nothing, and no photo waits.
        QCOMPARE(store.blobs().pendingCount(), 0);
        SyncLedger ledger(store);
        const auto status = ledger.status();
        QCOMPARE(status.pending, 1);
        QCOMPARE(status.refusals, 0);
        QCOMPARE(status.conflicts, 0);
        QVERIFY(!status.lastSuccess.has_value());
        QCOMPARE(ledger.cursor(), 0);
        QCOMPARE(QString::fromStdString(ledger.deviceId()), QStringLiteral("tablet-07"));
        QVERIFY(store.get<Visit>(kVisitId).has_value());
    }

    // A conflict reported before the device kept the server's ids: still there, open, counted,
    // not followed (no id to ask with), and dismissable.
    void upgradesAVersion4DatabaseKeepingItsConflictsOpen()
    {
        QTemporaryDir dir;
        const auto path = dir.filePath("v4-device.sqlite").toStdString();
        {
            sqlite::Database db(path);
            sqlite::migrate(db, localMigrations().first(4));
            db.exec("INSERT INTO sync_conflicts (record_id, seq, field, base, server, device, reported_at) VALUES "
                    "('0190f5c2-7a00-7000-8000-00000000b001', 3, 'customerWords', '\"\"', '\"挺好。\"', "
                    "'\"报表导出有点慢。\"', '2026-11-21T01:00:00.000Z')");
        }
        LocalStore store(path, {"liuyang", "tablet-07"});
        QCOMPARE(store.schemaVersion(), int(localMigrations().back().version));
        SyncLedger ledger(store);
        const auto conflicts = ledger.conflicts();
        QCOMPARE(conflicts.size(), std::size_t(1));
        QCOMPARE(conflicts[0].conflict.device, Json("报表导出有点慢。"));
        QVERIFY(!conflicts[0].conflict.id.has_value());
        QVERIFY(conflicts[0].isOpen());
        QCOMPARE(ledger.status().conflicts, 1);
        QVERIFY(ledger.openConflictServerIds().empty());
        ledger.dismissConflict(conflicts[0].id);
        QCOMPARE(ledger.status().conflicts, 0);
    }

    void freshDatabaseGetsTheLatestSchema()
    {
        QTemporaryDir dir;
        LocalStore store(dir.filePath("new.sqlite").toStdString(), {"liuyang", "tablet-07"});
        QCOMPARE(store.schemaVersion(), int(localMigrations().back().version));
    }

    void refusesADatabaseFromANewerProgram()
    {
        QTemporaryDir dir;
        const auto path = dir.filePath("future.sqlite").toStdString();
        sqlite::Database(path).exec("PRAGMA user_version = 99");
        try {
            LocalStore store(path, {"liuyang", "tablet-07"});
            QFAIL("opened a database from the future");
        } catch (const Error& e) {
            QCOMPARE(QString::fromStdString(e.code()), QStringLiteral("schema_too_new"));
        }
    }

    void aFailingMigrationLeavesTheLastCompleteVersion()
    {
        QTemporaryDir dir;
        sqlite::Database db(dir.filePath("partial.sqlite").toStdString());
        const std::array migrations{
            sqlite::Migration{1, "one table", "CREATE TABLE a (x INTEGER);"},
            sqlite::Migration{2, "breaks halfway", "CREATE TABLE b (x INTEGER); INSERT INTO nowhere VALUES (1);"},
        };
        QVERIFY_THROWS_EXCEPTION(Error, sqlite::migrate(db, migrations));
        QCOMPARE(db.userVersion(), 1);
        auto tableB = db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'b'");
        tableB.step();
        QCOMPARE(tableB.columnInt(0), 0);
    }
};

QTEST_APPLESS_MAIN(TstMigrations)
#include "moc_tst_migrations.cpp"
