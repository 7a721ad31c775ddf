#pragma once

#include <map>
#include <string>

namespace fv {

// Header fields by name. In a response the names are in lower case (HTTP names are
// case-insensitive) and a repeated field's values are joined with ", ".
using HttpHeaders = std::map<std::string, std::string>;

// One complete HTTP answer, whatever its status: deciding what a status means is the caller's job.
struct HttpResponse {
    int status = 0;
    HttpHeaders headers;
    std::string body;

    bool isSuccess() const { return status >= 200 && status < 300; }
};

} // namespace fv
