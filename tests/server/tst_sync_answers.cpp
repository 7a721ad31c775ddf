// The sync answers the server writes straight to text, with fields spliced in as stored, read
// exactly as the protocol's own encoding of the same records: devices parse them with
// pushResponseFromJson / pullResponseFromJson.

#include "json/record_json.h"
#include "routes/pull_answer.h"
#include "routes/push_answer.h"
#include "sample_records.h"
#include "util/uuid.h"

#include <QtTest>

using namespace fv;
using namespace fv::server;

namespace {

RawRecord storedVisit(std::int64_t version, bool deleted)
{
    auto record = toRawRecord(test::newRecord(test::sampleVisit(newUuidV7())));
    record.meta.id = newUuidV7();
    record.meta.version = version;
    record.meta.author = "liu\"yang\"";
    record.meta.device = "平板-07";
    record.meta.deleted = deleted;
    return record;
}

} // namespace

class TstSyncAnswers : public QObject {
    Q_OBJECT

private slots:
    void pullPageReadsAsItsRecordsEncoded()
    {
        for (const bool hasMore : {false, true}) {
            PullResponse response{{storedVisit(1, false), storedVisit(4, true)}, 4711, hasMore};
            PullPage page{{}, response.nextCursor, response.hasMore};
            for (const auto& r : response.records) page.records.push_back({r.meta, r.fields.dump()});
            const auto body = pullAnswerBody(page);
            QCOMPARE(Json::parse(body), toJson(response));
            QCOMPARE(body, toJson(response).dump()); // byte for byte, too
            const auto decoded = pullResponseFromJson(Json::parse(body));
            QCOMPARE(decoded.records.size(), 2u);
            QCOMPARE(decoded.records[1].fields, response.records[1].fields);
            QVERIFY(decoded.records[1].meta.deleted);
        }
        QCOMPARE(pullAnswerBody(PullPage{}), toJson(PullResponse{}).dump()); // nothing new
    }

    void pushAnswerReadsAsItsResultsEncoded()
    {
        PushOutcome outcome;
        PushResult applied{.seq = 1, .recordId = newUuidV7(), .status = PushStatus::Applied, .version = 1};
        applied.record = storedVisit(1, false);
        PushResult refused{.seq = 2, .recordId = newUuidV7(), .status = PushStatus::Forbidden};
        refused.problems.push_back({"recordId", "you may not change this visit"});
        PushResult merged{.seq = 3, .recordId = newUuidV7(), .status = PushStatus::Merged, .version = 5};
        merged.record = storedVisit(5, false);
        outcome.response.results = {applied, refused, merged};
        outcome.storedFields = {applied.record->fields.dump(), "", ""}; // the merged one encoded here
        QCOMPARE(Json::parse(pushAnswerBody(outcome)), toJson(outcome.response));
    }
};

QTEST_APPLESS_MAIN(TstSyncAnswers)
#include "moc_tst_sync_answers.cpp"
