#pragma once

#include "store/sqlite/migrator.h"

#include <span>

namespace fv {

// The device database's schema history.
std::span<const sqlite::Migration> localMigrations();

} // namespace fv
