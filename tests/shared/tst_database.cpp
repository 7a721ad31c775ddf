#include "store/sqlite/database.h"
#include "util/error.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace fv;

namespace {

// A database file with a table of three rows, in a folder removed afterwards.
struct Numbers {
    QTemporaryDir dir;
    std::string path = dir.filePath("numbers.sqlite").toStdString();
    sqlite::Database db{path};

    Numbers()
    {
        db.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO t VALUES (1, '一'), (2, '二'), (3, "
                "'三');");
    }
};

std::int64_t count(sqlite::Database& db)
{
    auto statement = db.prepare("SELECT count(*) FROM t");
    statement.step();
    return statement.columnInt(0);
}

} // namespace

class TstDatabase : public QObject {
    Q_OBJECT

private slots:
    void aCachedStatementComesBackResetWithNoBindings()
    {
        Numbers numbers;
        constexpr std::string_view sql = "SELECT name FROM t WHERE id >= ? ORDER BY id";
        {
            auto statement = numbers.db.cached(sql);
            statement->bind(1, 1);
            QVERIFY(statement->step());
            QCOMPARE(statement->columnText(0), std::string("一"));
        } // left after one row of three
        auto again = numbers.db.cached(sql);
        // Unbound, the parameter is NULL and nothing matches; a statement not reset would go on
        // to the second row instead.
        QVERIFY(!again->step());
    }

    void aHalfReadStatementKeepsNoSnapshotOnceReturned()
    {
        Numbers numbers;
        {
            auto statement = numbers.db.cached("SELECT id FROM t ORDER BY id");
            QVERIFY(statement->step());
        }
        sqlite::Database(numbers.path).exec("INSERT INTO t VALUES (4, '四')");
        // A statement left mid-read would hold this connection's read snapshot (WAL) and
        // hide the row another connection just committed.
        QCOMPARE(count(numbers.db), std::int64_t(4));
    }

    void nestedUseOfTheSameSqlGetsAStatementOfItsOwn()
    {
        Numbers numbers;
        constexpr std::string_view sql = "SELECT id FROM t ORDER BY id";
        auto outer = numbers.db.cached(sql);
        QVERIFY(outer->step());
        {
            auto inner = numbers.db.cached(sql);
            QVERIFY(inner->step());
            QVERIFY(inner->step());
            QCOMPARE(inner->columnInt(0), std::int64_t(2));
        }
        QCOMPARE(outer->columnInt(0), std::int64_t(1));
        QVERIFY(outer->step());
        QCOMPARE(outer->columnInt(0), std::int64_t(2));
    }

    void statementsBeyondTheCacheLimitStillRun()
    {
        Numbers numbers;
        for (std::size_t i = 0; i < sqlite::Database::kMaxCachedStatements + 10; ++i) {
            auto statement = numbers.db.cached("SELECT " + std::to_string(i));
            QVERIFY(statement->step());
            QCOMPARE(statement->columnInt(0), std::int64_t(i));
        }
        // The cached ones are still there, and still right.
        auto first = numbers.db.cached("SELECT 0");
        QVERIFY(first->step());
        QCOMPARE(first->columnInt(0), std::int64_t(0));
    }

    void aFailedStepLeavesTheStatementUsable()
    {
        Numbers numbers;
        constexpr std::string_view sql = "INSERT INTO t (id, name) VALUES (?, ?)";
        QVERIFY_THROWS_EXCEPTION(Error, numbers.db.cached(sql)->bindAll(1, "重复").run()); // id 1 exists
        numbers.db.cached(sql)->bindAll(5, "五").run();
        QCOMPARE(count(numbers.db), std::int64_t(4));
    }
};

QTEST_APPLESS_MAIN(TstDatabase)
#include "moc_tst_database.cpp"
