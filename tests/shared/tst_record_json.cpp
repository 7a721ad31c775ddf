#include "json/record_json.h"
#include "sample_records.h"
#include "util/uuid.h"

#include <QtTest>

using namespace fv;

namespace {

template <class Body>
Record<Body> stamped(Body body)
{
    auto record = test::newRecord(std::move(body));
    record.meta.id = newUuidV7();
    record.meta.version = 3;
    record.meta.createdAt = *Timestamp::parse("2026-11-30T01:00:00.000Z");
    record.meta.updatedAt = *Timestamp::parse("2026-11-30T02:00:00.125Z");
    record.meta.author = "liuyang";
    record.meta.device = "tablet-07";
    return record;
}

// Encode, send as text, decode, encode again: values and bytes must survive.
template <class Body>
void checkRoundTrip(const Body& body)
{
    const auto record = stamped(body);
    const std::string wire = encodeRecord(record).dump();
    const auto decoded = decodeRecord<Body>(Json::parse(wire));
    if (!decoded.ok()) QFAIL((decoded.problems.front().path + " " + decoded.problems.front().message).c_str());
    QVERIFY(*decoded.value == record);
    QCOMPARE(encodeRecord(*decoded.value).dump(), wire);
}

} // namespace

class TstRecordJson : public QObject {
    Q_OBJECT

private slots:
    void everyTypeRoundTrips()
    {
        const auto customerId = newUuidV7(), projectId = newUuidV7(), visitId = newUuidV7();
        checkRoundTrip(test::sampleCustomer());
        checkRoundTrip(test::sampleProject(customerId));
        checkRoundTrip(test::sampleVisit(projectId));
        checkRoundTrip(test::sampleIssue(projectId, visitId));
        checkRoundTrip(test::sampleAttachment(projectId, visitId));
        checkRoundTrip(test::sampleSignature(projectId, visitId));
        checkRoundTrip(test::sampleAcceptance(projectId));
    }

    void chineseTextTravelsAsUtf8NotEscapes()
    {
        const auto record = stamped(test::sampleCustomer());
        const std::string wire = encodeRecord(record).dump();
        QVERIFY(wire.find("华东精密制造有限公司") != std::string::npos);
        const auto back = decodeRecord<Customer>(Json::parse(wire));
        QVERIFY(back.ok());
        QCOMPARE(QString::fromStdString(back.value->body.name), QStringLiteral("华东精密制造有限公司"));
    }

    void escapedUnicodeAndAstralCharactersDecode()
    {
        auto json = encodeRecord(stamped(test::sampleCustomer()));
        json["fields"]["name"] = Json::parse(R"("\u534e\u4e1c \ud842\udfb7")"); // 华东 𠮷 (outside the BMP)
        const auto back = decodeRecord<Customer>(json);
        QVERIFY(back.ok());
        QCOMPARE(QString::fromStdString(back.value->body.name), QString::fromUtf8("华东 𠮷"));
    }

    void enumsUseStableWireNames()
    {
        const auto json = encode(test::sampleVisit(newUuidV7()));
        QCOMPARE(QString::fromStdString(json["kind"].get<std::string>()), QStringLiteral("in_progress"));
        QCOMPARE(QString::fromStdString(json["method"].get<std::string>()), QStringLiteral("on_site"));
        QCOMPARE(QString::fromStdString(json["satisfaction"][1]["dimension"].get<std::string>()),
                 QStringLiteral("problem_solving"));
    }

    // A server splices the fields it stored as text: the record must read exactly as if encoded.
    void recordWithFieldsAsTextDumpsLikeTheEncodedRecord()
    {
        auto record = toRawRecord(stamped(test::sampleVisit(newUuidV7())));
        record.meta.author = "刘洋 \"quoted\"";
        QCOMPARE(dumpRecord(record.meta, record.fields.dump()), encodeRecord(record).dump());
        record.meta.deleted = true;
        QCOMPARE(dumpRecord(record.meta, record.fields.dump()), encodeRecord(record).dump());
    }

    void absentOptionalsAreNullOnTheWire()
    {
        auto visit = test::sampleVisit(newUuidV7());
        visit.plannedStart.reset();
        const auto json = encode(visit);
        QVERIFY(json.contains("plannedStart"));
        QVERIFY(json["plannedStart"].is_null());
        QVERIFY(decode<Visit>(json).value->plannedStart == std::nullopt);
    }
};

QTEST_APPLESS_MAIN(TstRecordJson)
#include "moc_tst_record_json.cpp"
