#pragma once

#include "store/store_events.h"

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>
#include <memory>

namespace fv {
class LocalStore;
}

// The signed-in user's database on this tablet (one file per user) and the
// hub that tells lists when it changes. It owns the UI thread's connection;
// the sync worker opens its own on the same file, which SQLite's WAL mode and
// busy timeout let the two use side by side.
//
// Closing never deletes the file: unsynced work stays for the next sign-in.
class UserStore : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Session.store is the signed-in user's database")
    Q_PROPERTY(bool open READ isOpen NOTIFY openChanged)

public:
    explicit UserStore(QObject* parent = nullptr);
    ~UserStore() override;

    // Opens `path` (created and migrated when new) for `userId` on this device,
    // closing any other first. Throws fv::Error when it cannot be opened.
    void open(const QString& path, const QString& userId, const QString& deviceId);
    void close();

    bool isOpen() const { return m_local != nullptr; }
    // The open database, or nullptr when closed. Only for the UI thread.
    fv::LocalStore* local() const { return m_local.get(); }
    QString path() const { return m_path; }
    QString userId() const { return m_userId; }
    QString deviceId() const { return m_deviceId; }
    StoreEvents* events() { return &m_events; }

signals:
    void openChanged();

private:
    std::unique_ptr<fv::LocalStore> m_local;
    QString m_path;
    QString m_userId;
    QString m_deviceId;
    StoreEvents m_events;
};
