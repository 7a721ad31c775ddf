#pragma once

// Decoding a domain value straight from JSON text, without building nlohmann's tree first.
//
// Why: a push batch is ~100 KB of small values. Building the tree, moving the values out of
// it (decode) and freeing it cost more of the server's time than reading the text itself.
// Here each value goes from the parser's events into its place in T.
//
// Only text of the right shape takes this road. At the first thing that is not (malformed
// JSON, a wrong type, an unknown, missing or repeated member) it gives up, and the text is
// decoded through the tree by decode<T> (codec.h), which reports every problem with its
// path. So the rules of reading stay in one place, and the two roads cannot disagree on
// anything but speed (tst_text_decode compares them). Leaf values are read by codec.h's own
// readValue; rules (checkRules) run afterwards, as in decode<T>.

#include "json/codec.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace fv {

namespace detail {

struct TextFrame;
using TextFrames = std::vector<TextFrame>;

// How one C++ type takes parser events; one static table per type (textOpsFor<T>). Each returns
// false when the event does not fit the type: the text is then read the slow way. An array ends
// with no check, and an object's key or an array's element pushes the frame its value goes to.
struct TextFrameOps {
    bool (*scalar)(TextFrame&, Json&&); // a whole value that is no container
    bool (*startObject)(TextFrame&);
    bool (*key)(TextFrame&, std::string&, TextFrames& stack);
    bool (*endObject)(TextFrame&); // false if a required member is missing
    bool (*startArray)(TextFrame&);
    bool (*element)(TextFrame&, TextFrames& stack);
};

// A value being read: where it goes and, for an object, which members it has had.
struct TextFrame {
    const TextFrameOps* ops = nullptr;
    void* target = nullptr;
    std::uint64_t seen = 0; // described members seen, one bit per member
    bool open = false;      // between its start and end event
};

template <class T>
const TextFrameOps* textOpsFor();

template <class T>
T& targetOf(TextFrame& frame)
{
    return *static_cast<T*>(frame.target);
}

inline bool refuse(TextFrame&) { return false; }
inline bool refuseScalar(TextFrame&, Json&&) { return false; }
inline bool refuseKey(TextFrame&, std::string&, TextFrames&) { return false; }
inline bool refuseElement(TextFrame&, TextFrames&) { return false; }
inline bool accept(TextFrame&) { return true; }

// Strings, numbers, booleans, enums, dates: codec.h's readValue decides, from a one-value tree.
template <class T>
bool readLeaf(TextFrame& frame, Json&& value)
{
    Problems ignored; // the slow road reports them
    return readValue(value, PathLink{}, targetOf<T>(frame), ignored);
}

// nlohmann's own objects keep the last of repeated keys; this road gives up on them instead.
template <class Map>
bool pushEntry(Map& map, std::string& key, TextFrames& stack, const TextFrameOps* valueOps)
{
    const auto [it, inserted] = map.try_emplace(std::move(key));
    if (!inserted) return false;
    stack.push_back({valueOps, &it->second});
    return true;
}

// ---- free-form JSON (a changed field's value) --------------------------------------------
inline const TextFrameOps* jsonOps();

inline bool jsonScalar(TextFrame& frame, Json&& value)
{
    targetOf<Json>(frame) = std::move(value);
    return true;
}

inline bool jsonStartObject(TextFrame& frame)
{
    targetOf<Json>(frame) = Json::object();
    return true;
}

inline bool jsonKey(TextFrame& frame, std::string& key, TextFrames& stack)
{
    return pushEntry(targetOf<Json>(frame).get_ref<Json::object_t&>(), key, stack, jsonOps());
}

inline bool jsonStartArray(TextFrame& frame)
{
    targetOf<Json>(frame) = Json::array();
    return true;
}

inline bool jsonElement(TextFrame& frame, TextFrames& stack)
{
    auto& array = targetOf<Json>(frame).get_ref<Json::array_t&>();
    array.emplace_back();
    stack.push_back({jsonOps(), &array.back()});
    return true;
}

inline const TextFrameOps* jsonOps()
{
    static constexpr TextFrameOps ops{jsonScalar, jsonStartObject, jsonKey, accept, jsonStartArray, jsonElement};
    return &ops;
}

// ---- described structs ----------------------------------------------------------------------
template <class T>
constexpr std::uint64_t requiredMembers()
{
    static_assert(std::tuple_size_v<decltype(T::fields())> <= 64, "a described type has at most 64 members");
    std::uint64_t mask = 0, bit = 1;
    std::apply(
        [&](const auto&... f) {
            ((mask |= isOptional<std::remove_cvref_t<decltype(std::declval<T&>().*(f.member))>> ? 0 : bit,
              bit <<= 1),
             ...);
        },
        T::fields());
    return mask;
}

template <class T>
bool describedKey(TextFrame& frame, std::string& key, TextFrames& stack)
{
    T& object = targetOf<T>(frame);
    std::uint64_t bit = 1;
    TextFrame member;
    const bool known = std::apply(
        [&](const auto&... f) {
            const auto match = [&](const auto& field) {
                if (field.name != key) {
                    bit <<= 1;
                    return false;
                }
                using M = std::remove_cvref_t<decltype(object.*(field.member))>;
                member = {textOpsFor<M>(), &(object.*(field.member))};
                return true;
            };
            return (match(f) || ...);
        },
        T::fields());
    if (!known || (frame.seen & bit)) return false;
    frame.seen |= bit;
    stack.push_back(member);
    return true;
}

template <class T>
bool describedEnd(TextFrame& frame)
{
    constexpr auto required = requiredMembers<T>();
    return (frame.seen & required) == required;
}

// ---- containers -------------------------------------------------------------------------------
template <class V>
bool vectorStart(TextFrame& frame)
{
    targetOf<V>(frame).clear();
    return true;
}

template <class V>
bool vectorElement(TextFrame& frame, TextFrames& stack)
{
    auto& vector = targetOf<V>(frame);
    vector.emplace_back();
    stack.push_back({textOpsFor<typename V::value_type>(), &vector.back()});
    return true;
}

template <class M>
bool mapStart(TextFrame& frame)
{
    targetOf<M>(frame).clear();
    return true;
}

template <class M>
bool mapKey(TextFrame& frame, std::string& key, TextFrames& stack)
{
    return pushEntry(targetOf<M>(frame), key, stack, textOpsFor<typename M::mapped_type>());
}

// An optional that is not null becomes a frame of its value's type.
template <class O>
TextFrame& becomeValue(TextFrame& frame)
{
    auto& optional = targetOf<O>(frame);
    frame.target = &optional.emplace();
    frame.ops = textOpsFor<typename O::value_type>();
    return frame;
}

template <class O>
bool optionalScalar(TextFrame& frame, Json&& value)
{
    if (value.is_null()) {
        targetOf<O>(frame).reset();
        return true;
    }
    auto& inner = becomeValue<O>(frame);
    return inner.ops->scalar(inner, std::move(value));
}

template <class O>
bool optionalStartObject(TextFrame& frame)
{
    auto& inner = becomeValue<O>(frame);
    return inner.ops->startObject(inner);
}

template <class O>
bool optionalStartArray(TextFrame& frame)
{
    auto& inner = becomeValue<O>(frame);
    return inner.ops->startArray(inner);
}

template <class T>
const TextFrameOps* textOpsFor()
{
    if constexpr (std::is_same_v<T, Json>) {
        return jsonOps();
    } else if constexpr (isOptional<T>) {
        static constexpr TextFrameOps ops{optionalScalar<T>,   optionalStartObject<T>, refuseKey, refuse,
                                          optionalStartArray<T>, refuseElement};
        return &ops;
    } else if constexpr (isStringMap<T>) {
        static constexpr TextFrameOps ops{refuseScalar, mapStart<T>, mapKey<T>, accept, refuse, refuseElement};
        return &ops;
    } else if constexpr (isVector<T>) {
        static constexpr TextFrameOps ops{refuseScalar, refuse, refuseKey, refuse, vectorStart<T>, vectorElement<T>};
        return &ops;
    } else if constexpr (Described<T>) {
        static constexpr TextFrameOps ops{refuseScalar, accept, describedKey<T>, describedEnd<T>, refuse,
                                          refuseElement};
        return &ops;
    } else {
        static constexpr TextFrameOps ops{readLeaf<T>, refuse, refuseKey, refuse, refuse, refuseElement};
        return &ops;
    }
}

// nlohmann's SAX interface over a stack of frames: the value being read is on top.
class TextReader {
public:
    template <class T>
    explicit TextReader(T& root)
    {
        m_stack.reserve(16);
        m_stack.push_back({textOpsFor<T>(), &root});
    }

