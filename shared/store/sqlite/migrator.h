#pragma once

#include "store/sqlite/database.h"

#include <span>
#include <string_view>

namespace fv::sqlite {

// One numbered step of a schema's history. Never edit a shipped migration:
// databases in the field already ran it; add the next number instead.
struct Migration {
    int version;
    std::string_view description;
    std::string_view sql;
};

// Runs every migration above the database's `PRAGMA user_version`, each in its
// own transaction that ends by setting user_version, so a crash mid-upgrade
// leaves the database at the last complete version. Refuses a database made
// by a newer program instead of guessing. Returns the resulting version.
int migrate(Database& db, std::span<const Migration> migrations);

} // namespace fv::sqlite
