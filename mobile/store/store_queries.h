#pragma once

#include "domain/project.h"
#include "store/local_store.h"

#include <map>
#include <string>
#include <vector>

namespace fv::app {

// A project as the lists show it: its fields, its customer's name and how
// many of its issues are still open.
struct ProjectSummary {
    std::string id;
    Project project;
    std::string customerName;
    int openIssues = 0;
};

struct ProjectNames {
    std::string project;
    std::string customer;
};

// Read-only queries the app's lists need and LocalStore does not offer yet.
// They read the records table through the query columns of the local schema
// (shared/store/local_schema.cpp, v2). This is the only SQL in the app; the
// queries move into LocalStore once shared/ takes them.
class StoreQueries {
public:
    explicit StoreQueries(LocalStore& store) : m_store(store) {}

    // Projects not closed, those with the most open issues first, then by name.
    // The server sends a user only the projects they may see, so every project
    // in their database is one of theirs.
    std::vector<ProjectSummary> activeProjects();
    // Every project's name and its customer's, by project id.
    std::map<std::string, ProjectNames> projectNames();
    // Issues open or in progress, counted by project id.
    std::map<std::string, int> openIssuesByProject();
    // The attachments of `ownerId`, a record of `projectId`, not deleted, in the
    // order they were added (ids are UUIDv7).
    std::vector<Record<Attachment>> attachmentsOf(const std::string& projectId, const std::string& ownerId);

    // The records of one type that belong to `projectId` (not deleted), by id.
    template <class Body> std::vector<Record<Body>> ofProject(const std::string& projectId)
    {
        return typed<Body>(rawOfProject(Body::kType, projectId));
    }

private:
    std::vector<Record<Project>> projects();
    std::vector<RawRecord> rawOfProject(RecordType type, const std::string& projectId);
    // The rows of a `SELECT id, fields` over records of one type.
    static std::vector<RawRecord> rawRows(sqlite::Statement& statement, RecordType type);
    template <class Body> static std::vector<Record<Body>> typed(const std::vector<RawRecord>& raws)
    {
        std::vector<Record<Body>> records;
        records.reserve(raws.size());
        for (const auto& raw : raws) records.push_back(toTypedRecord<Body>(raw));
        return records; // a corrupt record throws Store/corrupt_record: never shown half-read
    }
    std::map<std::string, std::string> customerNames();

    LocalStore& m_store;
};

} // namespace fv::app
