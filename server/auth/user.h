#pragma once

#include "domain/enum_names.h"

#include <string>

namespace fv::server {

// Roles from the regulations: field staff (回访人员/实施人员), project lead
// (项目负责人), back office (项目管理部门), and the administrator.
enum class Role { FieldStaff, ProjectLead, BackOffice, Admin };

// Who is asking, as established from a bearer token.
struct User {
    std::string id; // the login name
    std::string name;
    Role role = Role::FieldStaff;
};

} // namespace fv::server

template <> struct fv::EnumNames<fv::server::Role> {
    static constexpr EnumTable<fv::server::Role, 4> values{{{fv::server::Role::FieldStaff, "field_staff"},
                                                            {fv::server::Role::ProjectLead, "project_lead"},
                                                            {fv::server::Role::BackOffice, "back_office"},
                                                            {fv::server::Role::Admin, "admin"}}};
};
