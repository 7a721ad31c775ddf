#pragma once

// A throwaway HTTP server on 127.0.0.1 for testing the HTTP client's own behaviour: it
// answers each request it reads with the next canned reply, in order, whatever the request
// says, and records what it received. Boost-free on purpose: moc reads the test files that
// include it.

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace fv::test {

struct CannedReply {
    enum class Action {
        Answer,             // write `bytes`, keep the connection open
        AnswerThenClose,    // write `bytes`, then close without saying so: a server's idle close
        CloseWithoutAnswer, // close as soon as the request is read
        NeverAnswer,        // keep the connection open and say nothing
    };
    Action action = Action::Answer;
    std::string bytes; // a complete raw HTTP response, sent as is
};

// A well-formed JSON answer; `extraHeaders` are raw lines, each ending in "\r\n".
CannedReply answer(int status, const std::string& body, const std::string& extraHeaders = {});
CannedReply answerThenClose(int status, const std::string& body);
// Any bytes (not necessarily HTTP), then the connection closes.
CannedReply rawAnswer(std::string bytes);
CannedReply closeWithoutAnswer();
CannedReply neverAnswer();

struct ReceivedRequest {
    int connection = 0; // 1 for the first connection accepted, 2 for the next...
    std::string method;
    std::string target;
    std::map<std::string, std::string> headers; // names in lower case
    std::string body;
};

// Owns a thread running the server until destruction. With no canned reply left it answers
// 500, so a test that sends more than it planned fails visibly.
class CannedHttpServer {
public:
    CannedHttpServer();
    ~CannedHttpServer();
    CannedHttpServer(const CannedHttpServer&) = delete;
    CannedHttpServer& operator=(const CannedHttpServer&) = delete;

    std::uint16_t port() const;
    std::string baseUrl() const; // http://127.0.0.1:<port>

    void enqueue(CannedReply reply);

    int connectionsAccepted() const;
    int connectionsClosed() const; // closed by either side, as seen by the server
    std::vector<ReceivedRequest> requests() const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace fv::test
