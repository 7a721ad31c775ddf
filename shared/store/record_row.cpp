#include "store/record_row.h"

#include "store/stored_value.h"

namespace fv {

RawRecord readRecordRow(const sqlite::Statement& row)
{
    return {readEnvelopeRow(row), nlohmann::json::parse(row.columnText(8))};
}

Envelope readEnvelopeRow(const sqlite::Statement& row)
{
    Envelope meta;
    meta.id = row.columnText(0);
    meta.type = storedEnum<RecordType>(row.columnText(1));
    meta.version = row.columnInt(2);
    meta.createdAt = storedTimestamp(row.columnText(3));
    meta.updatedAt = storedTimestamp(row.columnText(4));
    meta.author = row.columnText(5);
    meta.device = row.columnText(6);
    meta.deleted = row.columnInt(7) != 0;
    return meta;
}

} // namespace fv
