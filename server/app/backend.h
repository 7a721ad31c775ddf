#pragma once

#include "db/server_database.h"
#include "storage/file_blob_store.h"
#include "storage/sqlite/sqlite_account_store.h"
#include "storage/sqlite/sqlite_blob_access.h"
#include "storage/sqlite/sqlite_sync_store.h"

#include <filesystem>

namespace fv::server {

// The storage the routes use, chosen in one place: the embedded SQLite in the
// data folder today; a PostgreSQL backend implements the same interfaces.
class Backend {
public:
    explicit Backend(const std::filesystem::path& dataDir)
        : m_database(dataDir), m_sync(m_database), m_accounts(m_database), m_blobs(dataDir, m_database),
          m_blobAccess(m_database)
    {
    }

    ServerDatabase& database() { return m_database; }
    SyncStore& sync() { return m_sync; }
    AccountStore& accounts() { return m_accounts; }
    BlobStore& blobs() { return m_blobs; }
    BlobAccess& blobAccess() { return m_blobAccess; }

private:
    ServerDatabase m_database;
    SqliteSyncStore m_sync;
    SqliteAccountStore m_accounts;
    FileBlobStore m_blobs; // bytes under DATA_DIR/blobs, completeness in the database
    SqliteBlobAccess m_blobAccess;
};

} // namespace fv::server
