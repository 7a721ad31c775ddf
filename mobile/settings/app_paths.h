#pragma once

#include <QString>

// Where the app keeps what it remembers: its settings, and one database per
// user. The app uses the platform's places; tests and screenshots pass a
// temporary folder so they never touch a real user's data.
struct AppPaths {
    QString settingsFile; // empty: the platform's own settings store (QSettings default)
    QString dataDir;      // holds users/<user>.sqlite and blobs/

    static AppPaths standard();
    static AppPaths under(const QString& folder);

    // The database of `userId` on this tablet. User ids are percent-encoded
    // into the file name, so no id can reach outside the folder.
    QString databaseFor(const QString& userId) const;
    // The photo and signature files, named by their SHA-256 (the same content is one file for every user).
    QString blobDir() const;
};
