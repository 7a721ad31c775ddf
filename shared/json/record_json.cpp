#include "json/record_json.h"

namespace fv {

namespace {

// The envelope of a record in wire form, every problem of the envelope and the fields reported
// in `problems`. Copies only the envelope's own members: the fields are most of the record.
std::optional<Envelope> checkRawRecord(const Json& json, Problems& problems)
{
    if (!json.is_object()) {
        problems.push_back({"", "a record must be an object"});
        return std::nullopt;
    }
    Json envelopeJson = Json::object();
    for (const auto& [key, value] : json.items())
        if (key != "fields") envelopeJson[key] = value;
    auto envelope = decode<Envelope>(envelopeJson);
    problems = std::move(envelope.problems);

    const auto fields = json.find("fields");
    if (fields == json.end()) {
        problems.push_back({"fields", "is required"});
    } else if (envelope.ok()) {
        auto fieldProblems = validateFields(envelope.value->type, *fields);
        problems.insert(problems.end(), fieldProblems.begin(), fieldProblems.end());
    }
    return std::move(envelope.value);
}

} // namespace

Json encodeRecord(const RawRecord& record)
{
    Json json = encode(record.meta);
    json["fields"] = record.fields;
    return json;
}

Json encodeRecord(RawRecord&& record)
{
    Json json = encode(record.meta);
    json["fields"] = std::move(record.fields);
    return json;
}

std::string dumpRecord(const Envelope& meta, std::string_view fieldsJson)
{
    // nlohmann's objects keep their keys sorted: the same order here gives the same text.
    std::string text = "{\"author\":" + Json(meta.author).dump();
    text += ",\"createdAt\":\"" + meta.createdAt.toString();
    text += "\",\"deleted\":";
    text += meta.deleted ? "true" : "false";
    text += ",\"device\":" + Json(meta.device).dump();
    text += ",\"fields\":";
    text += fieldsJson;
    text += ",\"id\":" + Json(meta.id).dump();
    text += ",\"type\":\"";
    text += toString(meta.type);
    text += "\",\"updatedAt\":\"" + meta.updatedAt.toString();
    text += "\",\"version\":" + std::to_string(meta.version) + '}';
    return text;
}

Problems validateFields(RecordType type, const Json& fields, const std::string& path)
{
    // Decoding finds every problem; encoding the canonical form too would only be thrown away.
    return visitBodyType(type, [&](auto body) { return decode<decltype(body)>(fields, path).problems; });
}

namespace {

// J: const Json& (copied from) or Json (moved from).
template <class J>
Decoded<Json> canonicalOf(RecordType type, J&& fields, const std::string& path)
{
    return visitBodyType(type, [&](auto body) {
        auto decoded = decode<decltype(body)>(std::forward<J>(fields), path);
        Decoded<Json> result{std::nullopt, std::move(decoded.problems)};
        if (decoded.ok()) result.value = encode(*decoded.value);
        return result;
    });
}

} // namespace

Decoded<Json> canonicalFields(RecordType type, const Json& fields, const std::string& path)
{
    return canonicalOf(type, fields, path);
}

Decoded<Json> canonicalFields(RecordType type, Json&& fields, const std::string& path)
{
    return canonicalOf(type, std::move(fields), path);
}

Decoded<RawRecord> decodeRawRecord(const Json& json)
{
    Decoded<RawRecord> result;
    auto envelope = checkRawRecord(json, result.problems);
    if (result.problems.empty()) result.value = RawRecord{*envelope, json.at("fields")};
    return result;
}

Decoded<RawRecord> decodeRawRecord(Json&& json)
{
    Decoded<RawRecord> result;
    auto envelope = checkRawRecord(json, result.problems);
    if (result.problems.empty()) result.value = RawRecord{*envelope, std::move(json.at("fields"))};
    return result;
}

} // namespace fv
