#include "routes/route_table.h"

#include "app/backend.h"
#include "routes/auth_routes.h"
#include "routes/blob_routes.h"
#include "routes/conflict_routes.h"
#include "routes/health_route.h"
#include "routes/stats_route.h"
#include "routes/sync_routes.h"

namespace fv::server {

Router makeRouter(Backend& backend)
{
    return Router({
        healthRoute(backend.database()),
        loginRoute(backend.accounts()),
        pushRoute(backend.sync(), backend.accounts()),
        pullRoute(backend.sync(), backend.accounts()),
        blobStatusRoute(backend.blobs(), backend.accounts()),
        blobUploadRoute(backend.blobs(), backend.accounts()),
        missingBlobsRoute(backend.blobs(), backend.accounts()),
        blobDownloadRoute(backend.blobs(), backend.blobAccess(), backend.accounts()),
        statsRoute(backend.sync(), backend.accounts()),
        conflictsRoute(backend.sync(), backend.accounts()),
        resolveConflictRoute(backend.sync(), backend.accounts()),
    });
}

} // namespace fv::server
