#include "json/record_json.h"
#include "sample_records.h"
#include "sync/protocol.h"
#include "util/uuid.h"

#include <QtTest>

using namespace fv;

namespace {

QStringList paths(const Problems& problems)
{
    QStringList out;
    for (const auto& p : problems) out << QString::fromStdString(p.path);
    return out;
}

QString messageAt(const Problems& problems, const std::string& path)
{
    for (const auto& p : problems)
        if (p.path == path) return QString::fromStdString(p.message);
    return {};
}

Json validVisitRecord()
{
    Record<Visit> record = test::newRecord(test::sampleVisit(newUuidV7()));
    record.meta.id = newUuidV7();
    record.meta.createdAt = record.meta.updatedAt = Timestamp::now();
    return encodeRecord(record);
}

} // namespace

class TstValidation : public QObject {
    Q_OBJECT

private slots:
    void sampleIsValid() { QVERIFY(decodeRawRecord(validVisitRecord()).ok()); }

    void reportsEveryProblemWithItsPath()
    {
        Json json = validVisitRecord();
        json["fields"]["kind"] = "house_party";
        json["fields"]["plannedDate"] = "2026/11/30";
        json["fields"]["visitors"][0].erase("name");
        json["fields"]["satisfaction"][1]["score"] = 4.5;
        json["fields"]["colour"] = "blue";

        const auto result = decodeRawRecord(json);
        QVERIFY(!result.ok());
        QCOMPARE(paths(result.problems),
                 QStringList({"fields.kind", "fields.plannedDate", "fields.visitors[0].name",
                              "fields.satisfaction[1].score", "fields.colour"}));
        QCOMPARE(messageAt(result.problems, "fields.kind"),
                 QStringLiteral("must be one of first, periodic, special, start_up, in_progress, close_out, "
                                "after_sales or trial_run_support"));
        QCOMPARE(messageAt(result.problems, "fields.plannedDate"), QStringLiteral("must be a date like 2026-03-31"));
        QCOMPARE(messageAt(result.problems, "fields.visitors[0].name"), QStringLiteral("is required"));
        QCOMPARE(messageAt(result.problems, "fields.satisfaction[1].score"), QStringLiteral("must be a whole number"));
        QCOMPARE(messageAt(result.problems, "fields.colour"), QStringLiteral("is not a known field"));
    }

    void envelopeProblems()
    {
        Json json = validVisitRecord();
        json["id"] = "visit-1";
        json["version"] = "3";
        json["updatedAt"] = "yesterday";
        const auto result = decodeRawRecord(json);
        QCOMPARE(paths(result.problems), QStringList({"version", "updatedAt"}));

        json["version"] = 3;
        json["updatedAt"] = json["createdAt"];
        QCOMPARE(paths(decodeRawRecord(json).problems), QStringList({"id"}));

        json = validVisitRecord();
        json["type"] = "spaceship";
        QCOMPARE(paths(decodeRawRecord(json).problems), QStringList({"type"}));
        json.erase("fields");
        json["type"] = "visit";
        QCOMPARE(paths(decodeRawRecord(json).problems), QStringList({"fields"}));
        QCOMPARE(paths(decodeRawRecord(Json::array()).problems), QStringList({""}));
    }

    void rulesBeyondShape()
    {
        auto visit = test::sampleVisit(newUuidV7());
        visit.satisfaction[0].score = 7;
        visit.satisfaction[1].reason = "  ";
        visit.actualEnd = *Timestamp::parse("2026-11-30T01:00:00Z"); // before the start
        visit.satisfaction.push_back(visit.satisfaction[0]);
        visit.satisfaction[2].score = 4;
        QCOMPARE(paths(validate(visit)), QStringList({"satisfaction[0].score", "satisfaction[1].reason", "actualEnd",
                                                      "satisfaction[2].dimension"}));
        QCOMPARE(messageAt(validate(visit), "satisfaction[0].score"), QStringLiteral("must be between 1 and 5"));
    }

