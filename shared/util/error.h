#pragma once

#include "util/problem.h"

#include <stdexcept>
#include <string>

namespace fv {

// Where an error came from; each edge (HTTP, QML) maps these once.
// Network: the other side could not be reached or did not answer in time
// ("unreachable", "timeout"); Protocol: it answered, but with something
// malformed or an HTTP error.
enum class ErrorDomain { Validation, Store, Protocol, Network, Internal };

// The one exception type thrown inside the domain library. `field` names the
// offending field path where one is at fault, so an edge can point at it.
class Error : public std::runtime_error {
public:
    Error(ErrorDomain domain, std::string code, const std::string& message, std::string field = {})
        : std::runtime_error(message), m_domain(domain), m_code(std::move(code)), m_field(std::move(field))
    {
    }

    ErrorDomain domain() const { return m_domain; }
    const std::string& code() const { return m_code; }
    const std::string& field() const { return m_field; }

private:
    ErrorDomain m_domain;
    std::string m_code;
    std::string m_field;
};

// Input that broke the rules; carries every problem, not just the first.
class ValidationError : public Error {
public:
    explicit ValidationError(Problems problems)
        : Error(ErrorDomain::Validation, "invalid", describe(problems), problems.empty() ? "" : problems.front().path),
          m_problems(std::move(problems))
    {
    }

    const Problems& problems() const { return m_problems; }

private:
    static std::string describe(const Problems& problems)
    {
        std::string text;
        for (const auto& p : problems) text += (text.empty() ? "" : "; ") + (p.path.empty() ? "" : p.path + " ") + p.message;
        return text;
    }

    Problems m_problems;
};

} // namespace fv
