#pragma once

#include "admin/csv.h"
#include "domain/envelope.h"
#include "storage/sync_store.h"
#include "util/problem.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace fv::server {

// Master data the back office keeps in spreadsheets, turned into records.
// Ids are derived from the natural key (customer name, contract number), so
// importing the same sheet again updates those records instead of doubling them.
struct ImportedRecord {
    int line = 0;
    std::string id;
    RecordType type = RecordType::Customer;
    nlohmann::json fields;
};

struct ImportPlan {
    std::vector<ImportedRecord> records;
    Problems problems; // paths like "line 4: importance"
};

// Columns: name, address, importance (key|important|normal or 重点|重要|一般),
// contact_name, contact_role, contact_phone, contact_email.
ImportPlan customersFromCsv(const std::vector<CsvRow>& rows);
// Columns: contract_no, name, customer (the customer's name), scope, lead (user id),
// phase (start_up … closed, or 启动 调研 实施 交付 验收 磨合期 售后 关闭), contract_signed, accepted.
ImportPlan projectsFromCsv(const std::vector<CsvRow>& rows);

// A name-based UUID (version 8, from SHA-256) for a natural key.
std::string derivedId(std::string_view kind, std::string_view naturalKey);

struct ImportSummary {
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    Problems refused;
};

// Writes the plan through the same push path devices use (as the admin, from
// device "admin-import"), so every rule and version applies to imports too.
ImportSummary importRecords(SyncStore& store, const ImportPlan& plan);

} // namespace fv::server
