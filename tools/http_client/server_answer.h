#pragma once

#include "http_client/http_response.h"
#include "json/codec.h"
#include "util/error.h"

namespace fv {

// The JSON body of a successful (2xx) answer. Anything else throws serverError(response);
// a 2xx body that is not JSON throws Protocol/"malformed_answer".
Json jsonAnswer(const HttpResponse& response);

// A non-2xx answer as the error the server meant: Protocol, with the `code`, `message` and
// `field` of its JSON error body, so the app can show the server's own words. An answer
// without such a body (a proxy's error page, say) becomes Protocol/"http_<status>".
Error serverError(const HttpResponse& response);

} // namespace fv
