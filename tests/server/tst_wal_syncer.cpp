// Group commit: an answer waits until the commits it could have seen are on disk, and one sync
// of the WAL serves every commit written before it began. A disk that refuses to sync stops
// every later answer with a clear error instead of promising what it may not keep.

#include "db/server_database.h"
#include "db/wal_syncer.h"
#include "util/error.h"

#include <QTemporaryDir>
#include <QtTest>

#include <fstream>
#include <thread>
#include <vector>

using namespace fv;
using namespace fv::server;

namespace {

std::filesystem::path emptyFile(const QTemporaryDir& dir)
{
    const auto path = std::filesystem::path(dir.path().toStdString()) / "server.sqlite-wal";
    std::ofstream{path};
    return path;
}

template <class Fn>
Error errorOf(Fn&& fn)
{
    try {
        fn();
    } catch (const Error& error) {
        return error;
    }
    return Error(ErrorDomain::Internal, "none", "no error was thrown");
}

} // namespace

class TstWalSyncer : public QObject {
    Q_OBJECT

private slots:
    void oneSyncServesEveryCommitWrittenBeforeIt()
    {
        QTemporaryDir dir;
        WalSyncer syncer(emptyFile(dir));
        for (int i = 0; i < 3; ++i) syncer.noteCommit();
        syncer.syncThrough(2); // the writer of commit 2 answers: commit 3 is on disk as well
        QCOMPARE(syncer.figures().synced, 3u);
        QCOMPARE(syncer.figures().syncs, 1u);
        syncer.syncThrough(3); // the writer of commit 3: nothing left to wait for
        syncer.syncThrough(0); // a reader that saw no commit
        QCOMPARE(syncer.figures().syncs, 1u);

        syncer.noteCommit(); // a reader that saw commit 4 waits for it even though it wrote nothing
        syncer.syncThrough(syncer.commits());
        QCOMPARE(syncer.figures().synced, 4u);
        QCOMPARE(syncer.figures().syncs, 2u);
    }

    void answersReturnOnlyOnceTheirCommitsAreOnDisk()
    {
        QTemporaryDir dir;
        ServerDatabase database(dir.path().toStdString());
        database.locked([](sqlite::Database& db) { db.exec("CREATE TABLE notes (text TEXT NOT NULL)"); });
        constexpr int kThreads = 4, kCommits = 50;
        std::atomic<int> early{0};
        std::vector<std::thread> threads;
        for (int t = 0; t < kThreads; ++t) {
            threads.emplace_back([&] {
                for (int i = 0; i < kCommits; ++i) {
                    const auto mine = database.locked([&](sqlite::Database& db) {
                        db.exec("INSERT INTO notes (text) VALUES ('回访记录')");
                        return database.durability().commits; // this commit's number
                    });
                    if (database.durability().synced < mine) ++early;
                }
            });
        }
        for (auto& thread : threads) thread.join();
        QCOMPARE(early.load(), 0);
        const auto figures = database.durability();
        QCOMPARE(figures.synced, figures.commits);
        QVERIFY(figures.commits >= kThreads * kCommits + 1);
        QVERIFY(figures.syncs <= figures.commits);
        QCOMPARE(database.locked([](sqlite::Database& db) {
            auto count = db.prepare("SELECT count(*) FROM notes");
            count.step();
            return count.columnInt(0);
        }),
                 std::int64_t(kThreads * kCommits));
    }

    void aDiskThatRefusesToSyncStopsEveryLaterAnswer()
    {
        WalSyncer syncer("/dev/null"); // fdatasync: EINVAL, as a failing disk answers EIO
        syncer.noteCommit();
        const auto first = errorOf([&] { syncer.syncThrough(1); });
        QCOMPARE(first.code(), std::string("sync_failed"));
        QVERIFY(std::string(first.what()).find("restart the server") != std::string::npos);
        // Linux forgets a failed writeback once reported: a later sync "succeeding" proves nothing.
        QCOMPARE(errorOf([&] { syncer.syncThrough(1); }).code(), std::string("sync_failed"));
        QCOMPARE(syncer.figures().synced, 0u);
    }

    void aMissingWalIsAClearError()
    {
        const auto error = errorOf([] { WalSyncer syncer("/nonexistent/server.sqlite-wal"); });
        QCOMPARE(error.code(), std::string("wal_unavailable"));
        QVERIFY(std::string(error.what()).find("/nonexistent/server.sqlite-wal") != std::string::npos);
    }
};

QTEST_APPLESS_MAIN(TstWalSyncer)
#include "moc_tst_wal_syncer.cpp"
