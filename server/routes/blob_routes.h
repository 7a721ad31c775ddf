#pragma once

#include "http/router.h"

namespace fv::server {

class AccountStore;
class BlobAccess;
class BlobStore;

// The blob endpoints (PROTOCOL.md, "Blobs"). Every one needs a bearer token and the version
// headers, like sync.

// HEAD /v1/blobs/{sha256}: complete → 200 with the size as Content-Length; otherwise 404, with
// Upload-Offset when an upload is partway, so the device resumes there.
Route blobStatusRoute(BlobStore& blobs, AccountStore& accounts);
// PUT /v1/blobs/{sha256}: a resumable upload (Upload-Offset, Upload-Length), verified on completion.
Route blobUploadRoute(BlobStore& blobs, AccountStore& accounts);
// POST /v1/blobs/missing: which of up to 1000 hashes the server lacks.
Route missingBlobsRoute(BlobStore& blobs, AccountStore& accounts);
// GET /v1/blobs/{sha256}: the bytes, to a user who may see a record referencing them; 404 to
// anyone else, the same as for a blob that does not exist.
Route blobDownloadRoute(BlobStore& blobs, BlobAccess& access, AccountStore& accounts);

} // namespace fv::server
