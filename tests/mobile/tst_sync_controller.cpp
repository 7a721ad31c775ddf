// sync/sync_controller.cpp and sync_worker.cpp: sync on the worker thread
// against the real server, what the status bar is told, and when the next
// automatic run is due after success, failure and a local save.

#include "live_server.h"
#include "sample_records.h"
#include "session/session.h"
#include "settings/app_settings.h"
#include "store/local_store.h"
#include "store/record_writer.h"
#include "sync/qt_blob_transport.h"
#include "sync/sync_controller.h"
#include "util/sha256.h"

#include <QtTest>

using namespace fv;

namespace {

// A signed-in session for `user` at `server`, as the app has after a sign-in.
struct SignedIn {
    QTemporaryDir dir;
    AppSettings settings{AppPaths::under(dir.path())};
    Session session{settings};

    SignedIn(const QString& server, const QString& token)
    {
        session.adopt({server, token, QDateTime::currentDateTimeUtc().addDays(30), QStringLiteral("wangfang"),
                       QStringLiteral("王芳"), QStringLiteral("back_office")});
    }

    void saveSomething() { RecordWriter(*session.store()).save(test::newRecord(test::sampleCustomer())); }

    // A visit with a photo: the JPEG and its thumbnail on the tablet, queued for upload, and the attachment record.
    std::string takePhoto(const QByteArray& jpeg, const QByteArray& thumbnail)
    {
        RecordWriter writer(*session.store());
        const auto customer = writer.save(test::newRecord(test::sampleCustomer()));
        const auto project = writer.save(test::newRecord(test::sampleProject(customer.meta.id)));
        const auto visit = writer.save(test::newRecord(test::sampleVisit(project.meta.id)));
        auto attachment = test::sampleAttachment(project.meta.id, visit.meta.id);
        attachment.sha256 = keep(jpeg, QStringLiteral("photo.jpg"));
        attachment.sizeBytes = jpeg.size();
        attachment.thumbnailSha256 = keep(thumbnail, QStringLiteral("thumbnail.jpg"));
        writer.save(test::newRecord(attachment));
        return attachment.sha256;
    }

    std::string keep(const QByteArray& bytes, const QString& name)
    {
        const QString path = dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) return {};
        const auto sha256 = sha256Hex(bytes.toStdString());
        session.store()->local()->blobs().add({sha256, path.toStdString(), bytes.size(), "image/jpeg", ""},
                                              Timestamp::now());
        return sha256;
    }
};

bool waitForRun(SyncController& controller, QSignalSpy& synced)
{
    const int before = synced.count();
    return QTest::qWaitFor([&] { return synced.count() > before && !controller.isBusy(); }, 20000);
}

} // namespace

