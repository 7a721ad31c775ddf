#include "routes/pull_answer.h"

#include "json/record_json.h"

namespace fv::server {

std::string pullAnswerBody(const PullPage& page)
{
    // nlohmann's objects keep their keys sorted: the same order here gives the same text.
    std::string body = "{\"hasMore\":";
    body += page.hasMore ? "true" : "false";
    body += ",\"nextCursor\":" + std::to_string(page.nextCursor) + ",\"records\":[";
    for (std::size_t i = 0; i < page.records.size(); ++i) {
        if (i > 0) body += ',';
        body += dumpRecord(page.records[i].meta, page.records[i].fieldsJson);
    }
    body += "]}";
    return body;
}

} // namespace fv::server
