// Reading a push batch straight from its text gives exactly what decoding the parsed tree gives:
// the same value for a well-formed batch (read without the tree), the same problems for every
// misshapen one, the same parse error for text that is not JSON.

#include "json/record_json.h"
#include "json/text_decode.h"
#include "sample_records.h"
#include "sync/protocol.h"
#include "util/uuid.h"

#include <QtTest>

using namespace fv;

namespace {

PushMutation created(std::int64_t seq, const auto& body)
{
    const auto record = toRawRecord(test::newRecord(body));
    return {seq, Mutation{newUuidV7(), record.meta.type, MutationOp::Create, 0,
                          diffFields(Json::object(), record.fields)}};
}

// Every record type created, an update with old values of every JSON kind, and a delete.
PushRequest sampleBatch()
{
    const std::string projectId = newUuidV7();
    const std::string visitId = newUuidV7();
    PushRequest batch{"平板-07 \"东区\"", {}};
    batch.mutations.push_back(created(1, test::sampleCustomer()));
    batch.mutations.push_back(created(2, test::sampleProject(newUuidV7())));
    batch.mutations.push_back(created(3, test::sampleVisit(projectId)));
    batch.mutations.push_back(created(4, test::sampleIssue(projectId, visitId)));
    batch.mutations.push_back(created(5, test::sampleAttachment(projectId, visitId)));
    batch.mutations.push_back(created(6, test::sampleSignature(projectId, visitId)));
    batch.mutations.push_back(created(7, test::sampleAcceptance(projectId)));
    FieldChanges changes{
        {"customerWords", {"“还行”\n第二行 \\ tab\t", "“很好” \u00e9 😀"}},
        {"satisfaction", {Json::array({{{"dimension", "service"}, {"score", 4}}}),
                          Json::array({{{"dimension", "service"}, {"score", 5}, {"note", nullptr}}})}},
        {"location", {Json::object(), {{"address", "苏州"}, {"latitude", 31.2989}, {"longitude", -120.5}}}},
        {"actualEnd", {nullptr, "2026-11-30T09:30:00.000Z"}},
        {"big", {std::uint64_t(18'000'000'000'000'000'000u), std::int64_t(-42)}},
        {"flags", {true, false}},
        {"empty", {Json::array(), Json::object()}},
    };
    batch.mutations.push_back({9, Mutation{visitId, RecordType::Visit, MutationOp::Update, 3, changes}});
    batch.mutations.push_back({12, Mutation{newUuidV7(), RecordType::Issue, MutationOp::Delete, 2, {}}});
    return batch;
}

std::string text(const PushRequest& batch) { return encode(batch).dump(); }

Decoded<PushRequest> throughTheTree(const std::string& body) { return decode<PushRequest>(Json::parse(body)); }

std::string describe(const Problems& problems)
{
    std::string out;
    for (const auto& p : problems) out += p.path + ": " + p.message + "\n";
    return out;
}

} // namespace

class TstTextDecode : public QObject {
    Q_OBJECT

private slots:
    void wellFormedBatchIsReadWithoutTheTree()
    {
        const auto batch = sampleBatch();
        for (const std::string& body : {text(batch), encode(batch).dump(2)}) { // compact and pretty
            PushRequest read;
            QVERIFY(readTextShape(body, read));
            const auto decoded = decodeText<PushRequest>(body);
            QVERIFY2(decoded.ok(), describe(decoded.problems).c_str());
            QCOMPARE(encode(*decoded.value), encode(*throughTheTree(body).value));
            QCOMPARE(encode(*decoded.value), encode(batch));
        }
        // Numbers keep their kind: a big unsigned stays unsigned, a negative stays signed.
        const auto& big = decodeText<PushRequest>(text(batch)).value->mutations[7].mutation.changes.at("big");
        QVERIFY(big.base.is_number_unsigned());
        QVERIFY(big.value.is_number_integer() && !big.value.is_number_unsigned());
    }

