#include "accounts.h"

#include "server_under_test.h"
#include "util/uuid.h"

#include <cstdio>

namespace fv::loadtest {
namespace {

// Passwords need 8 characters at least; these are throwaway accounts in a throwaway folder.
std::string passwordFor(const std::string& userId) { return "load-" + userId + "-pw"; }

std::string numbered(const char* prefix, int n)
{
    char text[32];
    std::snprintf(text, sizeof text, "%s%02d", prefix, n);
    return text;
}

} // namespace

std::vector<Account> createFieldStaff(ServerUnderTest& server, int count)
{
    std::vector<Account> accounts;
    for (int i = 1; i <= count; ++i) {
        Account account{numbered("staff", i), "", newUuidV7(), numbered("tablet-", i)};
        account.password = passwordFor(account.userId);
        server.createUser(account.userId, numbered("外勤", i), "field_staff", account.password);
        server.assign(account.userId, account.projectId);
        accounts.push_back(std::move(account));
    }
    return accounts;
}

Account createBackOffice(ServerUnderTest& server, const std::string& userId)
{
    Account account{userId, passwordFor(userId), "", userId + "-desk"};
    server.createUser(account.userId, "后台 " + userId, "back_office", account.password);
    return account;
}

} // namespace fv::loadtest
