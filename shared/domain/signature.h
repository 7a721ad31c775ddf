#pragma once

#include "domain/common.h"
#include "domain/enum_names.h"
#include "domain/envelope.h"

#include <optional>
#include <string>
#include <vector>

namespace fv {

enum class SignerSide { Customer, Company };

template <>
struct EnumNames<SignerSide> {
    static constexpr EnumTable<SignerSide, 2> values{{{SignerSide::Customer, "customer"}, {SignerSide::Company, "company"}}};
};

// One sampled point of the pen, in the pad's logical pixels; `t` counts
// milliseconds from the first touch of the whole signature.
struct StrokePoint {
    double x = 0;
    double y = 0;
    std::int64_t t = 0;
    std::optional<double> pressure; // 0..1 where the device reports it

    static constexpr auto fields()
    {
        return std::tuple{field("x", &StrokePoint::x), field("y", &StrokePoint::y), field("t", &StrokePoint::t),
                          field("pressure", &StrokePoint::pressure)};
    }
    bool operator==(const StrokePoint&) const = default;
};

void checkRules(const StrokePoint& point, const std::string& path, Problems& out);

struct Stroke {
    std::vector<StrokePoint> points;

    static constexpr auto fields() { return std::tuple{field("points", &Stroke::points)}; }
    bool operator==(const Stroke&) const = default;
};

void checkRules(const Stroke& stroke, const std::string& path, Problems& out);

// A handwritten signature bound to exactly one version of one document:
// `contentSha256` is the hash of that document's signed content (fields and
// photo hashes). Once the content changes the hash no longer matches and the
// signature is void; it is kept, marked void, never silently re-attached.
struct Signature {
    static constexpr RecordType kType = RecordType::Signature;

    std::string projectId;
    RecordType documentType = RecordType::Visit;
    std::string documentId;
    SignerSide side = SignerSide::Customer;
    std::string signerName;
    std::string signerRole;
    Timestamp signedAt;
    std::optional<Place> place;
    double padWidth = 0;
    double padHeight = 0;
    std::vector<Stroke> strokes;
    std::string contentSha256;
    std::string imageSha256; // the PNG rendering, a blob
    bool voided = false;
    std::string voidReason;

    static constexpr auto fields()
    {
        return std::tuple{field("projectId", &Signature::projectId),
                          field("documentType", &Signature::documentType),
                          field("documentId", &Signature::documentId),
                          field("side", &Signature::side),
                          field("signerName", &Signature::signerName),
                          field("signerRole", &Signature::signerRole),
                          field("signedAt", &Signature::signedAt),
                          field("place", &Signature::place),
                          field("padWidth", &Signature::padWidth),
                          field("padHeight", &Signature::padHeight),
                          field("strokes", &Signature::strokes),
                          field("contentSha256", &Signature::contentSha256),
                          field("imageSha256", &Signature::imageSha256),
                          field("voided", &Signature::voided),
                          field("voidReason", &Signature::voidReason)};
    }
    bool operator==(const Signature&) const = default;
};

void checkRules(const Signature& signature, const std::string& path, Problems& out);

} // namespace fv
