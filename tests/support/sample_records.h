#pragma once

// Realistic records for tests, with the Chinese text the field staff type.

#include "domain/record.h"

#include <string>

namespace fv::test {

Customer sampleCustomer();
Project sampleProject(const std::string& customerId);
Visit sampleVisit(const std::string& projectId);
Issue sampleIssue(const std::string& projectId, const std::string& visitId);
Attachment sampleAttachment(const std::string& projectId, const std::string& ownerId);
Signature sampleSignature(const std::string& projectId, const std::string& visitId);
Acceptance sampleAcceptance(const std::string& projectId);

template <class Body>
Record<Body> newRecord(Body body)
{
    Record<Body> record;
    record.meta.type = Body::kType;
    record.body = std::move(body);
    return record;
}

} // namespace fv::test
