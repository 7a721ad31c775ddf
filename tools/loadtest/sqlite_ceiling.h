#pragma once

#include "figures.h"

#include <filesystem>

namespace fv::loadtest {

// What SQLite alone can do with the same visits on this machine: `rows` upserts
// (INSERT … ON CONFLICT DO UPDATE) into a fresh file in one transaction, WAL, with a statement
// prepared once. Measured twice: into the server's records table, made by the server's own
// migrations (its JSON check, unique change sequence and every index: the least the server must
// do per record), and into a bare table of id and fields. The push rate is judged against the first.
CeilingFigures measureSqliteCeiling(const std::filesystem::path& folder, int rows);

} // namespace fv::loadtest
