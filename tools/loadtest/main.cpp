// fieldvisit-loadtest: starts the real server and measures it (see load_run.h, BENCHMARKS.md).
// Figures are printed, never asserted: the exit status says only whether the run completed.

#include "load_options.h"
#include "load_run.h"
#include "report.h"

#include <csignal>
#include <cstdlib>
#include <exception>
#include <iostream>
#include <optional>
#include <sys/resource.h>
#include <vector>

namespace {

constexpr std::string_view kProgram = "fieldvisit-loadtest";

// Each simulated device holds a socket and its own I/O context (three more descriptors): a few
// hundred of them need more than a default soft limit of 1024 allows.
void raiseDescriptorLimit()
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0 || limit.rlim_cur == limit.rlim_max) return;
    limit.rlim_cur = limit.rlim_max;
    setrlimit(RLIMIT_NOFILE, &limit); // best effort: a failure shows up later as a clear connect error
}

} // namespace

int main(int argc, char** argv)
{
    using namespace fv::loadtest;
    const std::vector<std::string_view> args(argv + 1, argv + argc);
    std::optional<LoadOptions> options;
    try {
        options = parseLoadOptions(args, FV_SERVER_BINARY);
    } catch (const UsageError& error) {
        std::cerr << kProgram << ": " << error.what() << "\n" << loadUsage(kProgram);
        return 2;
    }
    if (!options) {
        std::cout << loadUsage(kProgram);
        return EXIT_SUCCESS;
    }
    raiseDescriptorLimit();
    // A reader that goes away (`| head`) must not kill the run before it stops its server.
    std::signal(SIGPIPE, SIG_IGN);
    try {
        const auto figures = runLoadTest(*options, std::cerr);
        printTable(std::cout, figures);
        printJson(std::cout, figures);
    } catch (const std::exception& error) {
        std::cerr << kProgram << ": the run did not complete: " << error.what() << std::endl;
        return EXIT_FAILURE;
    }
    return EXIT_SUCCESS;
}
