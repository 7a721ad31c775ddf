#include "config/server_config.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <optional>
#include <thread>

namespace fv::server {

namespace {

constexpr unsigned kMaxThreads = 256;
constexpr std::array<std::string_view, 5> kValueOptions = {"--data", "--bind", "--port", "--threads", "--log-level"};

struct Option {
    std::string_view name;
    std::optional<std::string_view> inlineValue; // from `--name=value`
};

Option splitOption(std::string_view arg)
{
    const auto equals = arg.find('=');
    if (equals == std::string_view::npos) return {arg, std::nullopt};
    return {arg.substr(0, equals), arg.substr(equals + 1)};
}

unsigned long parseNumber(std::string_view name, std::string_view text, unsigned long min, unsigned long max)
{
    unsigned long value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc{} || end != text.data() + text.size() || value < min || value > max)
        throw ConfigError(std::string(name) + " expects a number from " + std::to_string(min) + " to " +
                          std::to_string(max) + ", got '" + std::string(text) + "'");
    return value;
}

void applyOption(ServerConfig& config, std::string_view name, std::string_view value)
{
    if (name == "--data") {
        if (value.empty()) throw ConfigError("--data expects a directory");
        config.dataDir = std::filesystem::path(value);
    } else if (name == "--bind") {
        if (value.empty()) throw ConfigError("--bind expects an address");
        config.bindAddress = std::string(value);
    } else if (name == "--port") {
        config.port = static_cast<std::uint16_t>(parseNumber(name, value, 0, 65535));
    } else if (name == "--threads") {
        config.threads = static_cast<unsigned>(parseNumber(name, value, 1, kMaxThreads));
    } else {
        const auto level = log::parseLevel(value);
        if (!level) throw ConfigError("--log-level expects debug, info, warning or error");
        config.logLevel = *level;
    }
}

} // namespace

unsigned ServerConfig::defaultThreadCount()
{
    // One per core. Twice the cores was tried (a push holds its thread through the commit's fsync):
    // in alternating quiet runs it was no faster (25.2 % of the ceiling both times with one per core,
    // 27.7 and 24.8 % with two) and held more memory, one malloc arena per thread.
    // hardware_concurrency() may report 0.
    return std::min(std::max(std::thread::hardware_concurrency(), 1u), kMaxThreads);
}

ParsedArgs parseArgs(std::span<const std::string_view> args)
{
    ParsedArgs parsed;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const auto [name, inlineValue] = splitOption(args[i]);
        if (name == "--help" || name == "-h") {
            parsed.helpRequested = true;
            continue;
        }
        if (std::find(kValueOptions.begin(), kValueOptions.end(), name) == kValueOptions.end())
            throw ConfigError("unknown option '" + std::string(name) + "'");
        if (inlineValue) {
            applyOption(parsed.config, name, *inlineValue);
            continue;
        }
        if (i + 1 >= args.size()) throw ConfigError(std::string(name) + " expects a value");
        applyOption(parsed.config, name, args[++i]);
    }
    return parsed;
}

std::string usageText(std::string_view program)
{
    std::string text = "Usage: " + std::string(program) + " [options]\n\n";
    text += "FieldVisit sync server.\n\n";
    text += "Options:\n";
    text += "  --data DIR     data directory, created if missing (default ./var/data)\n";
    text += "  --bind ADDR    address to listen on (default 127.0.0.1)\n";
    text += "  --port N       port to listen on, 0 picks a free one (default 8080)\n";
    text += "  --threads N    I/O threads (default: the number of cores, here " +
            std::to_string(ServerConfig::defaultThreadCount()) + ")\n";
    text += "  --log-level L  debug, info, warning or error (default info); logs go to stderr\n";
    text += "  --help         show this text\n";
    return text;
}

} // namespace fv::server
