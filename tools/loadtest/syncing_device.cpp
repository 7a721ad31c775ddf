#include "syncing_device.h"

#include "device_connection.h"
#include "http_client/login.h"

namespace fv::loadtest {
namespace {

std::string signIn(const std::string& url, const Account& account)
{
    HttpClient client(url);
    return login(client, account.userId, account.password).token;
}

} // namespace

SyncingDevice::SyncingDevice(const std::string& url, const Account& account, const std::filesystem::path& file)
    : m_store(file.string(), DeviceIdentity{account.userId, account.deviceId}),
      m_transport(url, kAppVersion, signIn(url, account)), m_engine(m_store, m_transport, m_options)
{
}

std::int64_t SyncingDevice::recordCount()
{
    auto statement = m_store.database().prepare("SELECT count(*) FROM records");
    statement.step();
    return statement.columnInt(0);
}

} // namespace fv::loadtest
