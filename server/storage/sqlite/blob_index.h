#pragma once

#include "store/sqlite/database.h"
#include "util/time.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

// The `blobs` table (migration 2): one row per complete, verified blob. The row is the
// server's word that it has a blob; the file holds the bytes (storage/file_blob_store.h says
// why both). Functions run on the caller's connection, under its lock, so a push can ask
// inside its own transaction.
namespace fv::server::blob_index {

// The size of a complete blob; nullopt when the server does not have it complete.
std::optional<std::int64_t> completeSize(sqlite::Database& db, const std::string& sha256);

// Those of `sha256s` without a row, in the order given, each once.
std::vector<std::string> incomplete(sqlite::Database& db, const std::vector<std::string>& sha256s);

// Called only after the verified file is in its final place; repeating it is harmless.
void markComplete(sqlite::Database& db, const std::string& sha256, std::int64_t size, Timestamp now);

} // namespace fv::server::blob_index