class TstSyncController : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_token = m_server.startWithOffice();
        QVERIFY(!m_token.isEmpty());
    }

    void sendsSavedWorkAndSaysWhen()
    {
        SignedIn device(m_server.url(), m_token);
        SyncController controller;
        controller.setAutoSync(false);
        controller.setSession(&device.session);
        QCOMPARE(controller.state(), SyncController::Idle);
        QCOMPARE(controller.pendingChanges(), 0);
        QVERIFY(!controller.lastSync().isValid());

        device.saveSomething();
        QCOMPARE(controller.pendingChanges(), 1); // counted at once, not at the next sync

        QSignalSpy synced(&controller, &SyncController::synced);
        controller.syncNow();
        QCOMPARE(controller.state(), SyncController::Syncing);
        QVERIFY(controller.isBusy());
        QVERIFY(waitForRun(controller, synced));
        QCOMPARE(synced.last().first().toBool(), true);
        QCOMPARE(controller.state(), SyncController::Idle);
        QCOMPARE(controller.pendingChanges(), 0);
        QVERIFY(controller.lastSync().secsTo(QDateTime::currentDateTime()) < 30);
        QVERIFY(controller.errorString().isEmpty());
    }

    void unreachableMeansOfflineAndBacksOff()
    {
        SignedIn device(QStringLiteral("http://127.0.0.1:9"), m_token);
        device.saveSomething();
        SyncController controller;
        QSignalSpy synced(&controller, &SyncController::synced);
        controller.setSession(&device.session); // signed in: syncs at once
        QVERIFY(waitForRun(controller, synced));
        QCOMPARE(controller.state(), SyncController::Offline);
        QVERIFY(controller.errorString().startsWith(QStringLiteral("Cannot reach the server.")));
        QVERIFY(controller.errorDetail().contains(QStringLiteral("127.0.0.1:9")));
        QCOMPARE(controller.pendingChanges(), 1); // kept for later
        QCOMPARE(controller.nextSyncSeconds(), 15);

        controller.syncNow();
        QVERIFY(waitForRun(controller, synced));
        QCOMPARE(controller.nextSyncSeconds(), 30);
    }

    void aRejectedTokenAsksToSignInAndStopsRetrying()
    {
        SignedIn device(m_server.url(), QStringLiteral("an-ended-session"));
        SyncController controller;
        QSignalSpy synced(&controller, &SyncController::synced);
        controller.setSession(&device.session);
        QVERIFY(waitForRun(controller, synced));
        QCOMPARE(controller.state(), SyncController::Error);
        QCOMPARE(controller.errorString(),
                 QStringLiteral("Your sign-in has expired. Sign in again to continue syncing."));
        QCOMPARE(controller.nextSyncSeconds(), 0); // retrying cannot help until the user signs in
    }

    void photosWaitAndAreSyncedOnlyOnceTheServerHasThem()
    {
        SignedIn device(m_server.url(), m_token);
        SyncController controller;
        controller.setAutoSync(false);
        controller.setSession(&device.session);
        const QByteArray jpeg(300 * 1024, 'j');
        const auto sha256 = device.takePhoto(jpeg, QByteArray(4096, 't'));
        QCOMPARE(controller.pendingPhotos(), 1); // one photo, though its thumbnail waits too
        QCOMPARE(controller.pendingChanges(), 4);
        QVERIFY(!controller.allSynced());

        QSignalSpy synced(&controller, &SyncController::synced);
        controller.syncNow();
        QVERIFY(waitForRun(controller, synced));
        QVERIFY2(synced.last().first().toBool(), qPrintable(controller.errorDetail()));
        QCOMPARE(controller.pendingPhotos(), 0);
        QCOMPARE(controller.pendingChanges(), 0);
        QVERIFY(controller.allSynced());
        QtBlobTransport server(QUrl(m_server.url()), test::kAppVersion, m_token);
        QVERIFY(server.status(sha256).complete);
    }

    void signingInAgainAfterARejectedTokenKeepsTheWorkAndSendsIt()
    {
        SignedIn device(m_server.url(), QStringLiteral("an-ended-session"));
        device.saveSomething();
        SyncController controller;
        QSignalSpy synced(&controller, &SyncController::synced);
        controller.setSession(&device.session);
        QVERIFY(waitForRun(controller, synced));
        QVERIFY(controller.needsSignIn());
        device.saveSomething(); // an edit does not bring the session back: no retry is scheduled
        QCOMPARE(controller.nextSyncSeconds(), 0);
        QCOMPARE(controller.pendingChanges(), 2);

        controller.signInAgain();
        QVERIFY(!device.session.isSignedIn());
        QVERIFY(!controller.needsSignIn());
        QVERIFY(QFile::exists(device.settings.paths().databaseFor(QStringLiteral("wangfang"))));

        device.session.adopt({m_server.url(), m_token, QDateTime::currentDateTimeUtc().addDays(30),
                              QStringLiteral("wangfang"), QStringLiteral("王芳"), QStringLiteral("back_office")});
        QCOMPARE(controller.pendingChanges(), 2); // the same database, with what waited
        QVERIFY(waitForRun(controller, synced));
        QVERIFY2(synced.last().first().toBool(), qPrintable(controller.errorDetail()));
        QCOMPARE(controller.pendingChanges(), 0);
        QVERIFY(controller.allSynced());
    }

    void aLocalSaveSyncsSoon()
    {
        SignedIn device(m_server.url(), m_token);
        SyncController controller;
        controller.setIntervalSeconds(600);
        QSignalSpy synced(&controller, &SyncController::synced);
        controller.setSession(&device.session);
        QVERIFY(waitForRun(controller, synced));
        QCOMPARE(controller.nextSyncSeconds(), 600);
        device.saveSomething();
        QCOMPARE(controller.nextSyncSeconds(), 5);
    }

    void signingOutStopsAndClears()
    {
        SignedIn device(m_server.url(), m_token);
        device.saveSomething();
        SyncController controller;
        controller.setAutoSync(false);
        controller.setSession(&device.session);
        QCOMPARE(controller.pendingChanges(), 1);
        device.session.signOut();
        QCOMPARE(controller.pendingChanges(), 0);
        QCOMPARE(controller.state(), SyncController::Idle);
        controller.syncNow(); // nobody to sync for: nothing happens
        QVERIFY(!controller.isBusy());
    }

private:
    test::LiveServer m_server;
    QString m_token;
};

QTEST_GUILESS_MAIN(TstSyncController)
#include "moc_tst_sync_controller.cpp"
