#include "session/session.h"

#include "net/error_text.h"
#include "net/server_address.h"

#include <QLoggingCategory>
#include <exception>

Q_LOGGING_CATEGORY(lcSession, "fv.session")

namespace {

// Sign-in is one small request: it should not keep the user waiting long.
constexpr fv::app::ReplyLimits kLoginLimits{std::chrono::seconds(20), 1024 * 1024};

// Codes of the form's own checks; the rest are the server's or the network's.
const QString kMissingServer = QStringLiteral("missing_server");
const QString kMissingUser = QStringLiteral("missing_user");
const QString kMissingPassword = QStringLiteral("missing_password");
const QString kInvalidUrl = QStringLiteral("invalid_url");
const QString kStoreUnavailable = QStringLiteral("store_unavailable");

} // namespace

Session::Session(AppSettings& settings, QObject* parent)
    : QObject(parent), m_settings(settings), m_deviceId(settings.deviceId()), m_login(m_network, kLoginLimits)
{
    m_user.serverUrl = settings.lastServerUrl();
    m_user.userId = settings.lastUserId();
    connect(&m_login, &LoginRequest::succeeded, this, [this](const SignedInUser& user) {
        emit busyChanged();
        adopt(user);
    });
    connect(&m_login, &LoginRequest::failed, this, &Session::onLoginFailed);
    connect(&m_languageWatch, &LanguageWatch::languageChanged, this, &Session::errorChanged);
    if (const auto remembered = settings.signedInUser()) adopt(*remembered);
}

Session::~Session() = default;

QString Session::serverUrl() const { return m_user.serverUrl; }

QString Session::blobFolder() const { return m_settings.paths().blobDir(); }

QString Session::errorString() const
{
    if (m_errorCode == kMissingServer) return tr("Enter the server address.");
    if (m_errorCode == kMissingUser) return tr("Enter your user name.");
    if (m_errorCode == kMissingPassword) return tr("Enter your password.");
    return fv::app::plainWords(m_errorCode, m_errorDetail);
}

QString Session::errorField() const
{
    if (m_errorCode == kMissingServer || m_errorCode == kInvalidUrl) return QStringLiteral("server");
    if (m_errorCode == kMissingUser) return QStringLiteral("user");
    if (m_errorCode == kMissingPassword || m_errorCode == QLatin1String("invalid_credentials"))
        return QStringLiteral("password");
    return {};
}

void Session::signIn(const QString& server, const QString& userId, const QString& password)
{
    clearError();
    const auto baseUrl = fv::app::serverBaseUrl(server);
    if (server.trimmed().isEmpty()) return setError(kMissingServer);
    if (!baseUrl) return setError(kInvalidUrl, server);
    if (userId.trimmed().isEmpty()) return setError(kMissingUser);
    if (password.isEmpty()) return setError(kMissingPassword);
    qCInfo(lcSession) << "signing in" << userId.trimmed() << "at" << baseUrl->toString();
    m_login.start(*baseUrl, userId.trimmed(), password);
    emit busyChanged();
}

void Session::signOut()
{
    const bool wasBusy = isBusy();
    m_login.abort();
    if (wasBusy) emit busyChanged();
    m_store.close();
    m_settings.forgetToken();
    m_user.token.clear();
    clearError();
    setSignedIn(false);
}

void Session::clearError() { setError({}); }

bool Session::adopt(const SignedInUser& user)
{
    try {
        m_store.open(m_settings.paths().databaseFor(user.userId), user.userId, m_deviceId);
    } catch (const std::exception& e) {
        qCWarning(lcSession) << "cannot open the database of" << user.userId << e.what();
        setError(kStoreUnavailable, QString::fromUtf8(e.what()));
        return false;
    }
    m_settings.rememberSignIn(user);
    m_user = user;
    emit userChanged();
    clearError();
    setSignedIn(true);
    return true;
}

void Session::onLoginFailed(const QString& code, const QString& message)
{
    qCInfo(lcSession) << "sign-in failed:" << code << message;
    emit busyChanged();
    setError(code, message);
}

void Session::setError(const QString& code, const QString& detail)
{
    if (m_errorCode == code && m_errorDetail == detail) return;
    m_errorCode = code;
    m_errorDetail = detail;
    emit errorChanged();
}

void Session::setSignedIn(bool signedIn)
{
    if (m_signedIn == signedIn) return;
    m_signedIn = signedIn;
    emit signedInChanged();
}
