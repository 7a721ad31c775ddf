// Qt Quick Test of the screens (qml/tst_*.qml): SignInPage against the real
// server, SyncStatusBar over a real SyncController. Each QML test file gets
// its own engine, and each engine its own settings and data folder.

#include "app/app_services.h"
#include "app/demo_photo.h"
#include "live_server.h"
#include "sample_records.h"
#include "session/session.h"
#include "settings/app_settings.h"
#include "signature/signed_document_reads.h"
#include "store/local_store.h"
#include "store/record_writer.h"
#include "sync_answers.h"
#include "util/sha256.h"
#include "util/uuid.h"

#include <QBuffer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(FieldVisitPlugin)

// What the QML tests may ask of C++: the live server's address, a session
// without a server, local edits waiting to be sent, and photos to add.
class TestSupport : public QObject {
    Q_OBJECT
    Q_PROPERTY(QString serverUrl READ serverUrl CONSTANT)
    Q_PROPERTY(QString password READ password CONSTANT)

public:
    TestSupport(QString serverUrl, Session& session, QObject* parent)
        : QObject(parent), m_serverUrl(std::move(serverUrl)), m_session(session)
    {
    }

    QString serverUrl() const { return m_serverUrl; }
    QString password() const { return fv::test::kLivePassword; }

    // Signed in as a new user each time (a fresh database) at a server nobody listens on.
    Q_INVOKABLE void signInOffline()
    {
        const QString user = QStringLiteral("liuyang-%1").arg(++m_users);
        m_session.adopt({QStringLiteral("http://127.0.0.1:9"), QStringLiteral("offline-token"),
                         QDateTime::currentDateTimeUtc().addDays(30), user, QStringLiteral("刘洋"),
                         QStringLiteral("field_staff")});
    }

    Q_INVOKABLE void saveChanges(int count)
    {
        RecordWriter writer(*m_session.store());
        for (int i = 0; i < count; ++i) writer.save(fv::test::newRecord(fv::test::sampleCustomer()));
    }

    Q_INVOKABLE void signOut() { m_session.signOut(); }

    static constexpr std::int64_t kSyncConflictId = 41; // the server's id for addSyncProblems()' conflict

    // What sync could not settle, as the server answered it: an edit of a
    // customer it forbade, then a visit whose running status it reported in
    // conflict: {visitId}.
    Q_INVOKABLE QVariantMap addSyncProblems()
    {
        auto& store = *m_session.store();
        RecordWriter writer(store);
        auto customer = writer.save(fv::test::newRecord(fv::test::sampleCustomer()));
        fv::test::answerLastChange(store, customer.meta.id, fv::PushStatus::Applied);
        customer.body.address = "上海市浦东新区张江路 99 号";
        writer.save(customer);
        fv::test::answerLastChange(store, customer.meta.id, fv::PushStatus::Forbidden, {}, {},
                                   "2026-11-30T01:00:00.000Z");
        const auto project = writer.save(fv::test::newRecord(fv::test::sampleProject(customer.meta.id)));
        const auto visit = writer.save(fv::test::newRecord(fv::test::sampleVisit(project.meta.id)));
        fv::test::answerLastChange(store, visit.meta.id, fv::PushStatus::Conflict, {},
                                   {{"runningStatus", "", "系统运行稳定。", "交接班时偶有卡顿。", kSyncConflictId}});
        store.events()->notifySynced();
        return {{QStringLiteral("visitId"), QString::fromStdString(visit.meta.id)}};
    }

    // The project lead settles addSyncProblems()' conflict for this tablet's value, as a sync run learns it.
    Q_INVOKABLE void settleSyncConflict()
    {
        const fv::ConflictResolution kept{fv::ConflictChoice::Device, "交接班时偶有卡顿。", "zhangwei",
                                          *fv::Timestamp::parse("2026-11-30T05:10:00.000Z"), 2};
        fv::SyncLedger(*m_session.store()->local()).recordSettled({{kSyncConflictId, kept}});
        m_session.store()->events()->notifySynced();
    }

