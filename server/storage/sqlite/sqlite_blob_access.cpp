#include "storage/sqlite/sqlite_blob_access.h"

#include "db/server_database.h"
#include "storage/sqlite/project_members.h"
#include "sync/access_policy.h"

#include <set>

namespace fv::server {
namespace {

// Every live reference with its project, best media type first: an attachment's own bytes carry
// the type the device declared; a thumbnail's format is not recorded; a signature image is the
// PNG rendering (domain/signature.h). Each branch names its record type so SQLite can use that
// type's partial expression index.
constexpr std::string_view kReferences = R"sql(
    SELECT 1 AS rank, project_id, json_extract(fields, '$.mimeType') FROM records
     WHERE type = 'attachment' AND json_extract(fields, '$.sha256') = :sha AND deleted = 0
    UNION ALL
    SELECT 2, project_id, NULL FROM records
     WHERE type = 'attachment' AND json_extract(fields, '$.thumbnailSha256') = :sha AND deleted = 0
    UNION ALL
    SELECT 3, project_id, 'image/png' FROM records
     WHERE type = 'signature' AND json_extract(fields, '$.imageSha256') = :sha AND deleted = 0
    ORDER BY rank)sql";

} // namespace

std::optional<std::string> SqliteBlobAccess::readableAs(const User& user, const std::string& sha256)
{
    return m_database.locked([&](sqlite::Database& db) -> std::optional<std::string> {
        const AccessScope scope = scopeFor(user, assignedProjects(db, user.id));
        auto statement = db.prepare(kReferences);
        statement.bindAll(sha256);
        while (statement.step())
            if (scope.covers(statement.columnText(1))) return statement.columnOptionalText(2).value_or("");
        return std::nullopt;
    });
}

} // namespace fv::server
