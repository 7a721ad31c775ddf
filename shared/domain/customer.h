#pragma once

#include "domain/common.h"
#include "domain/enum_names.h"
#include "domain/envelope.h"

#include <string>
#include <vector>

namespace fv {

// 客户重要程度: decides how often the back office expects visits.
enum class CustomerImportance { Key, Important, Normal };

template <>
struct EnumNames<CustomerImportance> {
    static constexpr EnumTable<CustomerImportance, 3> values{
        {{CustomerImportance::Key, "key"}, {CustomerImportance::Important, "important"}, {CustomerImportance::Normal, "normal"}}};
};

// 客户: the organisation projects are delivered to.
struct Customer {
    static constexpr RecordType kType = RecordType::Customer;

    std::string name;
    std::string address;
    CustomerImportance importance = CustomerImportance::Normal;
    std::vector<Person> contacts;
    std::vector<Person> leadershipGroup; // 领导小组 named in the contract

    static constexpr auto fields()
    {
        return std::tuple{field("name", &Customer::name), field("address", &Customer::address),
                          field("importance", &Customer::importance), field("contacts", &Customer::contacts),
                          field("leadershipGroup", &Customer::leadershipGroup)};
    }
    bool operator==(const Customer&) const = default;
};

void checkRules(const Customer& customer, const std::string& path, Problems& out);

} // namespace fv
