#include "routes/push_answer.h"

#include "json/record_json.h"

namespace fv::server {

std::string pushAnswerBody(const PushOutcome& outcome)
{
    const auto& results = outcome.response.results;
    std::string body = "{\"results\":[";
    for (std::size_t i = 0; i < results.size(); ++i) {
        if (i > 0) body += ',';
        const auto& result = results[i];
        const bool storedAsText = result.record && i < outcome.storedFields.size() && !outcome.storedFields[i].empty();
        body += storedAsText ? dumpPushResult(result, dumpRecord(result.record->meta, outcome.storedFields[i]))
                             : dumpPushResult(result);
    }
    body += "]}";
    return body;
}

} // namespace fv::server
