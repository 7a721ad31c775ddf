#pragma once

// The transports report failures as fv::Error exceptions; the suites compare
// what was thrown (domain, code, words) as a value.

#include "util/error.h"

namespace fv::test {

// Runs `call` and returns the fv::Error it throws (or an Internal/"no_error" marker that it did not).
template <class Call> Error errorOf(Call&& call)
{
    try {
        call();
    } catch (const Error& e) {
        return e;
    }
    return Error(ErrorDomain::Internal, "no_error", "the call succeeded");
}

} // namespace fv::test
