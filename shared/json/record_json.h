#pragma once

// The wire form of a record: the envelope's keys at the top level and the
// type's own fields under "fields", so that merges and patches work on
// "fields" alone.

#include "domain/record.h"
#include "json/codec.h"
#include "util/error.h"

#include <string>
#include <string_view>

namespace fv {

Json encodeRecord(const RawRecord& record);
// Moves the fields into the JSON instead of copying them (server answers carry thousands).
Json encodeRecord(RawRecord&& record);

// encodeRecord(record).dump() for a record whose fields are JSON text already (as a server
// stores them): the fields are copied in as they are, not parsed and dumped again.
std::string dumpRecord(const Envelope& meta, std::string_view fieldsJson);

template <class Body>
Json encodeRecord(const Record<Body>& record)
{
    return encodeRecord(RawRecord{record.meta, encode(record.body)});
}

// Checks `fields` against the schema and rules of `type`.
Problems validateFields(RecordType type, const Json& fields, const std::string& path = "fields");

// Valid fields re-encoded in canonical form (one time format, every field
// present), or the problems that kept them from being valid.
Decoded<Json> canonicalFields(RecordType type, const Json& fields, const std::string& path = "fields");
// The same from fields the caller no longer needs: their values are moved out, not copied.
Decoded<Json> canonicalFields(RecordType type, Json&& fields, const std::string& path = "fields");

// Envelope and fields, every problem reported.
Decoded<RawRecord> decodeRawRecord(const Json& json);
// The same, moving the fields out of `json` rather than copying them.
Decoded<RawRecord> decodeRawRecord(Json&& json);

template <class Body>
Decoded<Record<Body>> decodeRecord(const Json& json)
{
    Decoded<Record<Body>> result;
    auto raw = decodeRawRecord(json);
    result.problems = std::move(raw.problems);
    if (!raw.ok()) return result;
    if (raw.value->meta.type != Body::kType) {
        result.problems.push_back({"type", "must be " + std::string(toString(Body::kType))});
        return result;
    }
    auto body = decode<Body>(raw.value->fields, "fields");
    result.problems = std::move(body.problems);
    if (body.ok()) result.value = Record<Body>{raw.value->meta, std::move(*body.value)};
    return result;
}

// For records that were validated when stored: a failure here means stored
// data is corrupt, so it throws instead of returning problems.
template <class Body>
Record<Body> toTypedRecord(const RawRecord& raw)
{
    if (raw.meta.type != Body::kType)
        throw Error(ErrorDomain::Store, "wrong_type",
                    "record " + raw.meta.id + " is a " + std::string(toString(raw.meta.type)));
    auto body = decode<Body>(raw.fields, "fields");
    if (!body.ok())
        throw Error(ErrorDomain::Store, "corrupt_record",
                    "record " + raw.meta.id + " is unreadable: " + body.problems.front().path + " " +
                        body.problems.front().message,
                    body.problems.front().path);
    return {raw.meta, std::move(*body.value)};
}

template <class Body>
RawRecord toRawRecord(const Record<Body>& record)
{
    return {record.meta, encode(record.body)};
}

} // namespace fv
