#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace fv::server {

// One data row of a CSV file, by column name, with its line number for messages.
struct CsvRow {
    int line = 0;
    std::map<std::string, std::string, std::less<>> cells;

    // The cell, trimmed; empty when the column is absent.
    std::string get(std::string_view column) const;
};

// RFC 4180 with a header row: quoted cells may hold commas, quotes ("") and
// line breaks; a UTF-8 byte order mark (as Excel writes it) is skipped.
// Throws fv::Error (Validation) naming the line of an unterminated quote or a
// row with more cells than the header.
std::vector<CsvRow> parseCsv(std::string_view text);

} // namespace fv::server