    // A project with a visit planned, a visit done and an open issue:
    // {projectId, plannedVisitId, doneVisitId, issueTitle}.
    Q_INVOKABLE QVariantMap addProjectWithHistory()
    {
        RecordWriter writer(*m_session.store());
        const auto customer = writer.save(fv::test::newRecord(fv::test::sampleCustomer()));
        const auto project = writer.save(fv::test::newRecord(fv::test::sampleProject(customer.meta.id)));
        const auto done = writer.save(fv::test::newRecord(fv::test::sampleVisit(project.meta.id)));
        fv::Visit planned = fv::test::sampleVisit(project.meta.id);
        planned.status = fv::VisitStatus::Planned;
        planned.plannedDate = *fv::Date::parse("2026-12-10");
        planned.plannedStart.reset();
        planned.actualStart.reset();
        planned.actualEnd.reset();
        const auto later = writer.save(fv::test::newRecord(planned));
        const auto issue = writer.save(fv::test::newRecord(fv::test::sampleIssue(project.meta.id, done.meta.id)));
        return {{QStringLiteral("projectId"), QString::fromStdString(project.meta.id)},
                {QStringLiteral("plannedVisitId"), QString::fromStdString(later.meta.id)},
                {QStringLiteral("doneVisitId"), QString::fromStdString(done.meta.id)},
                {QStringLiteral("issueTitle"), QString::fromStdString(issue.body.title)}};
    }

    // Signed in at the live server with a token it does not accept (a session ended there).
    Q_INVOKABLE void signInRejected()
    {
        m_session.adopt({m_serverUrl, QStringLiteral("an-ended-session"), QDateTime::currentDateTimeUtc().addDays(30),
                         QStringLiteral("liuyang"), QStringLiteral("刘洋"), QStringLiteral("field_staff")});
    }

    // Photos saved on the tablet, each with its attachment record, not yet uploaded.
    Q_INVOKABLE void savePhotos(int count)
    {
        RecordWriter writer(*m_session.store());
        for (int i = 0; i < count; ++i) {
            const std::string bytes = "jpeg bytes " + std::to_string(++m_photos);
            auto attachment = fv::test::sampleAttachment(fv::newUuidV7(), fv::newUuidV7());
            attachment.sha256 = fv::sha256Hex(bytes);
            attachment.thumbnailSha256.clear();
            m_session.store()->local()->blobs().add(
                {attachment.sha256, m_session.store()->path().toStdString() + ".photo", 11, "image/jpeg", ""},
                fv::Timestamp::now());
            writer.save(fv::test::newRecord(attachment));
        }
    }

    // A visit to attach photos to, in the signed-in user's database: {projectId, visitId}.
    Q_INVOKABLE QVariantMap addPhotoTarget()
    {
        RecordWriter writer(*m_session.store());
        const auto customer = writer.save(fv::test::newRecord(fv::test::sampleCustomer()));
        const auto project = writer.save(fv::test::newRecord(fv::test::sampleProject(customer.meta.id)));
        const auto visit = writer.save(fv::test::newRecord(fv::test::sampleVisit(project.meta.id)));
        return {{QStringLiteral("projectId"), QString::fromStdString(project.meta.id)},
                {QStringLiteral("visitId"), QString::fromStdString(visit.meta.id)}};
    }

    // A photo of `visitId` taken on another tablet: the record is here, neither of its files.
    Q_INVOKABLE void addColleaguesPhoto(const QString& projectId, const QString& visitId)
    {
        const auto photo = fv::test::sampleAttachment(projectId.toStdString(), visitId.toStdString());
        RecordWriter(*m_session.store()).save(fv::test::newRecord(photo));
    }

