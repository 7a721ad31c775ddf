#pragma once

// Small value types several records share.

#include "domain/field.h"
#include "util/problem.h"
#include "util/time.h"

#include <optional>
#include <string>

namespace fv {

// Where something happened, as the device measured it.
struct GeoPoint {
    double latitude = 0;
    double longitude = 0;
    std::optional<double> accuracyMeters;

    static constexpr auto fields()
    {
        return std::tuple{field("latitude", &GeoPoint::latitude), field("longitude", &GeoPoint::longitude),
                          field("accuracyMeters", &GeoPoint::accuracyMeters)};
    }
    bool operator==(const GeoPoint&) const = default;
};

void checkRules(const GeoPoint& point, const std::string& path, Problems& out);

// A place: the address people read, and the point the device measured.
struct Place {
    std::string address;
    std::optional<GeoPoint> point;

    static constexpr auto fields()
    {
        return std::tuple{field("address", &Place::address), field("point", &Place::point)};
    }
    bool operator==(const Place&) const = default;
};

// A person at the customer or in the company, named as on the paper forms.
struct Person {
    std::string id; // element id: lists of people merge element by element
    std::string name;
    std::string role;
    std::string phone;
    std::string email;

    static constexpr auto fields()
    {
        return std::tuple{field("id", &Person::id), field("name", &Person::name), field("role", &Person::role),
                          field("phone", &Person::phone), field("email", &Person::email)};
    }
    bool operator==(const Person&) const = default;
};

void checkRules(const Person& person, const std::string& path, Problems& out);

} // namespace fv
