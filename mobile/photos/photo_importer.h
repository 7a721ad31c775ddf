#pragma once

#include "photos/place_source.h"
#include "store/user_store.h"

#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace fv::app {
struct PhotoOptions;
struct PhotoTarget;
struct StoredPhoto;
} // namespace fv::app

// Adds photos to a record (a visit, an acceptance, an issue) from image files
// or camera captures. The slow part — reading a photo of up to 20 MB, turning
// it upright, reducing and encoding it, hashing and writing the files — runs
// on the importer's own worker thread, one photo at a time so two large
// photos never sit in memory together; the UI keeps running. The database
// write (blob queue, then the Attachment through RecordWriter) happens back
// on the UI thread. Each photo ends in imported() or failed(); errorString
// keeps the last failure.
class PhotoImporter : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(UserStore* store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(QString ownerId READ ownerId WRITE setOwnerId NOTIFY ownerIdChanged)
    Q_PROPERTY(QString projectId READ projectId WRITE setProjectId NOTIFY projectIdChanged)
    // Where the work happens (the visit's address), recorded with each photo.
    Q_PROPERTY(QString placeAddress READ placeAddress WRITE setPlaceAddress NOTIFY placeAddressChanged)
    // The tablet's position, for photos whose file has no GPS point; optional.
    Q_PROPERTY(PlaceSource* placeSource READ placeSource WRITE setPlaceSource NOTIFY placeSourceChanged)
    // The stored photo's long side in pixels; 0 (the default) follows the app's setting.
    Q_PROPERTY(int longSide READ longSide WRITE setLongSide NOTIFY longSideChanged)
    // Where the files go; empty (the default) is the app's data folder's blobs/.
    Q_PROPERTY(QString blobFolder READ blobFolder WRITE setBlobFolder NOTIFY blobFolderChanged)
    Q_PROPERTY(bool busy READ isBusy NOTIFY progressChanged)
    // Progress of the photos asked for since the importer was last idle.
    Q_PROPERTY(int batchTotal READ batchTotal NOTIFY progressChanged)
    Q_PROPERTY(int batchDone READ batchDone NOTIFY progressChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)

public:
    explicit PhotoImporter(QObject* parent = nullptr);
    // Waits for the photo in progress: its result is then dropped, and its files stay for the next import.
    ~PhotoImporter() override;

    UserStore* store() const { return m_store; }
    void setStore(UserStore* store);
    QString ownerId() const { return m_ownerId; }
    void setOwnerId(const QString& id);
    QString projectId() const { return m_projectId; }
    void setProjectId(const QString& id);
    QString placeAddress() const { return m_placeAddress; }
    void setPlaceAddress(const QString& address);
    PlaceSource* placeSource() const { return m_placeSource; }
    void setPlaceSource(PlaceSource* source);
    int longSide() const { return m_longSide; }
    void setLongSide(int pixels);
    QString blobFolder() const { return m_blobFolder; }
    void setBlobFolder(const QString& folder);
    bool isBusy() const { return m_batchDone < m_batchTotal; }
    int batchTotal() const { return m_batchTotal; }
    int batchDone() const { return m_batchDone; }
    QString errorString() const { return m_errorString; }

    // Image files chosen by the person (local files, or content URIs on Android).
    Q_INVOKABLE void importFiles(const QList<QUrl>& files);
    Q_INVOKABLE void importFile(const QUrl& file) { importFiles({file}); }
    // A camera capture written to newCapturePath(); the file is deleted once imported.
    Q_INVOKABLE void importCapture(const QString& path);
    // A fresh path in the app's cache folder for the camera to write to.
    Q_INVOKABLE QString newCapturePath() const;
    Q_INVOKABLE void clearError();

signals:
    void storeChanged();
    void ownerIdChanged();
    void projectIdChanged();
    void placeAddressChanged();
    void placeSourceChanged();
    void longSideChanged();
    void blobFolderChanged();
    void progressChanged();
    void errorStringChanged();
    void imported(const QString& attachmentId);
    void failed(const QString& message);

private:
    void start(const QString& source, bool deleteSource);
    void save(const fv::app::StoredPhoto& photo, const fv::app::PhotoTarget& target);
    void fail(const QString& message);
    void stepDone();
    void setErrorString(const QString& text);
    fv::app::PhotoOptions options() const;
    QString folder() const;

    QPointer<UserStore> m_store;
    QString m_ownerId;
    QString m_projectId;
    QString m_placeAddress;
    QPointer<PlaceSource> m_placeSource;
    int m_longSide = 0;
    QString m_blobFolder;
    int m_batchTotal = 0;
    int m_batchDone = 0;
    QString m_errorString;
    QThreadPool m_pool; // last: destroyed (and waited for) before the members its jobs report into
};
