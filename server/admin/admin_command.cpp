#include "admin/admin_command.h"

#include "admin/csv_import.h"
#include "admin/demo_data.h"
#include "app/backend.h"
#include "json/record_json.h"
#include "util/error.h"

#include <fstream>
#include <istream>
#include <iterator>
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
    "  assign         --user ID --project PROJECT_ID\n"
    "  import-customers --file CUSTOMERS.csv     (name,address,importance,contact_name,…)\n"
    "  import-projects  --file PROJECTS.csv      (contract_no,name,customer,scope,lead,phase,…)\n"
    "  export         --out FILE.ndjson           (every record, one JSON object per line)\n"
    "  seed-demo                                  (demo users and Chinese demo data around today)\n";

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

std::string readFile(const std::string& path)
{
    std::ifstream file(path, std::ios::binary);
    if (!file) throw Error(ErrorDomain::Validation, "cannot_read", "cannot read " + path);
    return {std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};
}

int import(Backend& backend, std::string_view command, const std::string& file, std::ostream& out, std::ostream& err)
{
    const auto rows = parseCsv(readFile(file));
    const auto plan = command == "import-customers" ? customersFromCsv(rows) : projectsFromCsv(rows);
    for (const auto& p : plan.problems) err << p.path << " " << p.message << "\n";
    if (!plan.problems.empty()) {
        err << "nothing imported: fix the rows above and run again\n";
        return 1;
    }
    const auto summary = importRecords(backend.sync(), plan);
    for (const auto& p : summary.refused) err << "refused " << p.path << " " << p.message << "\n";
    out << summary.created << " created, " << summary.updated << " updated, " << summary.unchanged << " unchanged\n";
    return summary.refused.empty() ? 0 : 1;
}

// Every record the server holds, tombstones included, in the wire format.
int exportAll(Backend& backend, const std::string& path, std::ostream& out)
{
    std::ofstream file(path, std::ios::binary | std::ios::trunc);
    if (!file) throw Error(ErrorDomain::Validation, "cannot_write", "cannot write " + path);
    const User admin{"admin-export", "export", Role::Admin};
    std::int64_t cursor = 0, count = 0;
    for (bool more = true; more;) {
        const auto page = backend.sync().pull(admin, cursor, 1000);
        for (const auto& record : page.records) file << dumpRecord(record.meta, record.fieldsJson) << "\n";
        count += std::int64_t(page.records.size());
        cursor = page.nextCursor;
        more = page.hasMore;
    }
    out << "exported " << count << " records to " << path << "\n";
    return file.good() ? 0 : 1;
}

int seedDemo(Backend& backend, std::ostream& out, std::ostream& err)
{
    // The demo runs on the machine that runs the app: its today is the app's today.
    const auto plan = demoRecords(Date::localToday());
    ensureDemoUsers(backend.accounts(), plan);
    const auto summary = importRecords(backend.sync(), plan);
    for (const auto& p : summary.refused) err << "refused " << p.path << " " << p.message << "\n";
    out << "demo data: " << summary.created << " created, " << summary.updated << " updated, " << summary.unchanged
        << " unchanged; sign in as demo / " << kDemoPassword << "\n";
    return summary.refused.empty() ? 0 : 1;
}

int run(std::string_view command, const std::map<std::string, std::string, std::less<>>& options, std::istream& in,
        std::ostream& out, std::ostream& err)
{
    Backend backend(required(options, "--data"));
    if (command == "import-customers" || command == "import-projects")
        return import(backend, command, required(options, "--file"), out, err);
    if (command == "export") return exportAll(backend, required(options, "--out"), out);
    if (command == "seed-demo") return seedDemo(backend, out, err);
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
        return run(args[0], parseOptions(args.subspan(1)), in, out, err);
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
