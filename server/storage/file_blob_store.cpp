#include "storage/file_blob_store.h"

#include "db/server_database.h"
#include "log/log.h"
#include "storage/durable_file.h"
#include "storage/sqlite/blob_index.h"
#include "util/error.h"
#include "util/sha256.h"

namespace fv::server {
namespace {

using Outcome = AppendResult::Outcome;

constexpr std::string_view kLog = "fv.blobs";

// Names become paths: anything but 64 lowercase hex digits could climb out of the folder.
const std::string& checkedName(const std::string& sha256)
{
    if (!isSha256Hex(sha256))
        throw Error(ErrorDomain::Protocol, "invalid_sha256", "a blob is named by 64 lowercase hex digits", "sha256");
    return sha256;
}

} // namespace

FileBlobStore::FileBlobStore(const std::filesystem::path& dataDir, ServerDatabase& database)
    : m_root(dataDir / "blobs"), m_database(database)
{
    durable_file::ensureDirectory(m_root / "partial");
}

std::filesystem::path FileBlobStore::completePath(const std::string& sha256) const
{
    return m_root / checkedName(sha256).substr(0, 2) / sha256;
}

std::filesystem::path FileBlobStore::partialPath(const std::string& sha256) const
{
    return m_root / "partial" / (checkedName(sha256) + ".part");
}

BlobStatus FileBlobStore::status(const std::string& sha256)
{
    if (const auto size = completeSize(sha256)) return {BlobStatus::State::Complete, *size};
    if (const auto held = durable_file::size(partialPath(sha256))) return {BlobStatus::State::Partial, *held};
    return {};
}

AppendResult FileBlobStore::append(const BlobChunk& chunk)
{
    auto guard = m_locks.tryLock(checkedName(chunk.sha256));
    if (!guard) return {Outcome::Busy, durable_file::size(partialPath(chunk.sha256)).value_or(0)};
    return appendLocked(chunk);
}

std::vector<std::string> FileBlobStore::missing(const std::vector<std::string>& sha256s)
{
    return m_database.locked([&](sqlite::Database& db) { return blob_index::incomplete(db, sha256s); });
}

std::optional<std::string> FileBlobStore::read(const std::string& sha256)
{
    const auto size = completeSize(sha256);
    if (!size) return std::nullopt;
    auto bytes = durable_file::read(completePath(sha256));
    if (!bytes || std::int64_t(bytes->size()) != *size)
        throw Error(ErrorDomain::Store, "blob_damaged",
                    "blob " + sha256 + " is recorded complete but its file is missing or has the wrong size");
    return bytes;
}

// Runs holding the blob's upload lock: nothing else writes its partial file meanwhile.
AppendResult FileBlobStore::appendLocked(const BlobChunk& chunk)
{
    if (const auto size = completeSize(chunk.sha256)) return {Outcome::AlreadyComplete, *size};
    const auto partial = partialPath(chunk.sha256);
    std::int64_t held = durable_file::size(partial).value_or(0);
    if (held > chunk.totalSize) {
        // Left by an upload that declared a larger total. Keeping it would leave a device that
        // declares the true size unable ever to finish; if that device is the one in error, its
        // hash check fails later and the other device starts again.
        durable_file::remove(partial);
        held = 0;
    }
    if (chunk.offset != held) return {Outcome::OffsetMismatch, held};
    const std::int64_t end = held + std::int64_t(chunk.bytes.size());
    if (end > chunk.totalSize) return {Outcome::LengthExceeded, held};
    durable_file::append(partial, chunk.bytes);
    if (end < chunk.totalSize) return {Outcome::Incomplete, end};
    return complete(chunk.sha256, end);
}

AppendResult FileBlobStore::complete(const std::string& sha256, std::int64_t size)
{
    const auto partial = partialPath(sha256);
    const std::string actual = durable_file::sha256(partial);
    if (actual != sha256) {
        durable_file::remove(partial);
        log::warning(kLog,
                     "discarded upload of " + sha256 + ": its " + std::to_string(size) + " bytes hash to " + actual);
        return {Outcome::HashMismatch, 0};
    }
    const auto target = completePath(sha256);
    durable_file::ensureDirectory(target.parent_path());
    durable_file::rename(partial, target);
    m_database.locked([&](sqlite::Database& db) { blob_index::markComplete(db, sha256, size, Timestamp::now()); });
    log::info(kLog, "stored blob " + sha256 + " (" + std::to_string(size) + " bytes)");
    return {Outcome::Completed, size};
}

std::optional<std::int64_t> FileBlobStore::completeSize(const std::string& sha256)
{
    return m_database.locked([&](sqlite::Database& db) { return blob_index::completeSize(db, sha256); });
}

} // namespace fv::server
