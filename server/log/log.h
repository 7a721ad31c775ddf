#pragma once

#include <optional>
#include <string_view>

// The server's only log sink. Lines go to stderr because stdout carries the one machine-read
// "listening" line; a lock keeps lines from interleaving across io threads.
namespace fv::server::log {

enum class Level { Debug, Info, Warning, Error };

// One category per subsystem, as in the app (`fv.sync`, `fv.store`, ...).
inline constexpr std::string_view http = "fv.http";
inline constexpr std::string_view app = "fv.server";
inline constexpr std::string_view db = "fv.db";

// "debug", "info", "warning", "error".
std::optional<Level> parseLevel(std::string_view name);
// Lines below this level are dropped; Info by default.
void setThreshold(Level level);
void write(Level level, std::string_view category, std::string_view message);

inline void debug(std::string_view category, std::string_view message) { write(Level::Debug, category, message); }
inline void info(std::string_view category, std::string_view message) { write(Level::Info, category, message); }
inline void warning(std::string_view category, std::string_view message) { write(Level::Warning, category, message); }
inline void error(std::string_view category, std::string_view message) { write(Level::Error, category, message); }

} // namespace fv::server::log