    void misshapenBatchGivesTheTreesProblems_data()
    {
        QTest::addColumn<QString>("body");
        const auto row = [](const char* name, const std::string& body) {
            QTest::newRow(name) << QString::fromStdString(body);
        };
        const std::string good = text(sampleBatch());
        Json json = Json::parse(good);
        const auto with = [&](auto edit) {
            Json copy = json;
            edit(copy);
            return copy.dump();
        };
        row("root is a list", "[]");
        row("unknown member at the root", with([](Json& j) { j["extra"] = 1; }));
        row("unknown member in a mutation", with([](Json& j) { j["mutations"][0]["mutation"]["colour"] = "red"; }));
        row("unknown member in a change", with([](Json& j) {
                j["mutations"][7]["mutation"]["changes"]["big"]["was"] = 1;
            }));
        row("deviceId missing", with([](Json& j) { j.erase("deviceId"); }));
        row("recordId missing", with([](Json& j) { j["mutations"][2]["mutation"].erase("recordId"); }));
        row("base missing", with([](Json& j) { j["mutations"][7]["mutation"]["changes"]["flags"].erase("base"); }));
        row("seq as text", with([](Json& j) { j["mutations"][1]["seq"] = "2"; }));
        row("seq a fraction", with([](Json& j) { j["mutations"][1]["seq"] = 2.5; }));
        row("seq too large", with([](Json& j) { j["mutations"][8]["seq"] = std::uint64_t(1) << 63; }));
        row("unknown record type", with([](Json& j) { j["mutations"][3]["mutation"]["recordType"] = "invoice"; }));
        row("op as a number", with([](Json& j) { j["mutations"][3]["mutation"]["op"] = 1; }));
        row("changes as a list", with([](Json& j) { j["mutations"][3]["mutation"]["changes"] = Json::array(); }));
        row("mutations as an object", with([](Json& j) { j["mutations"] = Json::object(); }));
        row("a mutation is null", with([](Json& j) { j["mutations"][4] = nullptr; }));
        row("deviceId is null", with([](Json& j) { j["deviceId"] = nullptr; }));
        row("two problems at once", with([](Json& j) {
                j["mutations"][0]["seq"] = "x";
                j["mutations"][5]["mutation"]["baseVersion"] = -1.5;
            }));
        row("seq does not increase (a rule)", with([](Json& j) { j["mutations"][2]["seq"] = 1; }));
        row("empty deviceId (a rule)", with([](Json& j) { j["deviceId"] = ""; }));
        // Repeated keys: the tree keeps the last; this road leaves them to the tree.
        row("repeated member", R"({"deviceId":"a","deviceId":"b","mutations":[]})");
        row("repeated change", R"({"deviceId":"a","mutations":[{"seq":1,"mutation":{"recordId":"r",)"
                               R"("recordType":"visit","op":"update","baseVersion":1,"changes":{)"
                               R"("title":{"base":1,"value":2},"title":{"base":3,"value":4}}}}]})");
        row("repeated key in a value", R"({"deviceId":"a","mutations":[{"seq":1,"mutation":{"recordId":"r",)"
                                       R"("recordType":"visit","op":"update","baseVersion":1,"changes":{)"
                                       R"("location":{"base":null,"value":{"a":1,"a":2}}}}}]})");
    }

    void misshapenBatchGivesTheTreesProblems()
    {
        QFETCH(QString, body);
        const std::string text = body.toStdString();
        // What the tree cannot read, the text reader never takes either.
        PushRequest fromTree, fromText;
        Problems shapeProblems;
        if (!readShape(Json::parse(text), "", fromTree, shapeProblems)) QVERIFY(!readTextShape(text, fromText));

        const auto expected = throughTheTree(text);
        const auto decoded = decodeText<PushRequest>(text);
        QCOMPARE(decoded.ok(), expected.ok());
        QCOMPARE(describe(decoded.problems), describe(expected.problems));
        if (expected.ok()) QCOMPARE(encode(*decoded.value), encode(*expected.value)); // repeated keys
        else QVERIFY(!decoded.problems.empty());
    }

    void textThatIsNotJsonThrowsAsParseDoes_data()
    {
        QTest::addColumn<QString>("body");
        const std::string good = text(sampleBatch());
        QTest::newRow("empty") << QString();
        QTest::newRow("cut short") << QString::fromStdString(good.substr(0, good.size() / 2));
        QTest::newRow("trailing text") << QString::fromStdString(good + " {}");
        QTest::newRow("bad escape") << QString::fromStdString(R"({"deviceId":"\q","mutations":[]})");
        QTest::newRow("comment") << QString::fromStdString(R"({"deviceId":"a", /* x */ "mutations":[]})");
    }

    void textThatIsNotJsonThrowsAsParseDoes()
    {
        QFETCH(QString, body);
        const std::string text = body.toStdString();
        std::size_t treeByte = 0;
        try {
            const auto tree = Json::parse(text);
            QFAIL(("the tree accepted it: " + tree.dump()).c_str());
        } catch (const Json::parse_error& error) {
            treeByte = error.byte;
        }
        try {
            const auto decoded = decodeText<PushRequest>(text);
            QFAIL(("decodeText accepted it: " + describe(decoded.problems)).c_str());
        } catch (const Json::parse_error& error) {
            QCOMPARE(error.byte, treeByte);
        }
    }
};

QTEST_APPLESS_MAIN(TstTextDecode)
#include "moc_tst_text_decode.cpp"
