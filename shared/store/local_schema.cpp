#include "store/local_schema.h"

#include <array>

namespace fv {
namespace {

// v1: records with their fields as JSON, and the outbox of changes not yet
// accepted by the server.
constexpr std::string_view kRecordsAndOutbox = R"sql(
CREATE TABLE records (
    id          TEXT PRIMARY KEY,
    type        TEXT NOT NULL,
    version     INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    author      TEXT NOT NULL,
    device      TEXT NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0,
    fields      TEXT NOT NULL CHECK (json_valid(fields))
);
CREATE INDEX records_by_type ON records(type, updated_at);
CREATE TABLE outbox (
    seq           INTEGER PRIMARY KEY AUTOINCREMENT,
    record_id     TEXT NOT NULL REFERENCES records(id),
    record_type   TEXT NOT NULL,
    op            TEXT NOT NULL CHECK (op IN ('create', 'update', 'delete')),
    base_version  INTEGER NOT NULL,
    changes       TEXT NOT NULL CHECK (json_valid(changes)),
    created_at    TEXT NOT NULL,
    state         TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sending'))
);
CREATE INDEX outbox_by_record ON outbox(record_id, seq);
)sql";

// v2: the columns the app's lists query, derived from the JSON so they can
// never disagree with it, and indexed for the Today screen.
constexpr std::string_view kQueryColumns = R"sql(
ALTER TABLE records ADD COLUMN project_id TEXT
    GENERATED ALWAYS AS (CASE type WHEN 'project' THEN id ELSE json_extract(fields, '$.projectId') END) VIRTUAL;
ALTER TABLE records ADD COLUMN planned_date TEXT GENERATED ALWAYS AS (json_extract(fields, '$.plannedDate')) VIRTUAL;
ALTER TABLE records ADD COLUMN status TEXT GENERATED ALWAYS AS (json_extract(fields, '$.status')) VIRTUAL;
ALTER TABLE records ADD COLUMN assignee TEXT GENERATED ALWAYS AS (json_extract(fields, '$.assignee')) VIRTUAL;
CREATE INDEX visits_by_date ON records(planned_date, status) WHERE type = 'visit';
CREATE INDEX visits_by_assignee ON records(assignee, planned_date) WHERE type = 'visit';
CREATE INDEX records_by_project ON records(project_id, updated_at);
)sql";

// v3: what sync keeps between runs. sync_state holds the pull cursor, the
// device id the outbox's seqs belong to, and the last success and error for
// the status bar. Refused mutations and reported conflicts are kept until the
// user dismisses them: a refusal is never retried forever nor dropped silently.
// No foreign keys to records: these rows must outlive any later purge of a record.
constexpr std::string_view kSyncLedger = R"sql(
CREATE TABLE sync_state (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);
CREATE TABLE sync_refusals (
    seq          INTEGER PRIMARY KEY,
    record_id    TEXT NOT NULL,
    record_type  TEXT NOT NULL,
    status       TEXT NOT NULL CHECK (status IN ('forbidden', 'invalid')),
    problems     TEXT NOT NULL CHECK (json_valid(problems)),
    mutation     TEXT NOT NULL CHECK (json_valid(mutation)),
    refused_at   TEXT NOT NULL
);
CREATE INDEX sync_refusals_by_record ON sync_refusals(record_id);
CREATE TABLE sync_conflicts (
    id           INTEGER PRIMARY KEY,
    record_id    TEXT NOT NULL,
    seq          INTEGER NOT NULL,
    field        TEXT NOT NULL,
    base         TEXT NOT NULL CHECK (json_valid(base)),
    server       TEXT NOT NULL CHECK (json_valid(server)),
    device       TEXT NOT NULL CHECK (json_valid(device)),
    reported_at  TEXT NOT NULL,
    UNIQUE (seq, field)
);
CREATE INDEX sync_conflicts_by_record ON sync_conflicts(record_id, seq);
)sql";

// v4: the photo and signature files waiting to reach the server.
constexpr std::string_view kLocalBlobs = R"sql(
CREATE TABLE local_blobs (
    sha256      TEXT PRIMARY KEY,
    path        TEXT NOT NULL,
    size        INTEGER NOT NULL,
    mime_type   TEXT NOT NULL,
    uploaded    INTEGER NOT NULL DEFAULT 0,
    last_error  TEXT,
    added_at    TEXT NOT NULL
);
CREATE INDEX local_blobs_waiting ON local_blobs(added_at) WHERE uploaded = 0;
)sql";

// v5: what became of each reported conflict. server_id is the server's id for it (null from
// servers that sent none: such a conflict stays open until dismissed); the resolution columns
// are filled together when a sync run learns a reviewer settled it.
constexpr std::string_view kConflictResolutions = R"sql(
ALTER TABLE sync_conflicts ADD COLUMN server_id INTEGER;
ALTER TABLE sync_conflicts ADD COLUMN resolution TEXT CHECK (resolution IN ('server', 'device', 'value'));
ALTER TABLE sync_conflicts ADD COLUMN resolved_value TEXT CHECK (resolved_value IS NULL OR json_valid(resolved_value));
ALTER TABLE sync_conflicts ADD COLUMN resolved_by TEXT;
ALTER TABLE sync_conflicts ADD COLUMN resolved_at TEXT;
ALTER TABLE sync_conflicts ADD COLUMN resolved_version INTEGER;
CREATE INDEX sync_conflicts_following ON sync_conflicts(server_id) WHERE resolved_at IS NULL;
)sql";

// v6: a project's records of one type (its issues, photos, signatures) without reading all
// of its visits: every save of a signed document looks them up (signature_guard), and a
// tablet holds thousands of visits per project. Ordered by id as the readers list them.
constexpr std::string_view kRecordsByProjectAndType = R"sql(
CREATE INDEX records_by_project_type ON records(project_id, type, id);
)sql";

constexpr std::array kMigrations{
    sqlite::Migration{1, "records and outbox", kRecordsAndOutbox},
    sqlite::Migration{2, "query columns for visits and project history", kQueryColumns},
    sqlite::Migration{3, "sync state, refusals and conflicts", kSyncLedger},
    sqlite::Migration{4, "photo and signature files waiting to upload", kLocalBlobs},
    sqlite::Migration{5, "what reviewers decided on reported conflicts", kConflictResolutions},
    sqlite::Migration{6, "records of a project by type", kRecordsByProjectAndType},
};

} // namespace

std::span<const sqlite::Migration> localMigrations() { return kMigrations; }

} // namespace fv
