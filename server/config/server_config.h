#pragma once

#include "log/log.h"

#include <cstdint>
#include <filesystem>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>

namespace fv::server {

// Everything the command line can set. Defaults suit a developer machine: loopback only.
struct ServerConfig {
    std::filesystem::path dataDir = "./var/data";
    std::string bindAddress = "127.0.0.1";
    std::uint16_t port = 8080; // 0 lets the OS pick a free port
    unsigned threads = defaultThreadCount();
    log::Level logLevel = log::Level::Info;

    static unsigned defaultThreadCount();
};

// A command line that cannot be understood; the message names the offending option.
class ConfigError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct ParsedArgs {
    ServerConfig config;
    bool helpRequested = false;
};

// Accepts `--name value` and `--name=value`. Throws ConfigError.
ParsedArgs parseArgs(std::span<const std::string_view> args);

std::string usageText(std::string_view program);

} // namespace fv::server
