#pragma once

#include "domain/enum_names.h"
#include "domain/envelope.h"

#include <optional>
#include <string>
#include <vector>

namespace fv {

// One line of the deliverables checklist: content, time and method of delivery.
struct Deliverable {
    std::string id;
    std::string content;
    std::optional<Date> deliveredOn;
    std::string method;
    bool accepted = false;

    static constexpr auto fields()
    {
        return std::tuple{field("id", &Deliverable::id), field("content", &Deliverable::content),
                          field("deliveredOn", &Deliverable::deliveredOn), field("method", &Deliverable::method),
                          field("accepted", &Deliverable::accepted)};
    }
    bool operator==(const Deliverable&) const = default;
};

void checkRules(const Deliverable& deliverable, const std::string& path, Problems& out);

// 整改项: what must be fixed before the acceptance passes.
struct RectificationItem {
    std::string id;
    std::string description;
    std::optional<Date> dueDate;
    bool done = false;

    static constexpr auto fields()
    {
        return std::tuple{field("id", &RectificationItem::id), field("description", &RectificationItem::description),
                          field("dueDate", &RectificationItem::dueDate), field("done", &RectificationItem::done)};
    }
    bool operator==(const RectificationItem&) const = default;
};

void checkRules(const RectificationItem& item, const std::string& path, Problems& out);

enum class AcceptanceResult { Pending, Passed, NeedsRectification };

template <>
struct EnumNames<AcceptanceResult> {
    static constexpr EnumTable<AcceptanceResult, 3> values{{{AcceptanceResult::Pending, "pending"},
                                                            {AcceptanceResult::Passed, "passed"},
                                                            {AcceptanceResult::NeedsRectification, "needs_rectification"}}};
};

// 项目实施验收单. Its signatures are Signature records pointing here.
struct Acceptance {
    static constexpr RecordType kType = RecordType::Acceptance;

    std::string projectId;
    std::string title;
    std::vector<Deliverable> deliverables;
    std::string customerOpinion;
    std::vector<RectificationItem> rectifications;
    AcceptanceResult result = AcceptanceResult::Pending;

    static constexpr auto fields()
    {
        return std::tuple{field("projectId", &Acceptance::projectId),
                          field("title", &Acceptance::title),
                          field("deliverables", &Acceptance::deliverables),
                          field("customerOpinion", &Acceptance::customerOpinion),
                          field("rectifications", &Acceptance::rectifications),
                          field("result", &Acceptance::result)};
    }
    bool operator==(const Acceptance&) const = default;
};

void checkRules(const Acceptance& acceptance, const std::string& path, Problems& out);

} // namespace fv
