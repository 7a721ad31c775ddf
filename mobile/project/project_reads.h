#pragma once

#include "project/project_rows.h"
#include "store/local_store.h"

#include <optional>
#include <string>
#include <vector>

// What the project screen reads of one project from the tablet's database.
// Each part is read on its own so that every list re-reads only itself.
namespace fv::app {

// Nothing when the project is not (or no longer) on this tablet.
std::optional<ProjectHeader> readProjectHeader(LocalStore& store, const std::string& projectId);

// The customer's contacts, then its leadership group (marked lead).
std::vector<PersonRow> readContacts(LocalStore& store, const std::string& projectId);
// The team as the project lists it, the lead marked.
std::vector<PersonRow> readTeam(LocalStore& store, const std::string& projectId);
// The work plan by planned date, each judged as of `today`.
std::vector<MilestoneRow> readMilestones(LocalStore& store, const std::string& projectId, QDate today);
// Open issues first (major first, then by due date), then those resolved or closed.
std::vector<IssueRow> readIssues(LocalStore& store, const std::string& projectId, QDate today);
// Acceptance reports not signed yet, then every signature, latest first.
std::vector<DocumentRow> readDocuments(LocalStore& store, const std::string& projectId);

} // namespace fv::app
