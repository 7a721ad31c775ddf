#pragma once

#include <QMetaType>
#include <QString>
#include <QUrl>

// What the sync worker needs for one run: whose database, which server, what
// credentials. Plain Qt values, so it crosses threads by copy.
struct SyncJob {
    QString databasePath;
    QString userId;
    QString deviceId;
    QUrl server;
    QString token;
    QString appVersion;
    QString blobFolder; // where the photos and signature images of other devices are kept
};

// What one run did, as the controller shows it. Counts include what completed
// before a failure stopped the run (fv::SyncReport).
struct SyncRunResult {
    bool ok = false;
    QString errorCode; // fv::Error code: "unreachable", "timeout", "unauthorized", ...
    QString error;     // the technical words, for the details line and the log
    int pushed = 0;
    int pulled = 0;
    int conflicts = 0;
    int refusals = 0;
    int conflictsSettled = 0; // reported conflicts a reviewer has settled: the problems list changed
    int blobsUploaded = 0; // photos and signature images the server confirmed
    int blobsFetched = 0;  // thumbnails and signature images of other devices that arrived
};

Q_DECLARE_METATYPE(SyncJob)
Q_DECLARE_METATYPE(SyncRunResult)
