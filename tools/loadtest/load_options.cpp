#include "load_options.h"

#include <charconv>
#include <map>

namespace fv::loadtest {
namespace {

using Values = std::map<std::string, std::string, std::less<>>;

// A smoke run: every scenario runs, at a size that finishes in a few seconds.
void applyQuick(LoadOptions& options)
{
    options.quick = true;
    options.devices = 4;
    options.batchesPerDevice = 5;
    options.pullRecords = 3000;
    options.noopRounds = 200;
    options.connections = 20;
    options.scenarioTimeLimit = std::chrono::seconds(30);
}

int number(const Values& values, std::string_view name, int fallback, int min, int max)
{
    const auto it = values.find(name);
    if (it == values.end()) return fallback;
    const auto& text = it->second;
    int value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc{} || end != text.data() + text.size() || value < min || value > max)
        throw UsageError(std::string(name) + " must be a whole number from " + std::to_string(min) + " to " +
                         std::to_string(max));
    return value;
}

constexpr std::string_view kValueOptions[] = {"--server",       "--devices",     "--batches",     "--batch-size",
                                              "--pull-records", "--noop-rounds", "--connections", "--time-limit"};

bool takesValue(std::string_view name)
{
    for (const auto option : kValueOptions)
        if (option == name) return true;
    return false;
}

} // namespace

std::optional<LoadOptions> parseLoadOptions(std::span<const std::string_view> args, std::string defaultServer)
{
    LoadOptions options;
    options.serverBinary = std::move(defaultServer);
    Values values;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const auto name = args[i];
        if (name == "--help" || name == "-h") return std::nullopt;
        if (name == "--quick")
            applyQuick(options);
        else if (name == "--keep-data")
            options.keepData = true;
        else if (!takesValue(name))
            throw UsageError("unknown option '" + std::string(name) + "'");
        else if (i + 1 >= args.size())
            throw UsageError(std::string(name) + " needs a value");
        else
            values[std::string(name)] = std::string(args[++i]);
    }
    // Explicit sizes win over --quick's, wherever they stand on the command line.
    if (const auto it = values.find("--server"); it != values.end()) options.serverBinary = it->second;
    options.devices = number(values, "--devices", options.devices, 1, 64);
    options.batchesPerDevice = number(values, "--batches", options.batchesPerDevice, 1, 100000);
    options.batchSize = number(values, "--batch-size", options.batchSize, 1, 1000);
    options.pullRecords = number(values, "--pull-records", options.pullRecords, 1, 10000000);
    options.noopRounds = number(values, "--noop-rounds", options.noopRounds, 1, 1000000);
    options.connections = number(values, "--connections", options.connections, 1, 5000);
    options.scenarioTimeLimit =
        std::chrono::seconds(number(values, "--time-limit", int(options.scenarioTimeLimit.count()), 1, 3600));
    if (options.serverBinary.empty()) throw UsageError("--server is required (no built-in server path)");
    return options;
}

std::string loadUsage(std::string_view program)
{
    return "usage: " + std::string(program) +
           " [--quick] [--server PATH] [--devices N] [--batches N] [--batch-size N]\n"
           "       [--pull-records N] [--noop-rounds N] [--connections N] [--time-limit SECONDS] [--keep-data]\n"
           "Starts fieldvisit-server on 127.0.0.1 with a fresh data folder and measures push throughput\n"
           "(against the raw SQLite ceiling), a new device's initial pull, no-op sync rounds and the\n"
           "server's memory with many connected devices. Prints a table, then one JSON line.\n"
           "  --quick        a smoke run: every scenario, scaled down to a few seconds\n"
           "  --batches N    push requests per device (default 50, of --batch-size 100 creates each)\n"
           "  --time-limit S bound on each scenario (default 180 s; 30 s with --quick)\n"
           "  --keep-data    keep the temporary folder (server data, logs, device store)\n";
}

} // namespace fv::loadtest
