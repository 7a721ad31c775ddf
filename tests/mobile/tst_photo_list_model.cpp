// PhotoListModel over a real database: the photos of one record appear as
// they are added, with thumbnails on disk and whether they reached the
// server; captions are edited and photos removed through the model.

#include "app/demo_photo.h"
#include "photos/photo_list_model.h"
#include "photos/photo_pipeline.h"
#include "photos/photo_record.h"
#include "store_fixture.h"

#include <QSignalSpy>
#include <QtTest>

using namespace fv;
using namespace fv::app;

class PhotoListModelTest : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void addedPhotosAppearInOrder();
    void uploadedOnceTheServerHasBothFiles();
    void captionEditIsSaved();
    void removedPhotoLeavesTheList();
    void otherRecordsPhotosAreNotShown();

private:
    QString addPhoto(const std::string& ownerId, const QString& label, const QString& caption = {});
    QVariant value(int row, PhotoListModel::Role role) const { return m_model->data(m_model->index(row), role); }

    std::unique_ptr<test::StoreFixture> m_fixture;
    std::unique_ptr<PhotoListModel> m_model;
    std::string m_visitId;
};

void PhotoListModelTest::init()
{
    m_fixture = std::make_unique<test::StoreFixture>();
    m_visitId = m_fixture->addVisit(QDate::currentDate(), VisitStatus::InProgress).meta.id;
    m_model = std::make_unique<PhotoListModel>();
    m_model->setOwnerId(QString::fromStdString(m_visitId));
    m_model->setProjectId(QString::fromStdString(m_fixture->projectId));
    m_model->setStore(&m_fixture->store);
}

void PhotoListModelTest::cleanup()
{
    m_model.reset();
    m_fixture.reset();
}

QString PhotoListModelTest::addPhoto(const std::string& ownerId, const QString& label, const QString& caption)
{
    const QString source = m_fixture->dir.filePath(label + ".jpg");
    demoPhoto({800, 600}, label).save(source, "JPEG", 90);
    const auto result = preparePhoto(source, {}, m_fixture->dir.filePath("blobs"));
    const auto& photo = std::get<StoredPhoto>(result);
    return savePhotoAttachment(
        m_fixture->store, photo,
        {QString::fromStdString(ownerId), QString::fromStdString(m_fixture->projectId), caption, {}});
}

void PhotoListModelTest::addedPhotosAppearInOrder()
{
    QCOMPARE(m_model->rowCount(), 0);
    const QString first = addPhoto(m_visitId, "配电柜", "配电柜铭牌");
    const QString second = addPhoto(m_visitId, "机房");

    QCOMPARE(m_model->rowCount(), 2); // no refresh call: the save told the list
    QCOMPARE(value(0, PhotoListModel::IdRole).toString(), first);
    QCOMPARE(value(1, PhotoListModel::IdRole).toString(), second);
    QCOMPARE(value(0, PhotoListModel::CaptionRole).toString(), QStringLiteral("配电柜铭牌"));
    const QUrl thumbnail = value(0, PhotoListModel::ThumbnailUrlRole).toUrl();
    QVERIFY(thumbnail.isLocalFile());
    QCOMPARE(QImage(thumbnail.toLocalFile()).width(), 320);
    QCOMPARE(QImage(value(0, PhotoListModel::ImageUrlRole).toUrl().toLocalFile()).width(), 800);
    QVERIFY(!value(0, PhotoListModel::TakenAtTextRole).toString().isEmpty());
    QVERIFY(!value(0, PhotoListModel::UploadedRole).toBool());
}

void PhotoListModelTest::uploadedOnceTheServerHasBothFiles()
{
    const QString id = addPhoto(m_visitId, "上传");
    const auto attachment = m_fixture->store.local()->get<Attachment>(id.toStdString())->body;
    auto& blobs = m_fixture->store.local()->blobs();

    blobs.markUploaded(attachment.sha256);
    m_model->refresh();
    QVERIFY(!value(0, PhotoListModel::UploadedRole).toBool()); // the thumbnail still waits

    blobs.markUploaded(attachment.thumbnailSha256);
    m_model->refresh();
    QVERIFY(value(0, PhotoListModel::UploadedRole).toBool());
}

void PhotoListModelTest::captionEditIsSaved()
{
    const QString id = addPhoto(m_visitId, "caption");

    QVERIFY(m_model->setCaption(id, QStringLiteral("  UPS 电池鼓包  ")));

    QCOMPARE(value(0, PhotoListModel::CaptionRole).toString(), QStringLiteral("UPS 电池鼓包"));
    QCOMPARE(m_fixture->store.local()->get<Attachment>(id.toStdString())->body.caption, std::string("UPS 电池鼓包"));
    QVERIFY(m_model->editError().isEmpty());
}

void PhotoListModelTest::removedPhotoLeavesTheList()
{
    const QString kept = addPhoto(m_visitId, "kept");
    const QString removed = addPhoto(m_visitId, "removed");

    QVERIFY(m_model->remove(removed));

    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(value(0, PhotoListModel::IdRole).toString(), kept);
    QVERIFY(m_fixture->store.local()->find(removed.toStdString())->meta.deleted);
    QVERIFY(!m_model->setCaption(removed, "gone"));
    QVERIFY(!m_model->editError().isEmpty());
}

void PhotoListModelTest::otherRecordsPhotosAreNotShown()
{
    const std::string otherVisit = m_fixture->addVisit(QDate::currentDate(), VisitStatus::Planned).meta.id;
    addPhoto(otherVisit, "other");
    addPhoto(m_visitId, "mine");

    QCOMPARE(m_model->rowCount(), 1);
    m_model->setOwnerId(QString::fromStdString(otherVisit));
    QCOMPARE(m_model->rowCount(), 1);
}

QTEST_MAIN(PhotoListModelTest)
#include "moc_tst_photo_list_model.cpp"
