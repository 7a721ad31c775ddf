#include "admin/admin_command.h"
#include "app/server_app.h"
#include "config/server_config.h"
#include "log/log.h"

#include <cstdlib>
#include <exception>
#include <iostream>
#include <optional>
#include <string_view>
#include <vector>

namespace {

constexpr std::string_view kProgram = "fieldvisit-server";

int fail(std::string_view what, std::string_view why)
{
    std::cerr << kProgram << ": " << what << ": " << why << std::endl;
    return EXIT_FAILURE;
}

} // namespace

int main(int argc, char** argv)
{
    using namespace fv::server;

    const std::vector<std::string_view> args(argv + 1, argv + argc);
    if (!args.empty() && args.front() == "admin")
        return runAdminCommand(std::span(args).subspan(1), std::cin, std::cout, std::cerr);
    ParsedArgs parsed;
    try {
        parsed = parseArgs(args);
    } catch (const ConfigError& error) {
        std::cerr << kProgram << ": " << error.what() << " (see --help)" << std::endl;
        return 2; // the usual exit status for a usage error
    }
    if (parsed.helpRequested) {
        std::cout << usageText(kProgram);
        return EXIT_SUCCESS;
    }

    fv::server::log::setThreshold(parsed.config.logLevel);
    std::optional<ServerApp> app;
    try {
        app.emplace(parsed.config);
    } catch (const std::exception& error) {
        return fail("cannot start", error.what());
    }
    // Scripts and tests wait for exactly this line and read the port from it (think --port 0).
    std::cout << "FieldVisit server listening on " << app->url() << std::endl;
    try {
        app->run();
    } catch (const std::exception& error) {
        return fail("stopped on an error", error.what());
    }
    return EXIT_SUCCESS;
}
