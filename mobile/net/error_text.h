#pragma once

#include <QString>

namespace fv::app {

// What to tell people about a failed sign-in or sync, in plain words and in
// the current language. `code` is the fv::Error code (the server's own, or
// the app's: "unreachable", "timeout", ...); `detail` is the technical
// message, quoted only when the code says too little on its own.
QString plainWords(const QString& code, const QString& detail);

// True for failures that mean "no connection right now": the app is offline
// and retries on its own, and nothing is wrong with the user's work.
bool isOfflineCode(const QString& code);

} // namespace fv::app
