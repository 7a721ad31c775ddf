#include "routes/push_answer.h"

#include "json/codec.h"
#include "json/record_json.h"

#include <string_view>
#include <utility>

namespace fv::server {
namespace {

std::string dumped(const Json& json) { return json.dump(-1, ' ', false, Json::error_handler_t::replace); }

// `object` as JSON text, with one more member whose value is JSON text already.
std::string withMember(const Json& object, std::string_view key, std::string_view valueJson)
{
    std::string text = dumped(object);
    text.pop_back(); // the closing brace
    if (!object.empty()) text += ',';
    text += '"';
    text += key;
    text += "\":";
    text += valueJson;
    text += '}';
    return text;
}

std::string resultText(PushResult&& result, const std::string& storedFields)
{
    if (!result.record || storedFields.empty()) return dumped(toJson(result));
    const auto record = std::exchange(result.record, std::nullopt);
    Json json = toJson(result);
    json.erase("record");
    return withMember(json, "record", withMember(encode(record->meta), "fields", storedFields));
}

} // namespace

std::string pushAnswerBody(PushOutcome&& outcome)
{
    static const std::string none;
    auto& results = outcome.response.results;
    std::string body = "{\"results\":[";
    for (std::size_t i = 0; i < results.size(); ++i) {
        if (i > 0) body += ',';
        const std::string& storedFields = i < outcome.storedFields.size() ? outcome.storedFields[i] : none;
        body += resultText(std::move(results[i]), storedFields);
    }
    body += "]}";
    return body;
}

} // namespace fv::server
