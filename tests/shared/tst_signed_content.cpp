#include "json/record_json.h"
#include "sample_records.h"
#include "sync/signed_content.h"
#include "util/sha256.h"
#include "util/uuid.h"

#include <QtTest>

using namespace fv;

namespace {

const std::string kPhotoA = sha256Hex("车间现场照片 A");
const std::string kPhotoB = sha256Hex("车间现场照片 B");

Json visitFields() { return encode(test::sampleVisit(newUuidV7())); }

std::string hashOf(const Json& fields, std::vector<std::string> photos = {kPhotoA, kPhotoB})
{
    return signedContentHash(RecordType::Visit, fields, std::move(photos));
}

// A visit with fixed ids, so its hash can be pinned below.
Json fixedVisitFields()
{
    Json fields = encode(test::sampleVisit("0190f5c2-0000-7000-8000-000000000001"));
    fields["visitors"][0]["id"] = "0190f5c2-0000-7000-8000-000000000002";
    fields["customerAttendees"][0]["id"] = "0190f5c2-0000-7000-8000-000000000003";
    return fields;
}

} // namespace

class TstSignedContent : public QObject {
    Q_OBJECT

private slots:
    void hashIsHexAndDeterministic()
    {
        const Json fields = visitFields();
        const auto hash = hashOf(fields);
        QVERIFY(isSha256Hex(hash));
        QCOMPARE(hashOf(fields), hash);
    }

    void signedFieldChangeChangesHash_data()
    {
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("newValue"); // JSON text
        QTest::newRow("runningStatus") << "/runningStatus" << R"("系统运行稳定，日均处理工单 1,300 张。")";
        QTest::newRow("customerWords") << "/customerWords" << R"("“报表导出已经不慢了。”")";
        QTest::newRow("satisfaction score") << "/satisfaction/1/score" << "3";
        QTest::newRow("visitor name") << "/visitors/0/name" << R"("刘洋（实施）")";
        QTest::newRow("actualEnd") << "/actualEnd" << R"("2026-11-30T03:06:00.000Z")";
        QTest::newRow("assignee") << "/assignee" << R"("zhangwei")";
    }

    void signedFieldChangeChangesHash()
    {
        QFETCH(QString, pointer);
        QFETCH(QString, newValue);
        const Json before = visitFields();
        Json after = before;
        after[Json::json_pointer(pointer.toStdString())] = Json::parse(newValue.toStdString());
        QVERIFY(after != before);
        QVERIFY(hashOf(after) != hashOf(before));
    }

    // The workflow and the back office's review move on after the customer signs.
    void statusAndReviewCommentAreNotSigned()
    {
        const Json before = visitFields();
        Json after = before;
        after["status"] = "submitted";
        after["reviewComment"] = "记录完整，同意。";
        QCOMPARE(hashOf(after), hashOf(before));
    }

    void photoHashesAreSigned()
    {
        const Json fields = visitFields();
        const auto signedHash = hashOf(fields, {kPhotoA, kPhotoB});
        QVERIFY(hashOf(fields, {kPhotoA, sha256Hex("换了一张照片")}) != signedHash);
        QVERIFY(hashOf(fields, {kPhotoA}) != signedHash);                             // one removed
        QVERIFY(hashOf(fields, {kPhotoA, kPhotoB, sha256Hex("补拍")}) != signedHash); // one added
        QCOMPARE(hashOf(fields, {kPhotoB, kPhotoA}), signedHash); // listing order is no change
    }

    void independentOfKeyOrderAndTimeSpelling()
    {
        const Json fields = visitFields();
        // Same content, keys written in reverse order, times in Beijing time.
        std::vector<std::string> members;
        for (const auto& [key, value] : fields.items())
            members.push_back(Json(key).dump() + ":" + value.dump());
        std::string reversed = "{";
        for (auto it = members.rbegin(); it != members.rend(); ++it)
            reversed += (it == members.rbegin() ? "" : ",") + *it;
        reversed += "}";
        QVERIFY(reversed.find("\"visitors\"") < reversed.find("\"assignee\""));
        Json respelled = Json::parse(reversed);
        respelled["actualStart"] = "2026-11-30T09:42:10.250+08:00";
        respelled["plannedStart"] = "2026-11-30T01:30:00Z";
        QCOMPARE(hashOf(respelled), hashOf(fields));
    }

    void acceptanceSignsEveryField()
    {
        const Json before = encode(test::sampleAcceptance(newUuidV7()));
        Json after = before;
        after["rectifications"][0]["done"] = true;
        QVERIFY(signedContentHash(RecordType::Acceptance, after, {}) !=
                signedContentHash(RecordType::Acceptance, before, {}));
        after = before;
        after["result"] = "pending";
        QVERIFY(signedContentHash(RecordType::Acceptance, after, {}) !=
                signedContentHash(RecordType::Acceptance, before, {}));
        QVERIFY(isSignedField(RecordType::Acceptance, "result"));
        QVERIFY(!isSignedField(RecordType::Visit, "status"));
    }

    // Same fields, different kind of document: not the same signed content.
    void documentTypeIsPartOfTheContent()
    {
        const Json fields{{"title", "会谈纪要"}};
        QVERIFY(signedContentHash(RecordType::Visit, fields, {}) !=
                signedContentHash(RecordType::Acceptance, fields, {}));
    }

    // Existing signatures hold hashes made by this serialization: if this value
    // changes, every signature on record turns void. Change it only with a new
    // scheme name and a migration plan. The value was reproduced independently
    // (Python: json.dumps(sort_keys=True, separators=(',', ':'), ensure_ascii=False)).
    void serializationIsPinned()
    {
        const auto hash = signedContentHash(RecordType::Visit, fixedVisitFields(), {kPhotoB, kPhotoA});
        QCOMPARE(QString::fromStdString(hash),
                 QStringLiteral("edbcbfb38cbf813a04917d0191168c01b61149ef40363ca6c9e4d5a68751d992"));
    }

    void changedSignedFieldsNamesOnlySignedRealChanges()
    {
        const FieldChanges changes{{"runningStatus", {"系统运行稳定", "系统偶有卡顿"}},
                                   {"status", {"completed", "submitted"}},
                                   {"reviewComment", {"", "请补充照片"}},
                                   {"satisfaction", {Json::array(), Json::array({Json{{"score", 4}}})}},
                                   {"customerWords", {"“很好”", "“很好”"}}}; // base == value: not a change
        QCOMPARE(changedSignedFields(RecordType::Visit, changes),
                 std::vector<std::string>({"runningStatus", "satisfaction"}));
        QVERIFY(editTouchesSignedContent(RecordType::Visit, changes));
    }

    void workflowEditsDoNotTouchSignedContent()
    {
        const FieldChanges changes{{"status", {"submitted", "returned"}},
                                   {"reviewComment", {"", "满意度原因未填写"}}};
        QVERIFY(changedSignedFields(RecordType::Visit, changes).empty());
        QVERIFY(!editTouchesSignedContent(RecordType::Visit, changes));
        QVERIFY(editTouchesSignedContent(RecordType::Acceptance, {{"result", {"pending", "passed"}}}));
    }

    void voidReasonNamesTheFields()
    {
        QCOMPARE(signedContentVoidReason({"runningStatus", "satisfaction"}),
                 std::string("signed content changed after signing: runningStatus, satisfaction"));
        QCOMPARE(signedContentVoidReason({"title"}),
                 std::string("signed content changed after signing: title"));
    }
};

QTEST_APPLESS_MAIN(TstSignedContent)
#include "moc_tst_signed_content.cpp"
