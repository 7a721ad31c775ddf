#include "store/user_store.h"

#include "store/local_store.h"

#include <QDir>
#include <QFileInfo>

UserStore::UserStore(QObject* parent) : QObject(parent) {}

UserStore::~UserStore() = default;

void UserStore::open(const QString& path, const QString& userId, const QString& deviceId)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    // Built before the old one is dropped: if this throws, the open store stays open.
    auto local = std::make_unique<fv::LocalStore>(path.toStdString(),
                                                  fv::DeviceIdentity{userId.toStdString(), deviceId.toStdString()});
    m_local = std::move(local);
    m_path = path;
    m_userId = userId;
    m_deviceId = deviceId;
    emit openChanged();
    m_events.notifyReopened();
}

void UserStore::close()
{
    if (!m_local) return;
    m_local.reset();
    m_path.clear();
    m_userId.clear();
    m_deviceId.clear();
    emit openChanged();
    m_events.notifyReopened();
}