    bool null() { return scalar(Json(nullptr)); }
    bool boolean(bool value) { return scalar(Json(value)); }
    bool number_integer(Json::number_integer_t value) { return scalar(Json(value)); }
    bool number_unsigned(Json::number_unsigned_t value) { return scalar(Json(value)); }
    bool number_float(Json::number_float_t value, const std::string&) { return scalar(Json(value)); }
    bool string(std::string& value) { return scalar(Json(std::move(value))); }
    bool binary(Json::binary_t&) { return false; }

    bool start_object(std::size_t) { return start(&TextFrameOps::startObject); }
    bool key(std::string& name)
    {
        TextFrame& top = m_stack.back();
        return top.ops->key(top, name, m_stack);
    }
    bool end_object()
    {
        TextFrame& top = m_stack.back();
        const bool complete = top.ops->endObject(top);
        m_stack.pop_back();
        return complete;
    }
    bool start_array(std::size_t) { return start(&TextFrameOps::startArray); }
    bool end_array()
    {
        m_stack.pop_back();
        return true;
    }

    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) { return false; }

private:
    // A value starting inside an array is that array's next element.
    bool enterValue()
    {
        if (m_stack.empty()) return false;
        TextFrame& top = m_stack.back();
        return !top.open || top.ops->element(top, m_stack);
    }

    bool scalar(Json&& value)
    {
        if (!enterValue()) return false;
        TextFrame& top = m_stack.back();
        const bool ok = top.ops->scalar(top, std::move(value));
        m_stack.pop_back();
        return ok;
    }

    bool start(bool (*TextFrameOps::*begin)(TextFrame&))
    {
        if (!enterValue()) return false;
        TextFrame& top = m_stack.back();
        top.open = true;
        return (top.ops->*begin)(top);
    }

    TextFrames m_stack;
};

} // namespace detail

// Reads text of exactly the shape of T into `out` (rules not applied); false, `out` left
// unspecified, for anything else, malformed text included.
template <class T>
bool readTextShape(std::string_view text, T& out)
{
    detail::TextReader reader(out);
    return Json::sax_parse(text.begin(), text.end(), &reader);
}

// decode<T>(Json::parse(text)), without the tree for text of the right shape. Text that is
// not JSON throws Json::parse_error, exactly as Json::parse does.
template <class T>
Decoded<T> decodeText(std::string_view text)
{
    T value{};
    if (!readTextShape(text, value)) return decode<T>(Json::parse(text));
    Decoded<T> result;
    collectRuleProblems(value, "", result.problems);
    if (result.problems.empty()) result.value = std::move(value);
    return result;
}

} // namespace fv
