#include "admin/admin_command.h"

#include "app/backend.h"
#include "util/error.h"

#include <istream>
#include <map>
#include <ostream>
#include <string>

namespace fv::server {
namespace {

struct UsageError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

constexpr std::string_view kUsage =
    "usage: fieldvisit-server admin <command> --data DIR [options]\n"
    "  create-user    --user ID --name NAME --role field_staff|project_lead|back_office|admin\n"
    "                 (--password-stdin | --password PW)\n"
    "  reset-password --user ID (--password-stdin | --password PW)\n"
    "  assign         --user ID --project PROJECT_ID\n";

// `--name value` pairs after the command; `--password-stdin` is a flag.
std::map<std::string, std::string, std::less<>> parseOptions(std::span<const std::string_view> args)
{
    std::map<std::string, std::string, std::less<>> options;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const auto name = args[i];
        if (name.substr(0, 2) != "--") throw UsageError("unexpected argument '" + std::string(name) + "'");
        if (name == "--password-stdin") {
            options[std::string(name)] = "";
            continue;
        }
        if (i + 1 >= args.size()) throw UsageError(std::string(name) + " needs a value");
        options[std::string(name)] = std::string(args[++i]);
    }
    return options;
}

std::string required(const std::map<std::string, std::string, std::less<>>& options, std::string_view name)
{
    const auto it = options.find(name);
    if (it == options.end() || it->second.empty()) throw UsageError(std::string(name) + " is required");
    return it->second;
}

// Reading the password from standard input keeps it out of `ps` and shell history.
std::string password(const std::map<std::string, std::string, std::less<>>& options, std::istream& in)
{
    if (options.count("--password-stdin")) {
        std::string line;
        std::getline(in, line);
        if (!line.empty() && line.back() == '\r') line.pop_back();
        return line;
    }
    return required(options, "--password");
}

Role parseRole(const std::string& text)
{
    if (const auto role = enumFromString<Role>(text)) return *role;
    throw UsageError("--role must be one of " + allowedNames<Role>());
}

int run(std::string_view command, const std::map<std::string, std::string, std::less<>>& options, std::istream& in,
        std::ostream& out)
{
    Backend backend(required(options, "--data"));
    auto& accounts = backend.accounts();
    const std::string user = required(options, "--user");
    if (command == "create-user") {
        accounts.createUser({user, required(options, "--name"), parseRole(required(options, "--role"))},
                            password(options, in));
        out << "created user " << user << "\n";
    } else if (command == "reset-password") {
        accounts.setPassword(user, password(options, in));
        out << "password reset for " << user << "; their sessions have ended\n";
    } else if (command == "assign") {
        const std::string project = required(options, "--project");
        accounts.assignProject(user, project);
        out << "assigned " << user << " to project " << project << "\n";
    } else {
        throw UsageError("unknown admin command '" + std::string(command) + "'");
    }
    return 0;
}

} // namespace

int runAdminCommand(std::span<const std::string_view> args, std::istream& in, std::ostream& out, std::ostream& err)
{
    try {
        if (args.empty()) throw UsageError("an admin command is required");
        return run(args[0], parseOptions(args.subspan(1)), in, out);
    } catch (const UsageError& error) {
        err << "fieldvisit-server admin: " << error.what() << "\n" << kUsage;
        return 2;
    } catch (const ValidationError& error) {
        err << "fieldvisit-server admin: " << error.what() << "\n";
        return 1;
    } catch (const Error& error) {
        err << "fieldvisit-server admin: " << error.what() << "\n";
        return 1;
    }
}

} // namespace fv::server
