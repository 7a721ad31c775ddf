#pragma once

#include <string>
#include <vector>

namespace fv::loadtest {

class ServerUnderTest;

// A user the tool created, with the project it is assigned to (empty for the back office) and
// the device id its pushes use.
struct Account {
    std::string userId;
    std::string password;
    std::string projectId;
    std::string deviceId;
};

// `count` field staff, each assigned to a project of their own (fresh UUIDs), through the admin
// commands an operator would run.
std::vector<Account> createFieldStaff(ServerUnderTest& server, int count);

// One back-office user: sees and may write every project.
Account createBackOffice(ServerUnderTest& server, const std::string& userId);

} // namespace fv::loadtest