    // A camera-sized JPEG named <label>.jpg, or the first half of one when `cutOff`, as a file URL.
    Q_INVOKABLE QUrl writePhotoFile(const QString& label, bool cutOff)
    {
        QByteArray jpeg;
        QBuffer buffer(&jpeg);
        buffer.open(QIODevice::WriteOnly);
        fv::app::demoPhoto({1600, 1200}, label).save(&buffer, "JPEG", 90);
        const QString path = m_photoFiles.filePath(label + QStringLiteral(".jpg"));
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(cutOff ? jpeg.left(jpeg.size() / 2) : jpeg);
        return QUrl::fromLocalFile(path);
    }

    // A visit and an acceptance report of one project, to sign: {projectId, visitId, acceptanceId}.
    Q_INVOKABLE QVariantMap addSignableDocuments()
    {
        RecordWriter writer(*m_session.store());
        const auto customer = writer.save(fv::test::newRecord(fv::test::sampleCustomer()));
        const auto project = writer.save(fv::test::newRecord(fv::test::sampleProject(customer.meta.id)));
        const auto visit = writer.save(fv::test::newRecord(fv::test::sampleVisit(project.meta.id)));
        const auto acceptance = writer.save(fv::test::newRecord(fv::test::sampleAcceptance(project.meta.id)));
        return {{QStringLiteral("projectId"), QString::fromStdString(project.meta.id)},
                {QStringLiteral("visitId"), QString::fromStdString(visit.meta.id)},
                {QStringLiteral("acceptanceId"), QString::fromStdString(acceptance.meta.id)}};
    }

    // Changes what the customer says in a visit record, as the visit form saves it (through RecordWriter).
    Q_INVOKABLE void editCustomerWords(const QString& visitId, const QString& words)
    {
        auto visit = *m_session.store()->local()->get<fv::Visit>(visitId.toStdString());
        visit.body.customerWords = words.toStdString();
        RecordWriter(*m_session.store()).save(visit);
    }

    // The document's signatures as stored, oldest first: {side, voided, voidReason, strokeCount, times (every
    // point's t), imageSha256, imageQueued (in the blob queue), imageMatches (the file's SHA-256 is imageSha256)}.
    Q_INVOKABLE QVariantList signaturesOf(const QString& documentId)
    {
        auto& store = *m_session.store()->local();
        const auto document = *store.find(documentId.toStdString());
        QVariantList out;
        for (const auto& signature :
             fv::app::readSignatures(store, document.fields.at("projectId").get<std::string>(), document.meta.id)) {
            const auto& body = signature.body;
            QVariantList times;
            for (const auto& stroke : body.strokes)
                for (const auto& point : stroke.points) times.append(qint64(point.t));
            const std::string image = store.blobs().pathOf(body.imageSha256);
            QFile file(QString::fromStdString(image));
            const QByteArray bytes = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
            out.append(QVariantMap{
                {QStringLiteral("side"), QString::fromStdString(std::string(fv::toString(body.side)))},
                {QStringLiteral("voided"), body.voided},
                {QStringLiteral("voidReason"), QString::fromStdString(body.voidReason)},
                {QStringLiteral("strokeCount"), int(body.strokes.size())},
                {QStringLiteral("times"), times},
                {QStringLiteral("imageSha256"), QString::fromStdString(body.imageSha256)},
                {QStringLiteral("imageQueued"), !image.empty()},
                {QStringLiteral("imageMatches"),
                 !bytes.isEmpty() && fv::sha256Hex(bytes.toStdString()) == body.imageSha256}});
        }
        return out;
    }

    // A planned visit with nothing recorded yet, for the visit form: {projectId, visitId}.
    Q_INVOKABLE QVariantMap addBlankVisit()
    {
        RecordWriter writer(*m_session.store());
        const auto customer = writer.save(fv::test::newRecord(fv::test::sampleCustomer()));
        const auto project = writer.save(fv::test::newRecord(fv::test::sampleProject(customer.meta.id)));
        const fv::Visit sample = fv::test::sampleVisit(project.meta.id);
        fv::Visit blank;
        blank.projectId = project.meta.id;
        blank.assignee = sample.assignee;
        blank.plannedDate = sample.plannedDate;
        const auto visit = writer.save(fv::test::newRecord(blank));
        return {{QStringLiteral("projectId"), QString::fromStdString(project.meta.id)},
                {QStringLiteral("visitId"), QString::fromStdString(visit.meta.id)}};
    }

