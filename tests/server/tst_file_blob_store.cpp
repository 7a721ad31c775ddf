// FileBlobStore without HTTP: the cases an end-to-end test cannot stage — a crash between the
// file and its row, a damaged store, a stale partial upload, two writers at once.

#include "db/server_database.h"
#include "storage/durable_file.h"
#include "storage/file_blob_store.h"
#include "storage/sqlite/blob_index.h"
#include "util/error.h"
#include "util/sha256.h"

#include <QTemporaryDir>
#include <QtTest>
#include <optional>

using namespace fv;
using namespace fv::server;
using Outcome = AppendResult::Outcome;

class TstFileBlobStore : public QObject {
    Q_OBJECT

    std::optional<QTemporaryDir> m_dir;
    std::optional<ServerDatabase> m_database;
    std::optional<FileBlobStore> m_store;

    AppendResult put(const std::string& sha256, std::int64_t offset, std::int64_t total, std::string_view bytes)
    {
        return m_store->append({.sha256 = sha256, .offset = offset, .totalSize = total, .bytes = bytes});
    }

private slots:
    void init()
    {
        m_store.reset();
        m_database.reset();
        m_dir.emplace();
        m_database.emplace(m_dir->path().toStdString());
        m_store.emplace(m_dir->path().toStdString(), *m_database);
    }

    void completesInPiecesAndKeepsOnlyMatchingBytes()
    {
        const std::string bytes = "the bytes of a photo", sha = sha256Hex(bytes);
        QVERIFY(put(sha, 0, std::int64_t(bytes.size()), bytes.substr(0, 5)).outcome == Outcome::Incomplete);
        QVERIFY(m_store->status(sha).state == BlobStatus::State::Partial);
        const auto done = put(sha, 5, std::int64_t(bytes.size()), std::string_view(bytes).substr(5));
        QVERIFY(done.outcome == Outcome::Completed);
        QCOMPARE(done.offset, std::int64_t(bytes.size()));
        QCOMPARE(*m_store->read(sha), bytes);

        const std::string other = sha256Hex("something else");
        QVERIFY(put(other, 0, 5, "wrong").outcome == Outcome::HashMismatch);
        QVERIFY(m_store->status(other).state == BlobStatus::State::Absent);
        QVERIFY(!m_store->read(other));
    }

    void aStalePartialLongerThanTheBlobIsDiscarded()
    {
        const std::string bytes = "short", sha = sha256Hex(bytes);
        QVERIFY(put(sha, 0, 1000, std::string(100, 'x')).outcome == Outcome::Incomplete);
        const auto resumed = put(sha, 100, 5, "");
        QVERIFY(resumed.outcome == Outcome::OffsetMismatch);
        QCOMPARE(resumed.offset, std::int64_t(0)); // start again: those 100 bytes cannot be this blob
        QVERIFY(put(sha, 0, 5, bytes).outcome == Outcome::Completed);
    }

    // A crash after the rename but before the row: the blob reads as missing and a new upload
    // replaces the file and records it.
    void aFileWithoutItsRowIsUploadedAgain()
    {
        const std::string bytes = "orphan", sha = sha256Hex(bytes);
        durable_file::ensureDirectory(m_store->completePath(sha).parent_path());
        durable_file::append(m_store->completePath(sha), bytes);
        QCOMPARE(m_store->missing({sha}), std::vector<std::string>{sha});
        QVERIFY(put(sha, 0, 6, bytes).outcome == Outcome::Completed);
        QVERIFY(m_store->missing({sha}).empty());
        QVERIFY(put(sha, 0, 6, bytes).outcome == Outcome::AlreadyComplete);
    }

    void aRowWithoutItsFileIsAnError()
    {
        const std::string sha = sha256Hex("lost");
        m_database->locked([&](sqlite::Database& db) { blob_index::markComplete(db, sha, 4, Timestamp::now()); });
        QVERIFY_THROWS_EXCEPTION(Error, m_store->read(sha));
    }

    void oneWriterPerBlob()
    {
        UploadLocks locks;
        auto first = locks.tryLock("a");
        QVERIFY(first);
        QVERIFY(!locks.tryLock("a"));
        QVERIFY(locks.tryLock("b"));
        first.reset();
        QVERIFY(locks.tryLock("a"));
    }

    void namesThatAreNotHashesNeverBecomePaths()
    {
        QVERIFY_THROWS_EXCEPTION(Error, m_store->status("../../server.sqlite"));
        QVERIFY_THROWS_EXCEPTION(Error, put("../x", 0, 1, "x"));
    }
};

QTEST_MAIN(TstFileBlobStore)
#include "moc_tst_file_blob_store.cpp"
