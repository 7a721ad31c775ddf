#include "child_process.h"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <stdexcept>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace fv::loadtest {
namespace {

using Clock = std::chrono::steady_clock;

[[noreturn]] void systemFailure(const std::string& what, int error)
{
    throw std::runtime_error(what + ": " + std::strerror(error));
}

struct Pipe {
    int read = -1;
    int write = -1;
};

Pipe makePipe()
{
    int fds[2];
    // Close-on-exec: each child must inherit only its own end (dup2 below clears the flag there).
    if (pipe2(fds, O_CLOEXEC) != 0) systemFailure("cannot create a pipe", errno);
    return {fds[0], fds[1]};
}

// Where the child's three standard streams come from; -1 for stdout means "the log file too".
struct ChildFds {
    int in = -1;
    int out = -1;
    int log = -1;
};

// In the child, between fork and exec: only async-signal-safe calls. The child is killed when
// this process dies, however it dies, so an interrupted run never leaves a server behind.
[[noreturn]] void execChild(const std::vector<char*>& argv, const ChildFds& fds, int errorPipe, pid_t parent)
{
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (getppid() != parent) _exit(127); // the parent died before the line above took effect
    dup2(fds.in, STDIN_FILENO);
    dup2(fds.out >= 0 ? fds.out : fds.log, STDOUT_FILENO);
    dup2(fds.log, STDERR_FILENO);
    execv(argv[0], argv.data());
    const int error = errno;
    (void)!::write(errorPipe, &error, sizeof error);
    _exit(127);
}

int openForChild(const char* path, int flags)
{
    const int fd = ::open(path, flags | O_CLOEXEC, 0644);
    if (fd < 0) systemFailure(std::string("cannot open ") + path, errno);
    return fd;
}

// The child's errno if exec failed (written to the close-on-exec pipe), 0 once exec succeeded.
int execError(int errorPipe)
{
    int error = 0;
    ssize_t n = 0;
    do n = ::read(errorPipe, &error, sizeof error);
    while (n < 0 && errno == EINTR);
    return n == sizeof error ? error : 0;
}

} // namespace

ChildProcess::ChildProcess(const std::string& program, const std::vector<std::string>& args, const ChildIo& io)
{
    Pipe in = io.pipeStdin ? makePipe() : Pipe{openForChild("/dev/null", O_RDONLY), -1};
    Pipe out = io.pipeStdout ? makePipe() : Pipe{};
    const int log = openForChild(io.logFile.empty() ? "/dev/null" : io.logFile.c_str(), O_WRONLY | O_CREAT | O_APPEND);
    const Pipe errors = makePipe();

    std::vector<char*> argv{const_cast<char*>(program.c_str())};
    for (const auto& arg : args) argv.push_back(const_cast<char*>(arg.c_str()));
    argv.push_back(nullptr);
    const pid_t parent = ::getpid();
    m_pid = ::fork();
    if (m_pid == 0) execChild(argv, ChildFds{in.read, out.write, log}, errors.write, parent);
    const int forkError = errno;
    // The child holds its own copies now (or never started): the parent keeps only its ends.
    for (int fd : {in.read, out.write, log, errors.write})
        if (fd >= 0) ::close(fd);
    m_stdin = in.write;
    m_stdout = out.read;
    const int error = m_pid < 0 ? forkError : execError(errors.read);
    ::close(errors.read);
    if (error != 0) {
        if (m_pid > 0) ::waitpid(m_pid, nullptr, 0);
        closeFd(m_stdin);
        closeFd(m_stdout);
        m_reaped = true;
        systemFailure("cannot start " + program, error);
    }
}

ChildProcess::~ChildProcess()
{
    closeFd(m_stdin);
    closeFd(m_stdout);
    if (m_reaped) return;
    ::kill(m_pid, SIGKILL);
    int status = 0;
    ::waitpid(m_pid, &status, 0);
}

void ChildProcess::writeStdinAndClose(const std::string& text)
{
    std::size_t written = 0;
    while (m_stdin >= 0 && written < text.size()) {
        const auto n = ::write(m_stdin, text.data() + written, text.size() - written);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break; // the child stopped reading: its exit status will say why
        written += std::size_t(n);
    }
    closeFd(m_stdin);
}

std::optional<std::string> ChildProcess::readLine(std::chrono::milliseconds timeout)
{
    const auto deadline = Clock::now() + timeout;
    while (true) {
        if (const auto newline = m_pending.find('\n'); newline != std::string::npos) {
            auto line = m_pending.substr(0, newline);
            m_pending.erase(0, newline + 1);
            return line;
        }
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
        if (m_stdout < 0 || left.count() <= 0) return std::nullopt;
        pollfd ready{m_stdout, POLLIN, 0};
        if (::poll(&ready, 1, int(left.count())) <= 0) continue; // timeout (checked above) or EINTR
        char buffer[4096];
        const auto n = ::read(m_stdout, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return std::nullopt;
        m_pending.append(buffer, std::size_t(n));
    }
}

void ChildProcess::signal(int signal)
{
    if (!m_reaped) ::kill(m_pid, signal);
}

std::optional<int> ChildProcess::wait(std::chrono::milliseconds timeout)
{
    const auto deadline = Clock::now() + timeout;
    while (!m_reaped) {
        int status = 0;
        const pid_t done = ::waitpid(m_pid, &status, WNOHANG);
        if (done == m_pid) {
            m_reaped = true;
            m_exitStatus = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
            break;
        }
        if (done < 0 && errno != EINTR) systemFailure("cannot wait for child " + std::to_string(m_pid), errno);
        if (Clock::now() >= deadline) return std::nullopt;
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    return m_exitStatus;
}

void ChildProcess::closeFd(int& fd)
{
    if (fd >= 0) ::close(fd);
    fd = -1;
}

} // namespace fv::loadtest
