// The server's WAL goes back into the database file from the checkpointer's own thread, and
// stays bounded while commits keep coming: nothing asks for a checkpoint here but the commits.

#include "db/server_database.h"

#include <QTemporaryDir>
#include <QtTest>

#include <chrono>
#include <filesystem>
#include <thread>

using namespace fv;
using namespace fv::server;

namespace {

constexpr std::uintmax_t kMiB = 1024 * 1024;

std::uintmax_t sizeOf(const std::filesystem::path& file) { return std::filesystem::file_size(file); }

} // namespace

class TstWalCheckpointer : public QObject {
    Q_OBJECT

private slots:
    void commitsReachTheDatabaseFileAndTheWalStaysBounded()
    {
        QTemporaryDir dir;
        ServerDatabase database(dir.path().toStdString());
        database.locked([](sqlite::Database& db) { db.exec("CREATE TABLE filler (bytes BLOB NOT NULL)"); });
        const auto file = database.path();
        const auto wal = std::filesystem::path(file.string() + "-wal");

        // 10 MiB in 40 commits, about 2.5 times the checkpoint threshold, at the pace of a busy server.
        for (int i = 0; i < 40; ++i) {
            database.locked([](sqlite::Database& db) {
                sqlite::Transaction transaction(db);
                db.prepare("INSERT INTO filler (bytes) VALUES (randomblob(262144))").run();
                transaction.commit();
            });
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }

        // Past the threshold (4 MiB of pages) a checkpoint copies the WAL into the file; what came
        // after the last one may wait in the WAL for the next.
        QTRY_VERIFY_WITH_TIMEOUT(sizeOf(file) >= 6 * kMiB, 10000);
        // Checkpointed as it went, the WAL started over instead of holding all 10 MiB.
        QVERIFY2(sizeOf(wal) < 9 * kMiB, std::to_string(sizeOf(wal)).c_str());
    }
};

QTEST_MAIN(TstWalCheckpointer)
#include "moc_tst_wal_checkpointer.cpp"
