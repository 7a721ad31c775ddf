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

    // The server's conflict id travels with the answer; an answer from an older server has none.
    void conflictIdsAreOptional()
    {
        PushResult answer{.seq = 3, .recordId = newUuidV7(), .status = PushStatus::Conflict, .version = 5};
        answer.conflicts.push_back({"runningStatus", "", "甲", "乙", 17});
        answer.conflicts.push_back({"customerWords", "", "丙", "丁"});
        const auto read = pushResultFromJson(Json::parse(dumpPushResult(answer)));
        QVERIFY(read.conflicts == answer.conflicts);
        QVERIFY(!toJson(answer.conflicts[1]).contains("id"));
    }

    void settledConflictsSkipOpenOnes()
    {
        const auto page = Json::parse(R"({"conflicts": [
            {"id": 18, "field": "runningStatus", "resolution": null},
            {"id": 17, "field": "customerWords", "resolution": {"choice": "value", "value": "已答应下月优化。",
             "by": "zhangwei", "at": "2026-11-30T05:10:00.000Z", "version": 7}}],
            "nextCursor": 17, "hasMore": false})");
        const auto settled = settledConflictsFromJson(page);
        QCOMPARE(settled.size(), std::size_t(1));
        QCOMPARE(settled[0].id, 17);
        QVERIFY(settled[0].resolution == (ConflictResolution{ConflictChoice::Value, "已答应下月优化。", "zhangwei",
                                                             *Timestamp::parse("2026-11-30T05:10:00.000Z"), 7}));
        QCOMPARE(settledConflictsTarget({17, 40}), std::string("/v1/conflicts?state=resolved&limit=2&ids=17,40"));
        QVERIFY_THROWS_EXCEPTION(Error, settledConflictsFromJson(Json::parse(R"({"conflicts": [{"id": 1,
            "resolution": {"choice": "maybe"}}]})")));
    }
};

QTEST_APPLESS_MAIN(TstProtocol)
#include "moc_tst_protocol.cpp"
