#pragma once

#include "models/store_list_model.h"
#include "photos/photo_row.h"

#include <vector>

// The photos of one record (a visit, an acceptance, an issue), in the order
// they were added: thumbnails, captions, when they were taken and whether the
// server has them. Follows the store like every list; captions are edited and
// photos removed here, through RecordWriter. A failed edit is published as
// editError (the list itself stays as it was).
class PhotoListModel : public StoreListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString ownerId READ ownerId WRITE setOwnerId NOTIFY ownerIdChanged)
    Q_PROPERTY(QString projectId READ projectId WRITE setProjectId NOTIFY projectIdChanged)
    Q_PROPERTY(QString editError READ editError NOTIFY editErrorChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        CaptionRole,
        TakenAtRole,
        TakenAtTextRole,
        PlaceRole,
        ImageUrlRole,     // empty when the photo is not on this tablet
        ThumbnailUrlRole, // likewise
        UploadedRole,
    };
    Q_ENUM(Role)

    explicit PhotoListModel(QObject* parent = nullptr);

    QString ownerId() const { return m_ownerId; }
    void setOwnerId(const QString& id);
    QString projectId() const { return m_projectId; }
    void setProjectId(const QString& id);
    QString editError() const { return m_editError; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Saves a new caption for the photo `attachmentId`; false (and editError) when it cannot.
    Q_INVOKABLE bool setCaption(const QString& attachmentId, const QString& caption);
    // Removes the photo from its record (the delete syncs like any other).
    Q_INVOKABLE bool remove(const QString& attachmentId);

signals:
    void ownerIdChanged();
    void projectIdChanged();
    void editErrorChanged();

protected:
    void load(UserStore& store) override;
    void clearRows() override { m_rows.clear(); }
    QList<int> translatedRoles() const override { return {TakenAtTextRole}; }

private:
    bool editFailed(const QString& message);
    void setEditError(const QString& text);

    QString m_ownerId;
    QString m_projectId;
    QString m_editError;
    std::vector<fv::app::PhotoRow> m_rows;
};
