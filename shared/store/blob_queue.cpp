#include "store/blob_queue.h"

namespace fv {

void BlobQueue::add(const LocalBlob& blob, Timestamp now)
{
    // The same content added twice (the same photo attached to two visits) is one blob.
    m_db.prepare("INSERT OR IGNORE INTO local_blobs (sha256, path, size, mime_type, added_at) VALUES (?, ?, ?, ?, ?)")
        .bindAll(blob.sha256, blob.path, blob.size, blob.mimeType, now.toString())
        .run();
}

void BlobQueue::addFetched(const LocalBlob& blob, Timestamp now)
{
    m_db.prepare("INSERT INTO local_blobs (sha256, path, size, mime_type, uploaded, added_at) VALUES (?, ?, ?, ?, 1, ?) "
                 "ON CONFLICT (sha256) DO UPDATE SET path = excluded.path, size = excluded.size")
        .bindAll(blob.sha256, blob.path, blob.size, blob.mimeType, now.toString())
        .run();
}

std::vector<LackingBlob> BlobQueue::lacking(std::size_t limit)
{
    // Thumbnails are always JPEG (photos/photo_pipeline), signature images PNG.
    auto statement = m_db.prepare(
        "SELECT w.sha256, w.mime_type FROM ("
        "  SELECT json_extract(fields, '$.thumbnailSha256') AS sha256, 'image/jpeg' AS mime_type, updated_at "
        "  FROM records WHERE type = 'attachment' AND deleted = 0 AND json_extract(fields, '$.kind') = 'photo' "
        "  UNION ALL "
        "  SELECT json_extract(fields, '$.imageSha256'), 'image/png', updated_at "
        "  FROM records WHERE type = 'signature' AND deleted = 0"
        ") w WHERE coalesce(w.sha256, '') <> '' AND NOT EXISTS (SELECT 1 FROM local_blobs b WHERE b.sha256 = w.sha256) "
        "GROUP BY w.sha256 ORDER BY max(w.updated_at) DESC, w.sha256 LIMIT ?");
    statement.bindAll(static_cast<std::int64_t>(limit));
    std::vector<LackingBlob> blobs;
    while (statement.step()) blobs.push_back({statement.columnText(0), statement.columnText(1)});
    return blobs;
}

std::vector<LocalBlob> BlobQueue::pending()
{
    auto statement = m_db.prepare("SELECT sha256, path, size, mime_type, coalesce(last_error, '') FROM local_blobs "
                                  "WHERE uploaded = 0 ORDER BY added_at, sha256");
    std::vector<LocalBlob> blobs;
    while (statement.step())
        blobs.push_back({statement.columnText(0), statement.columnText(1), statement.columnInt(2),
                         statement.columnText(3), statement.columnText(4)});
    return blobs;
}

std::int64_t BlobQueue::pendingCount()
{
    auto statement = m_db.prepare("SELECT count(*) FROM local_blobs WHERE uploaded = 0");
    statement.step();
    return statement.columnInt(0);
}

std::int64_t BlobQueue::recordsWaitingCount()
{
    auto statement = m_db.prepare(
        "SELECT count(*) FROM records r WHERE r.type IN ('attachment', 'signature') AND r.deleted = 0 AND EXISTS "
        "(SELECT 1 FROM local_blobs b WHERE b.uploaded = 0 AND b.sha256 IN (json_extract(r.fields, '$.sha256'), "
        "json_extract(r.fields, '$.thumbnailSha256'), json_extract(r.fields, '$.imageSha256')))");
    statement.step();
    return statement.columnInt(0);
}

void BlobQueue::markUploaded(const std::string& sha256)
{
    m_db.prepare("UPDATE local_blobs SET uploaded = 1, last_error = NULL WHERE sha256 = ?").bindAll(sha256).run();
}

void BlobQueue::markFailed(const std::string& sha256, const std::string& error)
{
    m_db.prepare("UPDATE local_blobs SET last_error = ? WHERE sha256 = ?").bindAll(error, sha256).run();
}

void BlobQueue::markMissing(const std::vector<std::string>& sha256s)
{
    for (const auto& sha256 : sha256s)
        m_db.prepare("UPDATE local_blobs SET uploaded = 0 WHERE sha256 = ?").bindAll(sha256).run();
}

std::string BlobQueue::pathOf(const std::string& sha256)
{
    auto statement = m_db.prepare("SELECT path FROM local_blobs WHERE sha256 = ?");
    statement.bindAll(sha256);
    return statement.step() ? statement.columnText(0) : std::string();
}

} // namespace fv
