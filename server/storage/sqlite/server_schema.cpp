#include "storage/sqlite/server_schema.h"

#include <array>

namespace fv::server {
namespace {

// v1: records with their version and change sequence; the device ledger that
// makes pushes idempotent; conflicts kept for review; accounts.
constexpr std::string_view kSyncAndAccounts = R"sql(
CREATE TABLE records (
    id          TEXT PRIMARY KEY,
    type        TEXT NOT NULL,
    version     INTEGER NOT NULL,
    change_seq  INTEGER NOT NULL UNIQUE,
    project_id  TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    author      TEXT NOT NULL,
    device      TEXT NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0,
    fields      TEXT NOT NULL CHECK (json_valid(fields))
);
CREATE INDEX records_by_project ON records(project_id, change_seq);
CREATE INDEX signatures_by_document ON records(json_extract(fields, '$.documentId')) WHERE type = 'signature';

CREATE TABLE devices (
    device_id     TEXT PRIMARY KEY,
    user_id       TEXT NOT NULL,
    last_seq      INTEGER NOT NULL DEFAULT 0,
    first_seen_at TEXT NOT NULL,
    last_sync_at  TEXT NOT NULL
);
CREATE TABLE mutation_log (
    device_id  TEXT NOT NULL,
    seq        INTEGER NOT NULL,
    record_id  TEXT NOT NULL,
    result     TEXT NOT NULL,
    PRIMARY KEY (device_id, seq)
) WITHOUT ROWID;

CREATE TABLE conflicts (
    id           INTEGER PRIMARY KEY,
    record_id    TEXT NOT NULL,
    field        TEXT NOT NULL,
    base         TEXT NOT NULL,
    server       TEXT NOT NULL,
    device       TEXT NOT NULL,
    device_id    TEXT NOT NULL,
    user_id      TEXT NOT NULL,
    reported_at  TEXT NOT NULL,
    resolved_at  TEXT,
    resolved_by  TEXT
);
CREATE INDEX conflicts_open ON conflicts(record_id) WHERE resolved_at IS NULL;

CREATE TABLE users (
    id             TEXT PRIMARY KEY,
    name           TEXT NOT NULL,
    role           TEXT NOT NULL,
    password_hash  TEXT NOT NULL,
    created_at     TEXT NOT NULL
);
CREATE TABLE project_members (
    user_id     TEXT NOT NULL REFERENCES users(id),
    project_id  TEXT NOT NULL,
    PRIMARY KEY (user_id, project_id)
) WITHOUT ROWID;
CREATE TABLE sessions (
    token_digest  TEXT PRIMARY KEY,
    user_id       TEXT NOT NULL REFERENCES users(id),
    created_at    TEXT NOT NULL,
    expires_at    TEXT NOT NULL
);
)sql";

// v2: blobs. A row is the server's word that it holds a complete blob whose bytes hash to its
// name (storage/file_blob_store.h says why a table and not the files alone). The indexes find
// the records that reference a blob, for the access check of GET /v1/blobs/{sha256}; they are
// expressions over the records, so they can never disagree with them.
constexpr std::string_view kBlobs = R"sql(
CREATE TABLE blobs (
    sha256      TEXT PRIMARY KEY CHECK (length(sha256) = 64),
    size        INTEGER NOT NULL CHECK (size >= 0),
    created_at  TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX attachments_by_blob ON records(json_extract(fields, '$.sha256')) WHERE type = 'attachment';
CREATE INDEX attachments_by_thumbnail ON records(json_extract(fields, '$.thumbnailSha256')) WHERE type = 'attachment';
CREATE INDEX signatures_by_image ON records(json_extract(fields, '$.imageSha256')) WHERE type = 'signature';
)sql";

// v3: conflicts are settled by reviewers (routes/conflict_routes.h). resolved_at and
// resolved_by (v1) say who and when; these say what: the choice, the value written and the
// record version carrying it. The index serves a record's conflicts, open or not, newest first.
constexpr std::string_view kConflictResolutions = R"sql(
ALTER TABLE conflicts ADD COLUMN resolution TEXT CHECK (resolution IN ('server', 'device', 'value'));
ALTER TABLE conflicts ADD COLUMN resolved_value TEXT CHECK (resolved_value IS NULL OR json_valid(resolved_value));
ALTER TABLE conflicts ADD COLUMN resolved_version INTEGER;
CREATE INDEX conflicts_by_record ON conflicts(record_id, id);
)sql";

// v4: the device ledger keeps one row per push batch instead of one per mutation: a batch of
// 100 was 100 b-tree inserts inside the single write lock, now it is one. `results` is the JSON
// array of the batch's answers to its new sequences (first_seq..last_seq, each answer with its
// own "seq"); the batches of a device never overlap, so the lowest last_seq at or above a
// sequence finds the only batch that can hold it. The answers already given move over as
// batches of one, so devices replaying what they sent before the upgrade get them again.
constexpr std::string_view kMutationBatches = R"sql(
CREATE TABLE mutation_batches (
    device_id  TEXT NOT NULL,
    first_seq  INTEGER NOT NULL,
    last_seq   INTEGER NOT NULL CHECK (last_seq >= first_seq),
    results    TEXT NOT NULL CHECK (json_valid(results)),
    PRIMARY KEY (device_id, last_seq)
) WITHOUT ROWID;
INSERT INTO mutation_batches (device_id, first_seq, last_seq, results)
    SELECT device_id, seq, seq, '[' || result || ']' FROM mutation_log;
DROP TABLE mutation_log;
)sql";

constexpr std::array kMigrations{
    sqlite::Migration{1, "records, device ledger, conflicts, accounts", kSyncAndAccounts},
    sqlite::Migration{2, "blobs, and the records that reference them", kBlobs},
    sqlite::Migration{3, "conflict resolutions", kConflictResolutions},
    sqlite::Migration{4, "device ledger: one row per push batch", kMutationBatches},
};

} // namespace

std::span<const sqlite::Migration> serverMigrations() { return kMigrations; }

} // namespace fv::server
