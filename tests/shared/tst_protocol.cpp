// The push answer written straight to text reads exactly as the answer encoded through JSON
// values, whatever it carries: the device parses one, tests and tools the other.

#include "json/record_json.h"
#include "sample_records.h"
#include "sync/protocol.h"
#include "util/uuid.h"

#include <QtTest>

using namespace fv;

namespace {

RawRecord storedVisit()
{
    auto record = toRawRecord(test::newRecord(test::sampleVisit(newUuidV7())));
    record.meta.id = newUuidV7();
    record.meta.version = 2;
    record.meta.author = "liuyang";
    record.meta.device = "tablet-07";
    return record;
}

} // namespace

class TstProtocol : public QObject {
    Q_OBJECT

private slots:
    void pushResultTextMatchesItsJson()
    {
        PushResult applied{.seq = 7, .recordId = newUuidV7(), .status = PushStatus::Applied, .version = 1};
        QCOMPARE(dumpPushResult(applied), toJson(applied).dump());
        applied.record = storedVisit();
        QCOMPARE(dumpPushResult(applied), toJson(applied).dump());

        PushResult duplicate{.seq = 8, .recordId = "有\"引号\"的 id", .status = PushStatus::Duplicate,
                             .firstStatus = PushStatus::Conflict, .version = 4};
        duplicate.conflicts.push_back({"runningStatus", "旧", "服务器", Json::object({{"a", 1}})});
        duplicate.problems.push_back({"fields.status", "must be one of \"planned\", \"done\""});
        duplicate.missingBlobs = {"ab12", "cd34"};
        QCOMPARE(dumpPushResult(duplicate), toJson(duplicate).dump());
    }

    void recordGivenAsTextIsWrittenInPlaceOfTheRecord()
    {
        PushResult applied{.seq = 9, .recordId = newUuidV7(), .status = PushStatus::Applied, .version = 2};
        applied.record = storedVisit();
        const auto expected = toJson(applied).dump();
        const auto recordText = dumpRecord(applied.record->meta, applied.record->fields.dump());
        applied.record->fields = Json::object(); // not read when the text is given
        QCOMPARE(dumpPushResult(applied, recordText), expected);
    }
};

QTEST_APPLESS_MAIN(TstProtocol)
#include "moc_tst_protocol.cpp"
