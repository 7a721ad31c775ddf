#pragma once

#include "i18n/language_watch.h"
#include "session/login_request.h"
#include "settings/app_settings.h"
#include "store/user_store.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

// Who is signed in on this tablet, and their database. Signing in asks the
// server once (POST /v1/auth/login); after that the app starts signed in from
// the remembered session and works offline. Signing out forgets the token but
// keeps the database: unsynced work is never deleted.
//
// Failures are published as errorString (plain words, current language) and
// errorField ("server", "user", "password" or empty) for the sign-in form.
class Session : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString serverUrl READ serverUrl NOTIFY userChanged)
    Q_PROPERTY(QString userId READ userId NOTIFY userChanged)
    Q_PROPERTY(QString userName READ userName NOTIFY userChanged)
    Q_PROPERTY(QString role READ role NOTIFY userChanged)
    Q_PROPERTY(bool signedIn READ isSignedIn NOTIFY signedInChanged)
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorChanged)
    Q_PROPERTY(QString errorField READ errorField NOTIFY errorChanged)
    Q_PROPERTY(QString deviceId READ deviceId CONSTANT)
    Q_PROPERTY(UserStore* store READ store CONSTANT)

public:
    // Starts signed in when `settings` remember a session.
    explicit Session(AppSettings& settings, QObject* parent = nullptr);
    ~Session() override;

    // The QML singleton: the one AppServices made for the engine (app/app_services.cpp).
    static Session* create(QQmlEngine* engine, QJSEngine* scriptEngine);

    QString serverUrl() const;
    QString userId() const { return m_user.userId; }
    QString userName() const { return m_user.userName; }
    QString role() const { return m_user.role; }
    bool isSignedIn() const { return m_signedIn; }
    bool isBusy() const { return m_login.isRunning(); }
    QString errorString() const;
    QString errorField() const;
    QString deviceId() const { return m_deviceId; }
    UserStore* store() { return &m_store; }

    // Where photos and signature images are kept on this tablet, files named by their hash.
    QString blobFolder() const;
    // Only for C++ (sync): the bearer token. QML never sees it.
    QString token() const { return m_user.token; }

    Q_INVOKABLE void signIn(const QString& server, const QString& userId, const QString& password);
    Q_INVOKABLE void signOut();
    Q_INVOKABLE void clearError();

    // Starts a session for a user the server has vouched for, without asking
    // it again: after sign-in, at start-up, and for the demo. Opens the user's
    // database; false (and errorString) when it cannot be opened.
    bool adopt(const SignedInUser& user);

signals:
    void userChanged();
    void signedInChanged();
    void busyChanged();
    void errorChanged();

private:
    void onLoginFailed(const QString& code, const QString& message);
    void setError(const QString& code, const QString& detail = {});
    void setSignedIn(bool signedIn);

    AppSettings& m_settings;
    QString m_deviceId;
    SignedInUser m_user;
    bool m_signedIn = false;
    QString m_errorCode;
    QString m_errorDetail;
    UserStore m_store;
    QNetworkAccessManager m_network;
    LoginRequest m_login;
    LanguageWatch m_languageWatch;
};
