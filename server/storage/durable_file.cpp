#include "storage/durable_file.h"

#include "util/error.h"
#include "util/sha256.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <string>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace fv::server::durable_file {
namespace {

namespace fs = std::filesystem;

// Large enough to keep system calls few, small enough to hash a 20 MB photo without holding it.
constexpr std::size_t kChunkBytes = 1024 * 1024;

[[noreturn]] void fail(std::string_view operation, const fs::path& path, int error)
{
    throw Error(ErrorDomain::Store, error == ENOSPC ? "disk_full" : "blob_io",
                std::string(operation) + " " + path.string() + ": " + std::strerror(error));
}

// Owns one open descriptor.
class Descriptor {
public:
    Descriptor(const fs::path& path, int flags) : m_path(path), m_fd(::open(path.c_str(), flags | O_CLOEXEC, 0640))
    {
        if (m_fd < 0 && errno != ENOENT) fail("cannot open", path, errno);
    }
    ~Descriptor()
    {
        if (m_fd >= 0) ::close(m_fd);
    }
    Descriptor(const Descriptor&) = delete;
    Descriptor& operator=(const Descriptor&) = delete;

    bool exists() const { return m_fd >= 0; }
    int fd() const { return m_fd; }

    void sync() const
    {
        if (::fsync(m_fd) != 0) fail("cannot sync", m_path, errno);
    }

    // Up to `capacity` bytes; 0 at the end of the file.
    std::size_t readSome(char* into, std::size_t capacity) const
    {
        for (;;) {
            const ssize_t got = ::read(m_fd, into, capacity);
            if (got >= 0) return std::size_t(got);
            if (errno != EINTR) fail("cannot read", m_path, errno);
        }
    }

    void writeAll(std::string_view bytes) const
    {
        while (!bytes.empty()) {
            const ssize_t written = ::write(m_fd, bytes.data(), bytes.size());
            if (written < 0 && errno == EINTR) continue;
            if (written < 0) fail("cannot write", m_path, errno);
            bytes.remove_prefix(std::size_t(written));
        }
    }

private:
    fs::path m_path;
    int m_fd;
};

void syncDirectory(const fs::path& directory)
{
    const Descriptor dir(directory, O_RDONLY | O_DIRECTORY);
    if (!dir.exists()) fail("cannot open directory", directory, ENOENT);
    dir.sync();
}

} // namespace

void append(const fs::path& path, std::string_view bytes)
{
    const bool existed = size(path).has_value();
    const Descriptor file(path, O_WRONLY | O_CREAT | O_APPEND);
    if (!file.exists()) fail("cannot create", path, ENOENT); // the directory is gone
    file.writeAll(bytes);
    file.sync();
    if (!existed) syncDirectory(path.parent_path()); // the new name must survive too
}

std::optional<std::int64_t> size(const fs::path& path)
{
    struct stat info {};
    if (::stat(path.c_str(), &info) == 0) return std::int64_t(info.st_size);
    if (errno == ENOENT) return std::nullopt;
    fail("cannot stat", path, errno);
}

std::string sha256(const fs::path& path)
{
    const Descriptor file(path, O_RDONLY);
    if (!file.exists()) fail("cannot open", path, ENOENT);
    Sha256 hash;
    std::vector<char> buffer(kChunkBytes);
    while (const std::size_t got = file.readSome(buffer.data(), buffer.size())) hash.update({buffer.data(), got});
    return hash.finishHex();
}

std::optional<std::string> read(const fs::path& path)
{
    const Descriptor file(path, O_RDONLY);
    if (!file.exists()) return std::nullopt;
    struct stat info {};
    if (::fstat(file.fd(), &info) != 0) fail("cannot stat", path, errno);
    // Complete blobs never change in place (a replacement is a new file renamed over it), so the
    // size read here is the size to read.
    std::string bytes(std::size_t(info.st_size), '\0');
    std::size_t used = 0;
    while (used < bytes.size()) {
        const std::size_t got = file.readSome(bytes.data() + used, bytes.size() - used);
        if (got == 0) break;
        used += got;
    }
    bytes.resize(used);
    return bytes;
}

void ensureDirectory(const fs::path& directory)
{
    std::error_code ec;
    if (directory.empty() || fs::is_directory(directory, ec)) return;
    ensureDirectory(directory.parent_path());
    fs::create_directory(directory, ec);
    if (ec) fail("cannot create directory", directory, ec.value());
    syncDirectory(directory.parent_path());
}

void rename(const fs::path& from, const fs::path& to)
{
    if (::rename(from.c_str(), to.c_str()) != 0) fail("cannot rename " + from.string() + " to", to, errno);
    syncDirectory(to.parent_path());
    if (from.parent_path() != to.parent_path()) syncDirectory(from.parent_path());
}

void remove(const fs::path& path)
{
    if (::unlink(path.c_str()) != 0 && errno != ENOENT) fail("cannot remove", path, errno);
}

} // namespace fv::server::durable_file
