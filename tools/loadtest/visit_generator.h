#pragma once

#include "sync/protocol.h"

#include "json/codec.h"
#include <cstdint>
#include <string>
#include <vector>

namespace fv::loadtest {

// Realistic follow-up visits (回访) as field staff fill them in, in Simplified Chinese: a
// completed on-site visit with its times, the address, how the system runs and the customer's
// words. About 700 bytes of fields as JSON: some 500 are the keys, times and ids every completed
// visit carries in canonical form (every field present), the rest its texts. Texts vary with
// `n`, so rows and pages are not all alike.
// Written here rather than borrowed from tests/support: the tool links no test code.
Json visitFields(const std::string& projectId, const std::string& assignee, std::int64_t n);

// The mean size in bytes of visitFields(…).dump() over `samples` visits, for the report.
double meanFieldsBytes(int samples);

// A create carrying every field of a new visit with a fresh UUIDv7, as a device's outbox sends it.
PushMutation createVisit(std::int64_t seq, const std::string& projectId, const std::string& assignee);

// The JSON body of POST /v1/sync/push for these mutations.
std::string pushBody(const std::string& deviceId, const std::vector<PushMutation>& mutations);

// `count` create mutations with seqs firstSeq, firstSeq + 1, …
std::vector<PushMutation> createVisits(std::int64_t firstSeq, int count, const std::string& projectId,
                                       const std::string& assignee);

} // namespace fv::loadtest
