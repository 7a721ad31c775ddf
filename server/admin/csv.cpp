#include "admin/csv.h"

#include "util/error.h"

namespace fv::server {
namespace {

std::string trim(std::string_view s)
{
    const auto first = s.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) return {};
    return std::string(s.substr(first, s.find_last_not_of(" \t\r\n") - first + 1));
}

struct Record {
    int line = 0;
    std::vector<std::string> cells;
};

// Splits into records of raw cells; quotes are resolved here.
std::vector<Record> splitRecords(std::string_view text)
{
    std::vector<Record> records;
    Record current{1, {""}};
    bool quoted = false;
    int line = 1;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\n') ++line;
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') current.cells.back() += text[++i];
            else if (c == '"') quoted = false;
            else current.cells.back() += c;
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            current.cells.emplace_back();
        } else if (c == '\n') {
            records.push_back(std::move(current));
            current = Record{line, {""}};
        } else if (c != '\r') {
            current.cells.back() += c;
        }
    }
    if (quoted) throw Error(ErrorDomain::Validation, "csv_unterminated", "line " + std::to_string(current.line) + ": a quoted cell never ends");
    records.push_back(std::move(current));
    std::erase_if(records, [](const Record& r) { return r.cells.size() == 1 && trim(r.cells[0]).empty(); });
    return records;
}

} // namespace

std::string CsvRow::get(std::string_view column) const
{
    const auto it = cells.find(column);
    return it == cells.end() ? std::string() : it->second;
}

std::vector<CsvRow> parseCsv(std::string_view text)
{
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    auto records = splitRecords(text);
    if (records.empty()) return {};
    std::vector<std::string> header;
    for (const auto& name : records.front().cells) header.push_back(trim(name));
    std::vector<CsvRow> rows;
    for (std::size_t r = 1; r < records.size(); ++r) {
        const auto& record = records[r];
        if (record.cells.size() > header.size())
            throw Error(ErrorDomain::Validation, "csv_too_many_cells",
                        "line " + std::to_string(record.line) + ": more cells than the header has columns");
        CsvRow row{record.line, {}};
        for (std::size_t c = 0; c < record.cells.size(); ++c) row.cells[header[c]] = trim(record.cells[c]);
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace fv::server
