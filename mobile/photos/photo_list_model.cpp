#include "photos/photo_list_model.h"

#include "domain/attachment.h"
#include "net/error_text.h"
#include "photos/photo_rows.h"
#include "store/record_writer.h"

#include <QLocale>
#include <QUrl>
#include <exception>

namespace {

QUrl fileUrl(const QString& path) { return path.isEmpty() ? QUrl() : QUrl::fromLocalFile(path); }

} // namespace

PhotoListModel::PhotoListModel(QObject* parent) : StoreListModel(parent) {}

void PhotoListModel::setOwnerId(const QString& id)
{
    if (m_ownerId == id) return;
    m_ownerId = id;
    emit ownerIdChanged();
    refresh();
}

void PhotoListModel::setProjectId(const QString& id)
{
    if (m_projectId == id) return;
    m_projectId = id;
    emit projectIdChanged();
    refresh();
}

int PhotoListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant PhotoListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const auto& row = m_rows[std::size_t(index.row())];
    switch (Role(role)) {
    case IdRole:
        return row.id;
    case CaptionRole:
        return row.caption;
    case TakenAtRole:
        return row.takenAt;
    case TakenAtTextRole: // a translated format: "Nov 29, 14:05" in English, "11月29日 14:05" in Chinese
        return row.takenAt.isValid() ? QLocale().toString(row.takenAt.toLocalTime(), tr("MMM d, HH:mm")) : QString();
    case PlaceRole:
        return row.placeAddress;
    case ImageUrlRole:
        return fileUrl(row.path);
    case ThumbnailUrlRole: // a photo saved without a thumbnail shows itself, scaled
        return fileUrl(row.thumbnailPath.isEmpty() ? row.path : row.thumbnailPath);
    case UploadedRole:
        return row.uploaded;
    }
    return {};
}

QHash<int, QByteArray> PhotoListModel::roleNames() const
{
    return {{IdRole, "attachmentId"},           {CaptionRole, "caption"},  {TakenAtRole, "takenAt"},
            {TakenAtTextRole, "takenAtText"},   {PlaceRole, "place"},      {ImageUrlRole, "imageUrl"},
            {ThumbnailUrlRole, "thumbnailUrl"}, {UploadedRole, "uploaded"}};
}

bool PhotoListModel::setCaption(const QString& attachmentId, const QString& caption)
{
    fv::LocalStore* local = store() ? store()->local() : nullptr;
    if (!local) return editFailed(fv::app::plainWords(QStringLiteral("not_signed_in"), {}));
    try {
        auto record = local->get<fv::Attachment>(attachmentId.toStdString());
        if (!record || record->meta.deleted) return editFailed(tr("This photo has been removed."));
        const std::string text = caption.trimmed().toStdString();
        if (record->body.caption != text) {
            record->body.caption = text;
            RecordWriter(*store()).save(std::move(*record));
        }
    } catch (const std::exception& e) {
        return editFailed(tr("The caption could not be saved: %1").arg(QString::fromUtf8(e.what())));
    }
    setEditError({});
    return true;
}

bool PhotoListModel::remove(const QString& attachmentId)
{
    if (!store() || !store()->local()) return editFailed(fv::app::plainWords(QStringLiteral("not_signed_in"), {}));
    try {
        RecordWriter(*store()).remove(attachmentId.toStdString());
    } catch (const std::exception& e) {
        return editFailed(tr("The photo could not be removed: %1").arg(QString::fromUtf8(e.what())));
    }
    setEditError({});
    return true;
}

void PhotoListModel::load(UserStore& store)
{
    if (m_ownerId.isEmpty() || m_projectId.isEmpty()) return;
    m_rows = fv::app::photoRows(*store.local(), m_projectId.toStdString(), m_ownerId.toStdString());
}

bool PhotoListModel::editFailed(const QString& message)
{
    setEditError(message);
    return false;
}

void PhotoListModel::setEditError(const QString& text)
{
    if (m_editError == text) return;
    m_editError = text;
    emit editErrorChanged();
}
