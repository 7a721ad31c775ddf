#pragma once

#include "settings/app_paths.h"

#include <QDateTime>
#include <QString>
#include <memory>
#include <optional>

class QSettings;

// A signed-in user as the app remembers them, so that it starts signed in and
// works offline after the first sign-in.
struct SignedInUser {
    QString serverUrl;
    QString token;
    QDateTime tokenExpiresAt;
    QString userId;
    QString userName;
    QString role; // field_staff, project_lead, back_office or admin
};

// The only reader and writer of the app's settings (QSettings). The token is
// kept in the app's private settings store; a platform keystore is for later.
class AppSettings {
public:
    explicit AppSettings(const AppPaths& paths);
    ~AppSettings();

    const AppPaths& paths() const { return m_paths; }

    // This tablet's id in the sync protocol: a UUIDv7 made on first use, then
    // kept for good (the server de-duplicates resent changes by device).
    QString deviceId();

    // The signed-in user, if any (a token is remembered).
    std::optional<SignedInUser> signedInUser() const;
    void rememberSignIn(const SignedInUser& user);
    // Signing out forgets the token only: the server and user id stay to fill in the form.
    void forgetToken();

    QString lastServerUrl() const;
    QString lastUserId() const;

    QString languageChoice() const; // "" follows the system
    void setLanguageChoice(const QString& language);

    // The long side, in pixels, photos are reduced to before they are kept and sent.
    int photoLongSide() const;
    void setPhotoLongSide(int pixels);

private:
    AppPaths m_paths;
    std::unique_ptr<QSettings> m_settings;
};
