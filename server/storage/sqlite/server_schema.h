#pragma once

#include "store/sqlite/migrator.h"

#include <span>

namespace fv::server {

// The server database's schema history (SQLite backend).
std::span<const sqlite::Migration> serverMigrations();

} // namespace fv::server
