#include "db/server_database.h"

#include "log/log.h"
#include "storage/sqlite/server_schema.h"
#include "store/sqlite/migrator.h"
#include "util/error.h"

#include <sqlite3.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <string>
#include <system_error>
#include <unistd.h>

namespace fv::server {

namespace {

std::filesystem::path prepareDirectory(const std::filesystem::path& dataDir)
{
    std::error_code ec;
    std::filesystem::create_directories(dataDir, ec);
    if (ec)
        throw Error(ErrorDomain::Store, "cannot_create_data_dir",
                    "cannot create data directory " + dataDir.string() + ": " + ec.message());
    // Absolute, so health and logs name the file unambiguously whatever the working directory.
    const auto absolute = std::filesystem::absolute(dataDir, ec);
    return ec ? dataDir : absolute.lexically_normal();
}

// A new file is durable only once its directory entry is: the WAL's, made before the first sync.
void syncDirectory(const std::filesystem::path& dir)
{
    const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0 || ::fsync(fd) != 0)
        log::warning(log::db, "cannot sync the directory " + dir.string() + ": " + std::strerror(errno));
    if (fd >= 0) ::close(fd);
}

} // namespace

ServerDatabase::ServerDatabase(const std::filesystem::path& dataDir)
    : m_path(prepareDirectory(dataDir) / kFileName), m_db(m_path.string())
{
    requireWal();
    m_db.exec("PRAGMA synchronous = FULL"); // migrations: each commit waits for the disk
    sqlite::migrate(m_db, serverMigrations());
    startSyncingCommits();
    log::info(log::db, "opened " + m_path.string() + " at schema version " + std::to_string(schemaVersion()));
}

ServerDatabase::~ServerDatabase()
{
    // The hook points at this object: hand checkpoints back to SQLite before members go.
    sqlite3_wal_autocheckpoint(m_db.handle(), WalCheckpointer::kCheckpointPages);
}

// From here an answer, not a commit, waits for the disk (see WalSyncer).
void ServerDatabase::startSyncingCommits()
{
    m_db.exec("SELECT count(*) FROM sqlite_master"); // the WAL file exists once the database is read
    m_syncer.emplace(m_path.string() + "-wal");
    syncDirectory(m_path.parent_path());
    m_db.exec("PRAGMA synchronous = NORMAL");
    // Replaces SQLite's automatic checkpoint, which is itself a WAL hook (WalCheckpointer says why).
    sqlite3_wal_hook(m_db.handle(), &ServerDatabase::afterCommit, this);
}

int ServerDatabase::afterCommit(void* self, sqlite3* writer, const char*, int walPages)
{
    auto& database = *static_cast<ServerDatabase*>(self);
    database.m_syncer->noteCommit();
    database.m_checkpointer.afterCommit(writer, walPages);
    return SQLITE_OK;
}

void ServerDatabase::settle(std::unique_lock<std::mutex>& lock)
{
    const auto seen = m_syncer->commits();
    lock.unlock();
    m_syncer->syncThrough(seen);
}

int ServerDatabase::schemaVersion()
{
    const std::lock_guard lock(m_mutex);
    return m_db.userVersion();
}

// SQLite answers a failed switch to WAL (e.g. on a file system without shared memory) with the
// mode it kept instead of an error; concurrent readers and one writer rely on WAL, so insist.
void ServerDatabase::requireWal()
{
    const std::lock_guard lock(m_mutex);
    auto statement = m_db.prepare("PRAGMA journal_mode");
    const std::string mode = statement.step() ? statement.columnText(0) : std::string();
    if (mode != "wal")
        throw Error(ErrorDomain::Store, "wal_unavailable",
                    "cannot use WAL for " + m_path.string() + ": journal mode is '" + mode + "'");
}

} // namespace fv::server
