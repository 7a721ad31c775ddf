#pragma once

#include "child_process.h"
#include "proc_status.h"

#include <filesystem>
#include <memory>
#include <string>

namespace fv::loadtest {

// The real fieldvisit-server, started on 127.0.0.1 with an OS-chosen port and a data folder of
// its own, and set up with the operator's admin commands, as an installation would be.
class ServerUnderTest {
public:
    // Starts the server and waits for its listening line; throws std::runtime_error saying why
    // it did not come up (the server's own words are in `logFile`).
    ServerUnderTest(std::string binary, const std::filesystem::path& dataDir, const std::filesystem::path& logFile);
    ~ServerUnderTest();

    const std::string& url() const { return m_url; }
    pid_t pid() const { return m_process->pid(); }
    proc::MemoryUse memory() const { return proc::memoryOf(pid()); }

    // `fieldvisit-server admin …` on the running server's data folder (SQLite WAL allows it);
    // the password goes through stdin as an operator's script would pass it. Throws on failure.
    void createUser(const std::string& id, const std::string& name, const std::string& role,
                    const std::string& password);
    void assign(const std::string& userId, const std::string& projectId);

    // SIGTERM and wait for the graceful exit; returns its status (the destructor kills instead).
    int stop();

private:
    void admin(const std::vector<std::string>& args, const std::string& stdinText);

    std::string m_binary;
    std::filesystem::path m_dataDir;
    std::filesystem::path m_logFile;
    std::unique_ptr<ChildProcess> m_process;
    std::string m_url;
};

} // namespace fv::loadtest
