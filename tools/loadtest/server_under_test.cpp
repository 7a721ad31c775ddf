#include "server_under_test.h"

#include <csignal>
#include <stdexcept>

namespace fv::loadtest {
namespace {

constexpr std::string_view kListening = "FieldVisit server listening on ";
constexpr auto kStartTimeout = std::chrono::seconds(15);
// The server drains connections for up to 20 s on SIGTERM; a little more before giving up.
constexpr auto kStopTimeout = std::chrono::seconds(25);
constexpr auto kAdminTimeout = std::chrono::seconds(30);

} // namespace

ServerUnderTest::ServerUnderTest(std::string binary, const std::filesystem::path& dataDir,
                                 const std::filesystem::path& logFile)
    : m_binary(std::move(binary)), m_dataDir(dataDir), m_logFile(logFile)
{
    // Loopback only, whatever the machine: the load tool must never reach beyond it.
    m_process =
        std::make_unique<ChildProcess>(m_binary,
                                       std::vector<std::string>{"--data", m_dataDir.string(), "--bind", "127.0.0.1",
                                                                "--port", "0", "--log-level", "warning"},
                                       ChildIo{.pipeStdout = true, .logFile = m_logFile.string()});
    const auto line = m_process->readLine(kStartTimeout);
    if (!line || !line->starts_with(kListening))
        throw std::runtime_error("the server did not report listening within " + std::to_string(kStartTimeout.count()) +
                                 " s; see " + m_logFile.string());
    m_url = line->substr(kListening.size());
    if (!m_url.starts_with("http://127.0.0.1:")) throw std::runtime_error("the server is not on loopback: " + m_url);
}

ServerUnderTest::~ServerUnderTest() = default;

void ServerUnderTest::createUser(const std::string& id, const std::string& name, const std::string& role,
                                 const std::string& password)
{
    admin({"create-user", "--user", id, "--name", name, "--role", role, "--password-stdin"}, password + "\n");
}

void ServerUnderTest::assign(const std::string& userId, const std::string& projectId)
{
    admin({"assign", "--user", userId, "--project", projectId}, {});
}

int ServerUnderTest::stop()
{
    m_process->signal(SIGTERM);
    if (const auto status = m_process->wait(kStopTimeout)) return *status;
    m_process->signal(SIGKILL);
    return m_process->wait(std::chrono::seconds(5)).value_or(-1);
}

void ServerUnderTest::admin(const std::vector<std::string>& args, const std::string& stdinText)
{
    std::vector<std::string> all{"admin", args.front(), "--data", m_dataDir.string()};
    all.insert(all.end(), args.begin() + 1, args.end());
    ChildProcess command(m_binary, all, ChildIo{.pipeStdin = true, .logFile = m_logFile.string()});
    command.writeStdinAndClose(stdinText);
    const auto status = command.wait(kAdminTimeout);
    if (status != 0)
        throw std::runtime_error("fieldvisit-server admin " + args.front() + " failed (" +
                                 (status ? "exit status " + std::to_string(*status) : std::string("timeout")) +
                                 "); see " + m_logFile.string());
}

} // namespace fv::loadtest
