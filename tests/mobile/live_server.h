#pragma once

// The real fieldvisit-server on a free loopback port, with users made by its
// own admin command: the app's network code is tested against what it will
// really talk to.

#include "server_process.h"
#include "session/login_request.h"

#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>

namespace fv::test {

inline const QString kLivePassword = QStringLiteral("a-long-password-1");
// The app version the suites' transports announce (X-FieldVisit-App).
inline const QString kAppVersion = QStringLiteral("0.1.0-test");
// The people of the live suites: 王芳 of the back office sees every project; 刘洋, a field
// engineer, sees the projects he is assigned to.
inline const QString kOfficeUser = QStringLiteral("wangfang");
inline const QString kFieldUser = QStringLiteral("liuyang");

// Sign-in tokens of the live suites' people; empty where that sign-in failed.
struct LiveTokens {
    QString office;
    QString field;
};

class LiveServer {
public:
    bool start() { return m_server.start(); }

    // Starts the server with 王芳 of the back office; her token, empty on failure.
    QString startWithOffice()
    {
        if (!start() || !createUser(kOfficeUser, QStringLiteral("王芳"), QStringLiteral("back_office"))) return {};
        return login(kOfficeUser);
    }

    // Starts the server with 王芳 of the back office and 刘洋 of the field staff; their tokens.
    LiveTokens startWithOfficeAndField()
    {
        LiveTokens tokens{startWithOffice(), {}};
        if (!tokens.office.isEmpty() && createUser(kFieldUser, QStringLiteral("刘洋"), QStringLiteral("field_staff")))
            tokens.field = login(kFieldUser);
        return tokens;
    }

    bool createUser(const QString& id, const QString& name, const QString& role)
    {
        return admin({"create-user", "--user", id, "--name", name, "--role", role, "--password", kLivePassword});
    }

    // Field staff see and change only the projects they are assigned to.
    bool assign(const QString& userId, const QString& projectId)
    {
        return admin({"assign", "--user", userId, "--project", projectId});
    }

    // Starts again after stop(), on the same port and data folder: what the devices see when a
    // crashed server comes back.
    bool restart() { return m_server.start({"--port", QString::number(m_server.url().port())}); }

    QString dataDir() const { return m_server.dataDir(); }

    // "http://127.0.0.1:<port>"
    QString url() const { return m_server.url().toString(QUrl::StripTrailingSlash); }

    // A token for `id`, through the app's own sign-in request; empty on failure.
    QString login(const QString& id)
    {
        QNetworkAccessManager network;
        LoginRequest request(network, {});
        QSignalSpy succeeded(&request, &LoginRequest::succeeded);
        request.start(QUrl(url()), id, kLivePassword);
        if (!succeeded.wait(10000)) return {};
        return succeeded.first().first().value<SignedInUser>().token;
    }

    void stop()
    {
        m_server.process().kill();
        m_server.process().waitForFinished(5000);
    }

private:
    bool admin(QStringList args)
    {
        QProcess admin;
        admin.start(QStringLiteral(FV_SERVER_BINARY), QStringList{"admin"} + args + QStringList{"--data", dataDir()});
        return admin.waitForFinished(30000) && admin.exitStatus() == QProcess::NormalExit && admin.exitCode() == 0;
    }

    ServerProcess m_server;
};

} // namespace fv::test
