#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

// The file operations blob storage needs, each durable when it returns: data and directory
// entries are fsynced, so what the server has answered survives a power cut. POSIX only (the
// server runs on Linux). Every failure throws fv::Error (domain Store) naming the path and the
// system's reason.
namespace fv::server::durable_file {

// Appends `bytes` to `path` (created if missing), then fsyncs the file. An empty `bytes` still
// creates the file.
void append(const std::filesystem::path& path, std::string_view bytes);

// The file's size; nullopt when it does not exist.
std::optional<std::int64_t> size(const std::filesystem::path& path);

// SHA-256 of the file's bytes as lowercase hex, read in bounded chunks.
std::string sha256(const std::filesystem::path& path);

// The whole file; nullopt when it does not exist.
std::optional<std::string> read(const std::filesystem::path& path);

// Creates `directory` (and its parents) if missing, and makes the new entries durable.
void ensureDirectory(const std::filesystem::path& directory);

// rename(2) — atomic: `to` is either the old file or the complete new one — then fsyncs both
// directories so the move itself survives a crash.
void rename(const std::filesystem::path& from, const std::filesystem::path& to);

// Removes the file if it exists.
void remove(const std::filesystem::path& path);

} // namespace fv::server::durable_file
