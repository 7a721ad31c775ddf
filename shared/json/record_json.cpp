#include "json/record_json.h"

namespace fv {

Json encodeRecord(const RawRecord& record)
{
    Json json = encode(record.meta);
    json["fields"] = record.fields;
    return json;
}

Problems validateFields(RecordType type, const Json& fields, const std::string& path)
{
    return canonicalFields(type, fields, path).problems;
}

Decoded<Json> canonicalFields(RecordType type, const Json& fields, const std::string& path)
{
    return visitBodyType(type, [&](auto body) {
        auto decoded = decode<decltype(body)>(fields, path);
        Decoded<Json> result{std::nullopt, std::move(decoded.problems)};
        if (decoded.ok()) result.value = encode(*decoded.value);
        return result;
    });
}

Decoded<RawRecord> decodeRawRecord(const Json& json)
{
    Decoded<RawRecord> result;
    if (!json.is_object()) {
        result.problems.push_back({"", "a record must be an object"});
        return result;
    }
    Json envelopeJson = json;
    envelopeJson.erase("fields");
    auto envelope = decode<Envelope>(envelopeJson);
    result.problems = std::move(envelope.problems);

    const auto fields = json.find("fields");
    if (fields == json.end()) {
        result.problems.push_back({"fields", "is required"});
    } else if (envelope.ok()) {
        auto fieldProblems = validateFields(envelope.value->type, *fields);
        result.problems.insert(result.problems.end(), fieldProblems.begin(), fieldProblems.end());
    }
    if (result.problems.empty()) result.value = RawRecord{*envelope.value, *fields};
    return result;
}

} // namespace fv