    void completedVisitNeedsItsTimes()
    {
        auto visit = test::sampleVisit(newUuidV7());
        visit.actualStart.reset();
        visit.actualEnd.reset();
        QCOMPARE(paths(validate(visit)), QStringList({"actualStart", "actualEnd"}));
        visit.status = VisitStatus::Planned;
        QVERIFY(validate(visit).empty());
    }

    void issueHandlingRules()
    {
        auto issue = test::sampleIssue(newUuidV7(), newUuidV7());
        issue.owner.clear();
        issue.dueDate.reset();
        QCOMPARE(paths(validate(issue)), QStringList({"owner", "dueDate"}));

        issue = test::sampleIssue(newUuidV7(), newUuidV7());
        issue.status = IssueStatus::Closed;
        QCOMPARE(paths(validate(issue)), QStringList({"resolution", "customerConfirmed"}));

        issue = test::sampleIssue(newUuidV7(), "");
        issue.solvedOnSite = true;
        QCOMPARE(paths(validate(issue)), QStringList({"visitId", "solvedOnSite"}));
    }

    void emptySignatureIsRefused()
    {
        auto signature = test::sampleSignature(newUuidV7(), newUuidV7());
        signature.strokes.clear();
        signature.contentSha256 = "ABC";
        signature.documentType = RecordType::Customer;
        QCOMPARE(paths(validate(signature)), QStringList({"documentType", "strokes", "contentSha256"}));
    }

    void acceptancePassesOnlyWhenComplete()
    {
        auto acceptance = test::sampleAcceptance(newUuidV7());
        acceptance.result = AcceptanceResult::Passed;
        const auto problems = validate(acceptance);
        QCOMPARE(paths(problems), QStringList({"result", "result"}));
        QCOMPARE(messageAt(problems, "result"), QStringLiteral("cannot be passed while a rectification item is open"));
    }

    void numbersOutOfRange()
    {
        auto json = encode(test::sampleAttachment(newUuidV7(), newUuidV7()));
        json["sizeBytes"] = Json::parse("1e300");
        json["place"]["point"]["latitude"] = 123.0;
        const auto result = decode<Attachment>(json);
        QCOMPARE(paths(result.problems), QStringList({"sizeBytes"}));
        json["sizeBytes"] = 10;
        QCOMPARE(paths(decode<Attachment>(json).problems), QStringList({"place.point.latitude"}));
    }

    // Paths are built only when a problem is found: they must still run through lists, maps
    // and rules exactly as written out.
    void pushProblemsNameTheirPlaceThroughListsAndMaps()
    {
        const auto create = [](std::int64_t seq) {
            Json changes = {{"status", {{"base", nullptr}, {"value", "planned"}}}};
            return Json{{"seq", seq},
                        {"mutation",
                         {{"recordId", newUuidV7()}, {"recordType", "visit"}, {"op", "create"}, {"baseVersion", 0},
                          {"changes", changes}}}};
        };
        Json batch = {{"deviceId", "tablet-07"}, {"mutations", {create(1), create(2), create(3)}}};
        batch["mutations"][1]["mutation"]["changes"]["status"].erase("value");
        batch["mutations"][2]["mutation"]["recordType"] = "spaceship";
        QCOMPARE(paths(decode<PushRequest>(batch).problems),
                 QStringList({"mutations[1].mutation.changes.status.value", "mutations[2].mutation.recordType"}));

        batch = {{"deviceId", "tablet-07"}, {"mutations", {create(1), create(0)}}};
        batch["mutations"][0]["mutation"]["recordId"] = "not-a-uuid";
        QCOMPARE(paths(decode<PushRequest>(batch).problems),
                 QStringList({"mutations[0].mutation.recordId", "mutations[1].seq", "mutations[1].seq"}));
    }
};

QTEST_APPLESS_MAIN(TstValidation)
#include "moc_tst_validation.cpp"
