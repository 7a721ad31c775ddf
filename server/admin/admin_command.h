#pragma once

#include <iosfwd>
#include <span>
#include <string_view>

namespace fv::server {

// `fieldvisit-server admin <command> --data DIR ...`: operator commands that
// work on the data folder directly (also while the server runs: SQLite WAL).
//   create-user    --user ID --name NAME --role ROLE [--password-stdin | --password PW]
//   reset-password --user ID [--password-stdin | --password PW]
//   assign         --user ID --project PROJECT_ID
// Returns the process exit status: 0 done, 1 refused (message on `err`), 2 bad usage.
int runAdminCommand(std::span<const std::string_view> args, std::istream& in, std::ostream& out, std::ostream& err);

} // namespace fv::server
