#include "sync/field_schema.h"

#include "domain/record.h"

#include <type_traits>

namespace fv {
namespace {

template <class T>
struct ListElement {
    using type = void;
};
template <class T>
struct ListElement<std::vector<T>> {
    using type = T;
};

template <class E>
constexpr bool hasIdField()
{
    return std::apply([](const auto&... f) { return ((f.name == "id") || ...); }, E::fields());
}

// Satisfaction scores carry no id: a visit scores each dimension at most once
// (checkRules enforces it), so the dimension is the element's identity.
template <class E>
std::string keyOfElement()
{
    if constexpr (std::is_same_v<E, SatisfactionScore>) return "dimension";
    else if constexpr (Described<E>) return hasIdField<E>() ? "id" : "";
    else return "";
}

template <class Body>
std::string keyOfField(std::string_view field)
{
    std::string key;
    std::apply(
        [&](const auto&... f) {
            ((f.name == field
                  ? (void)(key = keyOfElement<typename ListElement<
                               std::remove_cvref_t<decltype(std::declval<Body>().*(f.member))>>::type>())
                  : void()),
             ...);
        },
        Body::fields());
    return key;
}

} // namespace

bool isKnownField(RecordType type, std::string_view field)
{
    return visitBodyType(type, [&](auto body) {
        const auto named = [&](const auto&... f) { return ((f.name == field) || ...); };
        return std::apply(named, decltype(body)::fields());
    });
}

std::string elementKeyOf(RecordType type, std::string_view field)
{
    return visitBodyType(type, [&](auto body) { return keyOfField<decltype(body)>(field); });
}

} // namespace fv
