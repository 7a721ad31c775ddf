#include "db/server_database.h"

#include "log/log.h"
#include "storage/sqlite/server_schema.h"
#include "store/sqlite/migrator.h"
#include "util/error.h"

#include <string>
#include <system_error>

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

} // namespace

ServerDatabase::ServerDatabase(const std::filesystem::path& dataDir)
    : m_path(prepareDirectory(dataDir) / kFileName), m_db(m_path.string())
{
    requireWal();
    // An answer to a push promises the change is kept: make commits survive power loss, not
    // only a crash of this process.
    m_db.exec("PRAGMA synchronous = FULL");
    sqlite::migrate(m_db, serverMigrations());
    log::info(log::db, "opened " + m_path.string() + " at schema version " + std::to_string(schemaVersion()));
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
