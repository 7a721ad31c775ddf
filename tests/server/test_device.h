#pragma once

// One simulated tablet for end-to-end tests: its own database file, sync
// engine and connections to the real server, over the plain HTTP transport.

#include "http_client/http_blob_transport.h"
#include "http_client/http_sync_transport.h"
#include "sync/sync_engine.h"
#include "temp_store.h"

#include <QUrl>

#include <map>
#include <memory>
#include <string>
#include <tuple>

namespace fv::test {

struct Device {
    TempStore store;
    std::unique_ptr<HttpSyncTransport> transport;
    std::unique_ptr<HttpBlobTransport> blobTransport;
    std::unique_ptr<SyncEngine> engine;

    Device(const std::string& user, const std::string& deviceId, const QUrl& server, const QString& token)
        : store(user, deviceId)
    {
        connect(server, token);
    }

    void connect(const QUrl& server, const QString& token)
    {
        const auto url = server.toString(QUrl::StripTrailingSlash).toStdString();
        transport = std::make_unique<HttpSyncTransport>(url, "0.1.0-test", token.toStdString());
        blobTransport = std::make_unique<HttpBlobTransport>(url, "0.1.0-test", token.toStdString());
        engine = std::make_unique<SyncEngine>(*store.store, *transport, SyncOptions{}, blobTransport.get());
    }

    SyncReport sync() { return engine->syncOnce(); }
};

// What two devices should agree on: every record's version, deletion and fields.
inline std::map<std::string, std::tuple<std::int64_t, bool, std::string>> contents(LocalStore& store)
{
    std::map<std::string, std::tuple<std::int64_t, bool, std::string>> out;
    auto statement = store.database().prepare("SELECT id, version, deleted, fields FROM records");
    while (statement.step())
        out[statement.columnText(0)] = {statement.columnInt(1), statement.columnInt(2) != 0, statement.columnText(3)};
    return out;
}

} // namespace fv::test
