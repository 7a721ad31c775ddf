#include "sync/list_merge.h"

#include <map>

namespace fv {
namespace {

using Json = nlohmann::json;
using Index = std::map<std::string, const Json*>;

std::optional<Index> indexByKey(const Json& list, const std::string& key)
{
    if (!list.is_array()) return std::nullopt;
    Index index;
    for (const auto& element : list) {
        if (!element.is_object() || !element.contains(key)) return std::nullopt;
        if (!index.emplace(elementKeyText(element.at(key)), &element).second) return std::nullopt;
    }
    return index;
}

const Json* lookup(const Index& index, const std::string& key)
{
    const auto it = index.find(key);
    return it == index.end() ? nullptr : it->second;
}

Json orNull(const Json* value) { return value ? *value : Json(nullptr); }

// Holds the three indexed sides while one merged list is built.
class ListMerger {
public:
    ListMerger(const std::string& field, const std::string& key, Index base, Index server, Index device)
        : m_field(field), m_key(key), m_base(std::move(base)), m_server(std::move(server)),
          m_device(std::move(device))
    {
    }

    void takeServerElement(const Json& server)
    {
        const auto key = elementKeyText(server.at(m_key));
        const Json* base = lookup(m_base, key);
        const Json* device = lookup(m_device, key);
        if (!device) {
            if (!base) return keep(server);              // added on the server
            if (server == *base) return;                 // removed on the device only
            conflict(key, base, &server, nullptr);       // edited here, removed there
            return keep(server);
        }
        if (server == *device) return keep(server);
        if (base && server == *base) return keep(*device); // changed on the device only
        conflict(key, base, &server, device);
        keep(server);
    }

    void takeDeviceElement(const Json& device)
    {
        const auto key = elementKeyText(device.at(m_key));
        if (lookup(m_server, key)) return; // already placed in server order
        const Json* base = lookup(m_base, key);
        if (!base) return keep(device); // added on the device
        if (device == *base) return;    // removed on the server only
        // Removed on the server but edited on the device: keep it in view until
        // a reviewer decides, as a record edited against a delete stays alive.
        conflict(key, base, nullptr, &device);
        keep(device);
    }

    ListMerge result() && { return std::move(m_out); }

private:
    void keep(const Json& element) { m_out.value.push_back(element); }

    void conflict(const std::string& key, const Json* base, const Json* server, const Json* device)
    {
        m_out.conflicts.push_back({m_field + "[" + key + "]", orNull(base), orNull(server), orNull(device)});
    }

    const std::string& m_field;
    const std::string& m_key;
    Index m_base, m_server, m_device;
    ListMerge m_out{Json::array(), {}};
};

} // namespace

std::string elementKeyText(const nlohmann::json& key) { return key.is_string() ? key.get<std::string>() : key.dump(); }

std::optional<ListMerge> mergeKeyedList(const std::string& field, const std::string& key, const Json& base,
                                        const Json& server, const Json& device)
{
    static const Json nothing = Json::array(); // a create's base: no elements in common
    // Both branches are lvalues, so the index points into the caller's JSON, not a copy.
    auto baseIndex = indexByKey(base.is_null() ? nothing : base, key);
    auto serverIndex = indexByKey(server, key);
    auto deviceIndex = indexByKey(device, key);
    if (!baseIndex || !serverIndex || !deviceIndex) return std::nullopt;

    ListMerger merger(field, key, std::move(*baseIndex), std::move(*serverIndex), std::move(*deviceIndex));
    for (const auto& element : server) merger.takeServerElement(element);
    for (const auto& element : device) merger.takeDeviceElement(element);
    return std::move(merger).result();
}

} // namespace fv
