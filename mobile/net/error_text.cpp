#include "net/error_text.h"

#include <QCoreApplication>

namespace {

// The codes of shared/'s Store and Internal errors, and the app's own: failures on the tablet, not the server's.
bool isStoreCode(const QString& code)
{
    static const QStringList codes{"store_unavailable", "cannot_open", "sqlite_error",
                                   "constraint_failed", "not_found",   "wrong_type"};
    return codes.contains(code) || code.startsWith(QLatin1String("corrupt_"));
}

bool isInternalCode(const QString& code)
{
    static const QStringList codes{"internal", "bad_option", "unknown_type", "crypto_unavailable", "wrong_thread"};
    return codes.contains(code);
}

// The translation context of every message below.
class ErrorText {
    Q_DECLARE_TR_FUNCTIONS(ErrorText)

public:
    static QString forCode(const QString& code, const QString& detail)
    {
        if (code == QLatin1String("unreachable"))
            return tr("Cannot reach the server. Your work is saved on this tablet and will be sent when the "
                      "connection is back.");
        if (code == QLatin1String("timeout"))
            return tr("The server did not answer in time. Sync will try again shortly.");
        if (code == QLatin1String("unauthorized"))
            return tr("Your sign-in has expired. Sign in again to continue syncing.");
        if (code == QLatin1String("invalid_credentials")) return tr("Wrong user name or password.");
        if (code == QLatin1String("unsupported_protocol") || code == QLatin1String("missing_client_version"))
            return tr("The server no longer accepts this version of the app. Please update the app.");
        if (code == QLatin1String("payload_too_large") || code == QLatin1String("answer_too_large"))
            return tr("There is too much data to transfer in one go. Please tell your administrator.");
        if (code == QLatin1String("malformed_answer") || code.startsWith(QLatin1String("http_")))
            return tr("The server gave an answer this app does not understand (%1).").arg(detail);
        if (code == QLatin1String("database_busy"))
            return tr("The tablet's database is busy. Sync will try again shortly.");
        if (code == QLatin1String("not_signed_in")) return tr("Sign in first.");
        if (code == QLatin1String("invalid_url"))
            return tr("The server address is not valid. Enter it like 192.168.1.20:8080.");
        if (code == QLatin1String("schema_too_new"))
            return tr("The data on this tablet was written by a newer version of the app. Please update the app.");
        if (isStoreCode(code)) return tr("The database on this tablet could not be used: %1").arg(detail);
        if (isInternalCode(code)) return tr("Something went wrong inside the app: %1").arg(detail);
        return tr("The server refused the request: %1").arg(detail);
    }
};

} // namespace

namespace fv::app {

QString plainWords(const QString& code, const QString& detail)
{
    if (code.isEmpty() && detail.isEmpty()) return {};
    return ErrorText::forCode(code, detail);
}

bool isOfflineCode(const QString& code)
{
    return code == QLatin1String("unreachable") || code == QLatin1String("timeout");
}

} // namespace fv::app
