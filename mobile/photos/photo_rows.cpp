#include "photos/photo_rows.h"

#include "models/qt_dates.h"
#include "store/store_queries.h"

#include <set>

namespace fv::app {
namespace {

std::set<std::string> pendingBlobs(BlobQueue& blobs)
{
    std::set<std::string> pending;
    for (const auto& blob : blobs.pending()) pending.insert(blob.sha256);
    return pending;
}

} // namespace

std::vector<PhotoRow> photoRows(LocalStore& store, const std::string& projectId, const std::string& ownerId)
{
    const auto pending = pendingBlobs(store.blobs());
    std::vector<PhotoRow> rows;
    for (const auto& record : StoreQueries(store).attachmentsOf(projectId, ownerId)) {
        const Attachment& a = record.body;
        if (a.kind != AttachmentKind::Photo) continue;
        PhotoRow row;
        row.id = QString::fromStdString(record.meta.id);
        row.caption = QString::fromStdString(a.caption);
        if (a.takenAt) row.takenAt = toQDateTime(*a.takenAt);
        if (a.place) row.placeAddress = QString::fromStdString(a.place->address);
        row.path = QString::fromStdString(store.blobs().pathOf(a.sha256));
        if (!a.thumbnailSha256.empty())
            row.thumbnailPath = QString::fromStdString(store.blobs().pathOf(a.thumbnailSha256));
        row.uploaded = !pending.contains(a.sha256) && !pending.contains(a.thumbnailSha256);
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace fv::app
