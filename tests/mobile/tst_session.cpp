// session/session.cpp and login_request.cpp against the real server: the
// sign-in form's checks, the server's refusal in plain words, a session that
// survives a restart, and a sign-out that keeps unsynced work.

#include "live_server.h"
#include "sample_records.h"
#include "session/session.h"
#include "settings/app_settings.h"
#include "store/local_store.h"
#include "store/record_writer.h"

#include <QFileInfo>
#include <QtTest>

using namespace fv;

class TstSession : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        QVERIFY(m_server.createUser(QStringLiteral("liuyang"), QStringLiteral("刘洋"), QStringLiteral("field_staff")));
    }

    void emptyFieldsAreNamedInPlainWords_data()
    {
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        const auto row = [](const char* name, const char* server, const char* user, const char* password,
                            const char* field, const char* message) {
            QTest::newRow(name) << QString::fromUtf8(server) << QString::fromUtf8(user) << QString::fromUtf8(password)
                                << QString::fromUtf8(field) << QString::fromUtf8(message);
        };
        row("server", "", "liuyang", "pw", "server", "Enter the server address.");
        row("bad server", "ftp://x/y", "liuyang", "pw", "server",
            "The server address is not valid. Enter it like 192.168.1.20:8080.");
        row("user", "127.0.0.1:8080", "  ", "pw", "user", "Enter your user name.");
        row("password", "127.0.0.1:8080", "liuyang", "", "password", "Enter your password.");
    }

    void emptyFieldsAreNamedInPlainWords()
    {
        QFETCH(QString, server);
        QFETCH(QString, user);
        QFETCH(QString, password);
        QTemporaryDir dir;
        AppSettings settings(AppPaths::under(dir.path()));
        Session session(settings);
        session.signIn(server, user, password);
        QVERIFY(!session.isBusy()); // refused before asking anyone
        QTEST(session.errorField(), "field");
        QTEST(session.errorString(), "message");
    }

    void aWrongPasswordIsSaidPlainly()
    {
        QTemporaryDir dir;
        AppSettings settings(AppPaths::under(dir.path()));
        Session session(settings);
        QSignalSpy busy(&session, &Session::busyChanged);
        session.signIn(m_server.url(), QStringLiteral("liuyang"), QStringLiteral("wrong-password"));
        QVERIFY(session.isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!session.isBusy(), 10000);
        QCOMPARE(session.errorString(), QStringLiteral("Wrong user name or password."));
        QCOMPARE(session.errorField(), QStringLiteral("password"));
        QVERIFY(!session.isSignedIn());
        QCOMPARE(busy.count(), 2);
    }

    void anUnreachableServerIsSaidPlainly()
    {
        QTemporaryDir dir;
        AppSettings settings(AppPaths::under(dir.path()));
        Session session(settings);
        session.signIn(QStringLiteral("127.0.0.1:9"), QStringLiteral("liuyang"), test::kLivePassword);
        QTRY_VERIFY_WITH_TIMEOUT(!session.isBusy(), 10000);
        QVERIFY(session.errorString().startsWith(QStringLiteral("Cannot reach the server.")));
    }

    void aSessionSurvivesARestartAndSignOutKeepsTheWork()
    {
        QTemporaryDir dir;
        const AppPaths paths = AppPaths::under(dir.path());
        QString deviceId;
        QString database;
        {
            AppSettings settings(paths);
            Session session(settings);
            deviceId = session.deviceId();
            session.signIn(m_server.url(), QStringLiteral("liuyang"), test::kLivePassword);
            QTRY_VERIFY_WITH_TIMEOUT(session.isSignedIn(), 10000);
            QCOMPARE(session.userName(), QStringLiteral("刘洋"));
            QCOMPARE(session.role(), QStringLiteral("field_staff"));
            QCOMPARE(session.serverUrl(), m_server.url());
            QVERIFY(!session.token().isEmpty());
            database = session.store()->path();
            QCOMPARE(database, paths.databaseFor(QStringLiteral("liuyang")));
            RecordWriter(*session.store()).save(test::newRecord(test::sampleCustomer()));
        }
        m_server.stop(); // from here on the tablet is offline
        {
            AppSettings settings(paths);
            Session session(settings);
            QVERIFY(session.isSignedIn()); // without asking the server
            QCOMPARE(session.deviceId(), deviceId);
            QCOMPARE(session.store()->local()->outbox().size(), 1);
            session.signOut();
            QVERIFY(!session.isSignedIn());
            QVERIFY(!session.store()->isOpen());
            QCOMPARE(session.userId(), QStringLiteral("liuyang")); // left to fill in the form
        }
        QVERIFY(QFileInfo::exists(database));
        LocalStore kept(database.toStdString(), {"liuyang", deviceId.toStdString()});
        QCOMPARE(kept.outbox().size(), 1); // the unsynced change is still there
        AppSettings settings(paths);
        QVERIFY(!Session(settings).isSignedIn());
        QVERIFY(m_server.start());
    }

    void userIdsCannotReachOutsideTheDataFolder()
    {
        const AppPaths paths = AppPaths::under(QStringLiteral("/tmp/fv"));
        QCOMPARE(paths.databaseFor(QStringLiteral("../../etc/x")),
                 QStringLiteral("/tmp/fv/data/users/..%2F..%2Fetc%2Fx.sqlite"));
        QCOMPARE(paths.databaseFor(QStringLiteral("刘洋")),
                 QStringLiteral("/tmp/fv/data/users/%E5%88%98%E6%B4%8B.sqlite"));
    }

private:
    test::LiveServer m_server;
};

QTEST_GUILESS_MAIN(TstSession)
#include "moc_tst_session.cpp"
