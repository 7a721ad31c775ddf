#include "routes/health_route.h"

#include "db/server_database.h"
#include "http/error_codes.h"
#include "http/http_error.h"
#include "http/json_response.h"
#include "log/log.h"
#include "util/error.h"

#include <nlohmann/json.hpp>

#ifndef FV_SERVER_VERSION
#error "FV_SERVER_VERSION must be defined by the build (the project version)"
#endif

namespace fv::server {

namespace {

// Load balancers and monitors read the status, not the body: a database that does not answer
// must make health fail with 503 ("take me out of rotation"), not a generic 500.
int readSchemaVersion(ServerDatabase& database)
{
    try {
        return database.schemaVersion();
    } catch (const Error& error) {
        log::error(log::db, std::string("health check failed: ") + error.what());
        throw HttpError(Status::ServiceUnavailable, error_codes::databaseUnavailable, "the database does not answer");
    }
}

Response health(ServerDatabase& database)
{
    const nlohmann::ordered_json body = {
        {"status", "ok"},
        {"service", "fieldvisit-server"},
        {"version", FV_SERVER_VERSION},
        {"database",
         {{"engine", "sqlite"}, {"path", database.path().string()}, {"schemaVersion", readSchemaVersion(database)}}},
    };
    return jsonResponse(Status::Ok, body);
}

} // namespace

Route healthRoute(ServerDatabase& database)
{
    return {.method = Method::Get, .pattern = "/v1/health", .handler = [&database](const Request&, const PathParams&) {
                return health(database);
            }};
}

} // namespace fv::server
