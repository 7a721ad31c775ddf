#include "settings/app_settings.h"

#include "photos/photo_pipeline.h"
#include "util/uuid.h"

#include <QSettings>
#include <algorithm>

namespace {

// Keys, in one place so a rename cannot leave a reader behind.
const QString kDeviceId = QStringLiteral("device/id");
const QString kServer = QStringLiteral("session/server");
const QString kToken = QStringLiteral("session/token");
const QString kTokenExpiresAt = QStringLiteral("session/tokenExpiresAt");
const QString kUserId = QStringLiteral("session/userId");
const QString kUserName = QStringLiteral("session/userName");
const QString kRole = QStringLiteral("session/role");
const QString kLanguage = QStringLiteral("ui/language");
const QString kPhotoLongSide = QStringLiteral("photos/longSide");

// Below this a photo no longer shows what was wrong on site; above it files grow with nothing gained.
constexpr int kMinPhotoLongSide = 640;
constexpr int kMaxPhotoLongSide = 8192;
constexpr int kDefaultPhotoLongSide = fv::app::PhotoOptions::kDefaultLongSide;

} // namespace

AppSettings::AppSettings(const AppPaths& paths)
    : m_paths(paths),
      m_settings(paths.settingsFile.isEmpty() ? std::make_unique<QSettings>()
                                              : std::make_unique<QSettings>(paths.settingsFile, QSettings::IniFormat))
{
}

AppSettings::~AppSettings() = default;

QString AppSettings::deviceId()
{
    QString id = m_settings->value(kDeviceId).toString();
    if (id.isEmpty()) {
        id = QString::fromStdString(fv::newUuidV7());
        m_settings->setValue(kDeviceId, id);
        m_settings->sync(); // before anything is queued under this id
    }
    return id;
}

std::optional<SignedInUser> AppSettings::signedInUser() const
{
    const QString token = m_settings->value(kToken).toString();
    const QString userId = m_settings->value(kUserId).toString();
    if (token.isEmpty() || userId.isEmpty()) return std::nullopt;
    return SignedInUser{m_settings->value(kServer).toString(),
                        token,
                        QDateTime::fromString(m_settings->value(kTokenExpiresAt).toString(), Qt::ISODateWithMs),
                        userId,
                        m_settings->value(kUserName).toString(),
                        m_settings->value(kRole).toString()};
}

void AppSettings::rememberSignIn(const SignedInUser& user)
{
    m_settings->setValue(kServer, user.serverUrl);
    m_settings->setValue(kToken, user.token);
    m_settings->setValue(kTokenExpiresAt, user.tokenExpiresAt.toString(Qt::ISODateWithMs)); // readable, any platform
    m_settings->setValue(kUserId, user.userId);
    m_settings->setValue(kUserName, user.userName);
    m_settings->setValue(kRole, user.role);
    m_settings->sync();
}

void AppSettings::forgetToken()
{
    m_settings->remove(kToken);
    m_settings->remove(kTokenExpiresAt);
    m_settings->sync();
}

QString AppSettings::lastServerUrl() const { return m_settings->value(kServer).toString(); }

QString AppSettings::lastUserId() const { return m_settings->value(kUserId).toString(); }

QString AppSettings::languageChoice() const { return m_settings->value(kLanguage).toString(); }

void AppSettings::setLanguageChoice(const QString& language)
{
    m_settings->setValue(kLanguage, language);
    m_settings->sync();
}

int AppSettings::photoLongSide() const
{
    const int pixels = m_settings->value(kPhotoLongSide, kDefaultPhotoLongSide).toInt();
    return std::clamp(pixels, kMinPhotoLongSide, kMaxPhotoLongSide);
}

void AppSettings::setPhotoLongSide(int pixels)
{
    m_settings->setValue(kPhotoLongSide, std::clamp(pixels, kMinPhotoLongSide, kMaxPhotoLongSide));
    m_settings->sync();
}
