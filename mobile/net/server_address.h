#pragma once

#include <QString>
#include <QUrl>
#include <optional>

namespace fv::app {

// The server address as people type it ("192.168.1.20:8080",
// "https://fv.example.cn") made into the base URL requests go to: http
// unless a scheme is given, no path (the sync routes are absolute, so a path
// would be silently dropped). Nothing when it cannot be a server address.
std::optional<QUrl> serverBaseUrl(const QString& typed);

} // namespace fv::app
