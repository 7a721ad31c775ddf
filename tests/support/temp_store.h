#pragma once

#include "store/local_store.h"

#include <QTemporaryDir>

#include <memory>

namespace fv::test {

// A LocalStore on a real database file in a fresh temporary folder.
struct TempStore {
    QTemporaryDir dir;
    std::unique_ptr<LocalStore> store;

    explicit TempStore(std::string userId = "liuyang", std::string deviceId = "tablet-07")
        : store(std::make_unique<LocalStore>(path(), DeviceIdentity{std::move(userId), std::move(deviceId)}))
    {
    }

    std::string path() const { return dir.filePath("device.sqlite").toStdString(); }
    LocalStore* operator->() { return store.get(); }
};

} // namespace fv::test
