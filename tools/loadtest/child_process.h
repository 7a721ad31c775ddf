#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <sys/types.h>
#include <vector>

namespace fv::loadtest {

// Where a child's standard streams go. Output not piped is appended to `logFile`, so a server
// that logs a lot can never block on a pipe nobody reads.
struct ChildIo {
    bool pipeStdin = false;
    bool pipeStdout = false;
    std::string logFile; // stdout (unless piped) and stderr; /dev/null when empty
};

// One child process, started without a shell (arguments pass as they are). Owns the process: a
// child still running when this is destroyed is killed and reaped, so no run leaves a server behind.
class ChildProcess {
public:
    // Throws std::runtime_error when the program cannot be started.
    ChildProcess(const std::string& program, const std::vector<std::string>& args, const ChildIo& io);
    ~ChildProcess();
    ChildProcess(const ChildProcess&) = delete;
    ChildProcess& operator=(const ChildProcess&) = delete;

    pid_t pid() const { return m_pid; }

    // Writes all of `text` to the child's stdin, then closes it.
    void writeStdinAndClose(const std::string& text);
    // One line of the child's stdout without its newline; nullopt at end of output or timeout.
    std::optional<std::string> readLine(std::chrono::milliseconds timeout);

    void signal(int signal);
    // The exit status once the child has ended (128 + signal when killed); nullopt on timeout.
    std::optional<int> wait(std::chrono::milliseconds timeout);

private:
    void closeFd(int& fd);

    pid_t m_pid = -1;
    bool m_reaped = false;
    std::optional<int> m_exitStatus;
    int m_stdin = -1;
    int m_stdout = -1;
    std::string m_pending; // stdout bytes read past the last line returned
};

} // namespace fv::loadtest
