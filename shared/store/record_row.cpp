#include "store/record_row.h"

#include "store/stored_value.h"

namespace fv {

RawRecord readRecordRow(const sqlite::Statement& row)
{
    RawRecord record;
    record.meta.id = row.columnText(0);
    record.meta.type = storedEnum<RecordType>(row.columnText(1));
    record.meta.version = row.columnInt(2);
    record.meta.createdAt = storedTimestamp(row.columnText(3));
    record.meta.updatedAt = storedTimestamp(row.columnText(4));
    record.meta.author = row.columnText(5);
    record.meta.device = row.columnText(6);
    record.meta.deleted = row.columnInt(7) != 0;
    record.fields = nlohmann::json::parse(row.columnText(8));
    return record;
}

} // namespace fv