    // A record's fields as stored on the tablet (JSON as QML sees it); empty when there is none.
    Q_INVOKABLE QVariantMap storedFields(const QString& id)
    {
        const auto record = m_session.store()->local()->find(id.toStdString());
        if (!record) return {};
        return QJsonDocument::fromJson(QByteArray::fromStdString(record->fields.dump())).object().toVariantMap();
    }

    // The fields of the record's outbox entries waiting to be sent.
    Q_INVOKABLE QStringList queuedFields(const QString& id)
    {
        QStringList fields;
        for (const auto& entry : m_session.store()->local()->outbox().entriesFor(id.toStdString()))
            for (const auto& [name, change] : entry.mutation.changes) fields << QString::fromStdString(name);
        return fields;
    }

    // The server's answer to the record's last change, as a sync run applies it: a conflict on
    // `field` (its value and this tablet's), or, with an empty field, a refusal (forbidden).
    Q_INVOKABLE void answerLastChange(const QString& recordId, const QString& field, const QString& serverValue,
                                      const QString& deviceValue)
    {
        auto& store = *m_session.store();
        if (field.isEmpty()) {
            fv::test::answerLastChange(store, recordId.toStdString(), fv::PushStatus::Forbidden,
                                       {{"projectId", "you are not on this project's team"}});
        } else {
            fv::test::answerLastChange(store, recordId.toStdString(), fv::PushStatus::Conflict, {},
                                       {{field.toStdString(), nullptr, serverValue.toStdString(),
                                         deviceValue.toStdString()}});
        }
        store.events()->notifySynced();
    }

    // The visit's customer signs what it holds now.
    Q_INVOKABLE void signVisitAsCustomer(const QString& visitId, const QString& projectId)
    {
        auto& store = *m_session.store()->local();
        fv::Signature signature = fv::test::sampleSignature(projectId.toStdString(), visitId.toStdString());
        signature.contentSha256 = fv::app::readSignedDocument(store, visitId.toStdString())->content().contentHash();
        RecordWriter(*m_session.store()).save(fv::test::newRecord(signature));
    }

private:
    QString m_serverUrl;
    Session& m_session;
    int m_users = 0;
    int m_photos = 0;
    QTemporaryDir m_photoFiles;
};

class Setup : public QObject {
    Q_OBJECT

public slots:
    void applicationAvailable()
    {
        QQuickStyle::setStyle(QStringLiteral("Material"));
        m_serverReady = m_server.start() && m_server.createUser(QStringLiteral("liuyang"), QStringLiteral("刘洋"),
                                                                QStringLiteral("field_staff"));
        if (!m_serverReady) qWarning("the FieldVisit server did not start: the sign-in tests will fail");
    }

    void qmlEngineAvailable(QQmlEngine* engine)
    {
        // Qt 6.4 does not look in the module's resource tree by itself.
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        const AppPaths paths = AppPaths::under(m_dir.filePath(QString::number(++m_engines)));
        AppSettings(paths).setLanguageChoice(QStringLiteral("en")); // tests read English unless they switch
        auto* services = new AppServices(paths, engine);
        services->attachTo(*engine);
        engine->rootContext()->setContextProperty(QStringLiteral("testSupport"),
                                                  new TestSupport(m_server.url(), services->session(), engine));
    }

private:
    QTemporaryDir m_dir;
    fv::test::LiveServer m_server;
    bool m_serverReady = false;
    int m_engines = 0;
};

QUICK_TEST_MAIN_WITH_SETUP(tst_qml_views, Setup)
#include "moc_tst_qml_views.cpp"
