#pragma once

#include "storage/blob_access.h"

namespace fv::server {

class ServerDatabase;

// BlobAccess from the records table, through the expression indexes of migration 2 (one per
// kind of reference), so asking never scans the records.
class SqliteBlobAccess : public BlobAccess {
public:
    explicit SqliteBlobAccess(ServerDatabase& database) : m_database(database) {}

    std::optional<std::string> readableAs(const User& user, const std::string& sha256) override;

private:
    ServerDatabase& m_database;
};

} // namespace fv::server
