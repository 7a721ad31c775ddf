#include "net/server_address.h"

namespace fv::app {

std::optional<QUrl> serverBaseUrl(const QString& typed)
{
    QString text = typed.trimmed();
    if (text.isEmpty()) return std::nullopt;
    if (!text.contains(QStringLiteral("://"))) text.prepend(QStringLiteral("http://"));
    QUrl url(text, QUrl::StrictMode);
    const bool knownScheme = url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https");
    const bool noPath = url.path().isEmpty() || url.path() == QLatin1String("/");
    if (!url.isValid() || !knownScheme || url.host().isEmpty() || !noPath || url.hasQuery() || url.hasFragment() ||
        !url.userInfo().isEmpty())
        return std::nullopt;
    url.setPath({});
    return url;
}

} // namespace fv::app
