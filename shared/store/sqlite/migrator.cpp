#include "store/sqlite/migrator.h"

#include "util/error.h"

#include <string>

namespace fv::sqlite {

int migrate(Database& db, std::span<const Migration> migrations)
{
    const int latest = migrations.empty() ? 0 : migrations.back().version;
    const int current = db.userVersion();
    if (current > latest)
        throw Error(ErrorDomain::Store, "schema_too_new",
                    db.path() + " has schema version " + std::to_string(current) + " but this program knows only up to " +
                        std::to_string(latest) + "; update the program");
    for (const auto& migration : migrations) {
        if (migration.version <= current) continue;
        Transaction transaction(db);
        db.exec(migration.sql);
        db.exec("PRAGMA user_version = " + std::to_string(migration.version));
        transaction.commit();
    }
    return db.userVersion();
}

} // namespace fv::sqlite
