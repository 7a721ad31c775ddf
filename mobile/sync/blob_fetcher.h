#pragma once

#include "session/session.h"

#include <QObject>
#include <QPointer>
#include <QThread>
#include <QUrl>
#include <QtQml/qqmlregistration.h>
#include <memory>

// Fetches the full-size photo of an attachment taken on another device when
// someone opens it (sync brings only thumbnails). The download runs on the
// fetcher's own thread with its own network stack, never the UI's; the file
// is written whole or not at all, checked against its hash, and recorded as
// held and already on the server. Lists re-read when it arrives. One photo at
// a time; errorString says in plain words why one could not be fetched.
class BlobFetcher : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Session* session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(bool busy READ isBusy NOTIFY stateChanged)
    Q_PROPERTY(QString fetchingId READ fetchingId NOTIFY stateChanged) // the attachment being fetched
    Q_PROPERTY(QString errorString READ errorString NOTIFY stateChanged)
    Q_PROPERTY(bool offline READ isOffline NOTIFY stateChanged) // the last failure was "no connection"

public:
    explicit BlobFetcher(QObject* parent = nullptr);
    ~BlobFetcher() override;

    Session* session() const { return m_session; }
    void setSession(Session* session);
    bool isBusy() const { return !m_fetchingId.isEmpty(); }
    QString fetchingId() const { return m_fetchingId; }
    QString errorString() const { return m_errorString; }
    bool isOffline() const { return m_offline; }

    // Starts fetching the full photo of `attachmentId` unless it is here
    // already (then photoArrived at once) or another fetch is running.
    Q_INVOKABLE void fetchPhoto(const QString& attachmentId);

signals:
    void sessionChanged();
    void stateChanged();
    void photoArrived(const QString& attachmentId, const QUrl& imageUrl);

private:
    struct Outcome;
    void finish(const Outcome& outcome);
    void fail(const QString& code, const QString& detail);
    QObject& worker();

    QPointer<Session> m_session;
    QString m_fetchingId;
    QString m_errorString;
    bool m_offline = false;
    QThread m_thread;
    std::unique_ptr<QObject> m_worker; // lives in m_thread; the downloads run in its event loop
};
