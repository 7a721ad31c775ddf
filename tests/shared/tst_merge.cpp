#include "json/record_json.h"
#include "sample_records.h"
#include "sync/field_schema.h"
#include "sync/merge.h"
#include "util/uuid.h"

#include <QtTest>

#include <functional>

using namespace fv;

namespace {

// The server side of a scenario: holds one record and stores every result
// that is not Rejected, bumping the version as the real server does.
struct Server {
    ServerRecord record;

    MergeResult push(const Mutation& mutation)
    {
        auto result = mergeMutation(record, mutation);
        if (result.outcome != MergeOutcome::Rejected)
            record = {true, record.version + 1, result.deleted, result.fields};
        return result;
    }
};

const std::string kVisitId = newUuidV7();

// A device edits the record as it last saw it; the mutation carries only the
// changed fields with their base values, as the outbox sends them.
Mutation editOf(const ServerRecord& seen, const std::function<void(Json&)>& edit)
{
    Json after = seen.fields;
    edit(after);
    return {kVisitId, RecordType::Visit, MutationOp::Update, seen.version, diffFields(seen.fields, after)};
}

Mutation deleteOf(const ServerRecord& seen)
{
    return {kVisitId, RecordType::Visit, MutationOp::Delete, seen.version, {}};
}

Mutation createOf(const Json& fields)
{
    return {kVisitId, RecordType::Visit, MutationOp::Create, 0, diffFields(Json::object(), fields)};
}

Server serverWithVisit()
{
    return Server{{true, 1, false, encode(test::sampleVisit(newUuidV7()))}};
}

Json person(const std::string& name, const std::string& role)
{
    return encode(Person{newUuidV7(), name, role, "", ""});
}

Json score(const std::string& dimension, int value, const std::string& reason)
{
    return Json{{"dimension", dimension}, {"score", value}, {"reason", reason}};
}

// The satisfaction element for `dimension`, or null.
Json scoreFor(const Json& fields, const std::string& dimension)
{
    for (const auto& s : fields["satisfaction"])
        if (s["dimension"] == dimension) return s;
    return nullptr;
}

QStringList names(const Json& people)
{
    QStringList out;
    for (const auto& p : people) out << QString::fromStdString(p["name"].get<std::string>());
    return out;
}

// The outcome's wire name, and for a refusal its problems, so a failing
// comparison shows why (Qt Test cannot print fv enums itself).
QString outcome(const MergeResult& result)
{
    const auto name = toString(result.outcome);
    QString text = QString::fromUtf8(name.data(), qsizetype(name.size()));
    for (const auto& p : result.problems) text += QString::fromStdString(" | " + p.path + " " + p.message);
    return text;
}

QStringList conflictFields(const MergeResult& result)
{
    QStringList out;
    for (const auto& c : result.conflicts) out << QString::fromStdString(c.field);
    return out;
}

} // namespace

class TstMerge : public QObject {
    Q_OBJECT

private slots:
    void currentBaseApplies()
    {
        Server server = serverWithVisit();
        const auto edit = [](Json& f) { f["runningStatus"] = "系统偶有卡顿。"; };
        const auto result = server.push(editOf(server.record, edit));
        QCOMPARE(outcome(result), QStringLiteral("applied"));
        QCOMPARE(result.fields["runningStatus"], Json("系统偶有卡顿。"));
        QVERIFY(result.conflicts.empty() && result.problems.empty() && !result.deleted);
    }

    void disjointFieldsMerge()
    {
        Server server = serverWithVisit();
        const ServerRecord seen = server.record; // three devices, one base
        QCOMPARE(outcome(server.push(editOf(seen, [](Json& f) { f["runningStatus"] = "系统偶有卡顿。"; }))),
                 QStringLiteral("applied"));
        QCOMPARE(outcome(server.push(editOf(seen, [](Json& f) { f["customerWords"] = "“导出还是慢。”"; }))),
                 QStringLiteral("merged"));
        const auto third = server.push(editOf(seen, [](Json& f) { f["potentialNeeds"] = "希望接入 ERP。"; }));
        QCOMPARE(outcome(third), QStringLiteral("merged"));
        QCOMPARE(third.fields["runningStatus"], Json("系统偶有卡顿。"));
        QCOMPARE(third.fields["customerWords"], Json("“导出还是慢。”"));
        QCOMPARE(third.fields["potentialNeeds"], Json("希望接入 ERP。"));
        QVERIFY(third.conflicts.empty());
    }

    void sameFieldDifferentValuesConflictServerWins()
    {
        Server server = serverWithVisit();
        const ServerRecord seen = server.record;
        const Json base = seen.fields["runningStatus"];
        server.push(editOf(seen, [](Json& f) { f["runningStatus"] = "甲：运行稳定。"; }));
        const auto second = server.push(editOf(seen, [](Json& f) {
            f["runningStatus"] = "乙：偶有卡顿。";
            f["competitorInfo"] = "竞品报价低 20%。"; // no one else touched this
        }));
        QCOMPARE(outcome(second), QStringLiteral("conflict"));
        QCOMPARE(second.fields["runningStatus"], Json("甲：运行稳定。")); // first accepted stays
        QCOMPARE(second.fields["competitorInfo"], Json("竞品报价低 20%。"));
        QCOMPARE(second.conflicts.size(), std::size_t(1));
        QVERIFY(second.conflicts[0] == (FieldConflict{"runningStatus", base, "甲：运行稳定。", "乙：偶有卡顿。"}));

        const auto third = server.push(editOf(seen, [](Json& f) { f["runningStatus"] = "丙：已停机。"; }));
        QCOMPARE(outcome(third), QStringLiteral("conflict"));
        QCOMPARE(third.fields["runningStatus"], Json("甲：运行稳定。"));
        QVERIFY(third.conflicts.at(0) == (FieldConflict{"runningStatus", base, "甲：运行稳定。", "丙：已停机。"}));
    }

    void sameFieldSameValueIsNoConflict()
    {
        Server server = serverWithVisit();
        const ServerRecord seen = server.record;
        const auto edit = [](Json& f) { f["solvedOnSite"] = "重启了报表服务。"; };
        server.push(editOf(seen, edit));
        const auto second = server.push(editOf(seen, edit));
        QCOMPARE(outcome(second), QStringLiteral("merged"));
        QVERIFY(second.conflicts.empty());
        QCOMPARE(second.fields["solvedOnSite"], Json("重启了报表服务。"));
    }

    void listAdditionsFromEveryDeviceSurvive()
    {
        Server server = serverWithVisit();
        const ServerRecord seen = server.record;
        server.push(editOf(seen, [](Json& f) {
            f["visitors"].push_back(person("张伟", "项目负责人"));
            f["satisfaction"].push_back(score("delivery_time", 4, "按期上线"));
        }));
        server.push(editOf(seen, [](Json& f) {
            f["visitors"].push_back(person("李娜", "技术员"));
            f["satisfaction"].push_back(score("technical_support", 5, "工程师很专业"));
        }));
        const auto third =
            server.push(editOf(seen, [](Json& f) { f["visitors"].push_back(person("赵敏", "客服员")); }));
        QCOMPARE(outcome(third), QStringLiteral("merged"));
        QCOMPARE(names(third.fields["visitors"]), QStringList({"刘洋", "张伟", "李娜", "赵敏"}));
        QCOMPARE(third.fields["satisfaction"].size(), std::size_t(4));
        QCOMPARE(scoreFor(third.fields, "delivery_time")["reason"], Json("按期上线"));
        QCOMPARE(scoreFor(third.fields, "technical_support")["score"], Json(5));
    }

    void elementEditedOnBothSidesConflicts()
    {
        Server server = serverWithVisit();
        const ServerRecord seen = server.record;
        const Json baseScore = scoreFor(seen.fields, "problem_solving");
        const Json baseVisitor = seen.fields["visitors"][0];
        const std::string visitorId = baseVisitor["id"];
        server.push(editOf(seen, [](Json& f) {
            f["satisfaction"][1]["score"] = 3;
            f["visitors"][0]["phone"] = "13700137000";
        }));
        const auto second = server.push(editOf(seen, [](Json& f) {
            f["satisfaction"][1]["score"] = 1;
            f["satisfaction"][0]["reason"] = "响应及时，态度好"; // other element: merges
            f["visitors"][0]["role"] = "高级实施顾问";
        }));
        QCOMPARE(outcome(second), QStringLiteral("conflict"));
        const QString visitorConflict = QString::fromStdString("visitors[" + visitorId + "]");
        QCOMPARE(conflictFields(second), QStringList({"satisfaction[problem_solving]", visitorConflict}));
        const auto& c = second.conflicts[0];
        QCOMPARE(c.base, baseScore);
        QCOMPARE(c.server["score"], Json(3));
        QCOMPARE(c.device["score"], Json(1));
        QCOMPARE(scoreFor(second.fields, "problem_solving")["score"], Json(3)); // server element kept
        QCOMPARE(scoreFor(second.fields, "service_attitude")["reason"], Json("响应及时，态度好"));
        QCOMPARE(second.conflicts[1].base, baseVisitor);
        QCOMPARE(second.fields["visitors"][0]["phone"], Json("13700137000"));
        QCOMPARE(second.fields["visitors"][0]["role"], Json("实施人员"));
    }

    void elementRemovedOnOneSideUntouchedOnOtherIsRemoved()
    {
        Server server = serverWithVisit();
        const ServerRecord seen = server.record;
        server.push(editOf(seen, [](Json& f) { f["customerAttendees"] = Json::array(); }));
        const auto addOne = [](Json& f) { f["customerAttendees"].push_back(person("李强", "生产主管")); };
        const auto second = server.push(editOf(seen, addOne));
        QCOMPARE(outcome(second), QStringLiteral("merged"));
        QCOMPARE(names(second.fields["customerAttendees"]), QStringList({"李强"}));
    }

    // An element edited on one side and removed on the other stays in view, like a record.
    void elementEditedAgainstRemovalIsKept()
    {
        Server server = serverWithVisit();
        ServerRecord seen = server.record;
        server.push(editOf(seen, [](Json& f) { f["satisfaction"].erase(1); }));
        auto result = server.push(editOf(seen, [](Json& f) { f["satisfaction"][1]["reason"] = "拖了两周才解决"; }));
        QCOMPARE(outcome(result), QStringLiteral("conflict"));
        QCOMPARE(conflictFields(result), QStringList({"satisfaction[problem_solving]"}));
        QVERIFY(result.conflicts[0].server.is_null());
        QCOMPARE(scoreFor(result.fields, "problem_solving")["reason"], Json("拖了两周才解决"));

        server = serverWithVisit();
        seen = server.record;
        server.push(editOf(seen, [](Json& f) { f["satisfaction"][1]["reason"] = "拖了两周才解决"; }));
        result = server.push(editOf(seen, [](Json& f) { f["satisfaction"].erase(1); }));
        QCOMPARE(outcome(result), QStringLiteral("conflict"));
        QVERIFY(result.conflicts.at(0).device.is_null());
        QCOMPARE(scoreFor(result.fields, "problem_solving")["reason"], Json("拖了两周才解决"));
    }

    void staleDeleteAgainstEditKeepsRecordAlive()
    {
        Server server = serverWithVisit();
        const ServerRecord seen = server.record;
        server.push(editOf(seen, [](Json& f) { f["customerWords"] = "“请下周再来一次。”"; }));
        const auto result = server.push(deleteOf(seen));
        QCOMPARE(outcome(result), QStringLiteral("conflict"));
        QVERIFY(!result.deleted);
        QCOMPARE(result.fields["customerWords"], Json("“请下周再来一次。”"));
        QCOMPARE(result.conflicts.size(), std::size_t(1));
        QVERIFY(result.conflicts[0] == (FieldConflict{kDeletedField, false, false, true}));
    }

    void editAgainstServerDeleteRevivesWithEdits()
    {
        Server server = serverWithVisit();
        const ServerRecord seen = server.record;
        QCOMPARE(outcome(server.push(deleteOf(seen))), QStringLiteral("applied"));
        QVERIFY(server.record.deleted);
        const auto result = server.push(editOf(seen, [](Json& f) { f["customerWords"] = "“请下周再来一次。”"; }));
        QCOMPARE(outcome(result), QStringLiteral("conflict"));
        QVERIFY(!result.deleted);
        QCOMPARE(result.fields["customerWords"], Json("“请下周再来一次。”"));
        QCOMPARE(conflictFields(result), QStringList({"_deleted"}));
        QVERIFY(result.conflicts[0] == (FieldConflict{kDeletedField, false, true, false}));
    }

    void deleteWithCurrentBaseDeletesOnce()
    {
        Server server = serverWithVisit();
        const Json fields = server.record.fields;
        auto result = server.push(deleteOf(server.record));
        QCOMPARE(outcome(result), QStringLiteral("applied"));
        QVERIFY(result.deleted);
        QCOMPARE(result.fields, fields);
        result = server.push(deleteOf(server.record)); // a second device deletes too
        QCOMPARE(outcome(result), QStringLiteral("applied"));
        QVERIFY(result.deleted && result.conflicts.empty());
        QCOMPARE(result.fields, fields);
    }

    void staleBaseWithInvalidResultIsRejected()
    {
        Server server = serverWithVisit();
        const ServerRecord seen = server.record;
        // Each edit is valid alone; together the visit ends before it starts.
        server.push(editOf(seen, [](Json& f) { f["actualEnd"] = "2026-11-30T02:00:00.000Z"; }));
        const ServerRecord before = server.record;
        const auto result = server.push(editOf(seen, [](Json& f) {
            f["actualStart"] = "2026-11-30T02:30:00.000Z";
            f["runningStatus"] = "不应被保存";
        }));
        QVERIFY(result.outcome == MergeOutcome::Rejected);
        QCOMPARE(result.problems.at(0).path, std::string("fields.actualEnd"));
        QCOMPARE(result.fields, before.fields); // nothing applied
        QVERIFY(result.conflicts.empty());
        QCOMPARE(server.record.version, before.version);
    }

    void baseVersionFromTheFutureIsRejected()
    {
        Server server = serverWithVisit();
        Mutation mutation = editOf(server.record, [](Json& f) { f["runningStatus"] = "来自未来"; });
        mutation.baseVersion = 7;
        const auto result = server.push(mutation);
        QVERIFY(result.outcome == MergeOutcome::Rejected);
        QCOMPARE(result.problems.size(), std::size_t(1));
        QCOMPARE(result.problems[0].path, std::string("baseVersion"));
        QCOMPARE(result.problems[0].message, std::string("is ahead of the server's version 1"));
        QCOMPARE(result.fields, server.record.fields);
    }

    void unknownFieldIsRejected()
    {
        Server server = serverWithVisit();
        Mutation mutation = editOf(server.record, [](Json& f) { f["runningStatus"] = "正常"; });
        mutation.changes["weather"] = {nullptr, "晴"};
        const auto result = server.push(mutation);
        QVERIFY(result.outcome == MergeOutcome::Rejected);
        QVERIFY(result.problems == Problems({{"fields.weather", "is not a known field"}}));
    }

    void updateOrDeleteOfUnknownRecordIsRejected()
    {
        const ServerRecord none;
        Mutation mutation{kVisitId, RecordType::Visit, MutationOp::Update, 0, {}};
        mutation.changes["runningStatus"] = {"", "正常"};
        QVERIFY(mergeMutation(none, mutation).problems == Problems({{"recordId", "no such record"}}));
        mutation.op = MutationOp::Delete;
        QVERIFY(mergeMutation(none, mutation).outcome == MergeOutcome::Rejected);
    }

    void createAppliesValuesInCanonicalForm()
    {
        Json fields = encode(test::sampleVisit(newUuidV7()));
        fields["plannedStart"] = "2026-11-30T09:30:00+08:00";
        const auto result = mergeMutation(ServerRecord{}, createOf(fields));
        QCOMPARE(outcome(result), QStringLiteral("applied"));
        QCOMPARE(result.fields["plannedStart"], Json("2026-11-30T01:30:00.000Z"));
        QCOMPARE(result.fields["customerWords"], fields["customerWords"]);

        fields.erase("assignee");
        const auto missing = mergeMutation(ServerRecord{}, createOf(fields));
        QVERIFY(missing.outcome == MergeOutcome::Rejected);
        QVERIFY(missing.problems == Problems({{"fields.assignee", "is required"}}));
    }

    void createForExistingRecordMergesWithNullBase()
    {
        Server server{{true, 3, false, encode(test::sampleVisit(newUuidV7()))}};
        Json fields = server.record.fields;
        auto replay = server.push(createOf(fields)); // a create whose answer was lost
        QCOMPARE(outcome(replay), QStringLiteral("merged"));
        QVERIFY(replay.conflicts.empty());

        fields["runningStatus"] = "另一台设备的内容";
        fields["visitors"].push_back(person("王芳", "技术员"));
        const auto collision = server.push(createOf(fields));
        QCOMPARE(outcome(collision), QStringLiteral("conflict"));
        QCOMPARE(conflictFields(collision), QStringList({"runningStatus"}));
        QVERIFY(collision.conflicts[0].base.is_null());
        QCOMPARE(collision.fields["runningStatus"], server.record.fields["runningStatus"]);
        QCOMPARE(names(collision.fields["visitors"]), QStringList({"刘洋", "王芳"}));
    }

    void illegalTransitionIsRejected()
    {
        Server server = serverWithVisit(); // completed
        const auto result = server.push(editOf(server.record, [](Json& f) { f["status"] = "reviewed"; }));
        QVERIFY(result.outcome == MergeOutcome::Rejected);
        QVERIFY(result.problems == Problems({{"fields.status", "cannot go from completed to reviewed"}}));

        // Illegal even when the merge would have kept the server's status.
        const ServerRecord seen = server.record;
        server.push(editOf(seen, [](Json& f) { f["status"] = "submitted"; }));
        const auto stale = server.push(editOf(seen, [](Json& f) { f["status"] = "planned"; }));
        QVERIFY(stale.outcome == MergeOutcome::Rejected);
        QCOMPARE(stale.problems.at(0).message, std::string("cannot go from completed to planned"));
    }

    void legalTransitionMergesLikeAnyField()
    {
        Server server = serverWithVisit(); // completed
        const ServerRecord seen = server.record;
        server.push(editOf(seen, [](Json& f) { f["needsChanges"] = "增加质量追溯报表和设备报表。"; }));
        const auto result = server.push(editOf(seen, [](Json& f) { f["status"] = "submitted"; }));
        QCOMPARE(outcome(result), QStringLiteral("merged"));
        QCOMPARE(result.fields["status"], Json("submitted"));
        QCOMPARE(result.fields["needsChanges"], Json("增加质量追溯报表和设备报表。"));
    }

    // The server's provisional status can make the device's other edits
    // invalid: reopened on the device (actualEnd cleared) but submitted on the
    // server. Nothing is half-applied; the whole mutation comes back refused.
    void provisionalWinnerThatInvalidatesOtherEditsRejects()
    {
        Server server = serverWithVisit();
        const ServerRecord seen = server.record;
        server.push(editOf(seen, [](Json& f) { f["status"] = "submitted"; }));
        const auto result = server.push(editOf(seen, [](Json& f) {
            f["status"] = "in_progress";
            f["actualEnd"] = nullptr;
        }));
        QVERIFY(result.outcome == MergeOutcome::Rejected);
        QVERIFY(result.problems ==
                Problems({{"fields.actualEnd", "is required once the visit is completed"}}));
        QCOMPARE(result.fields["status"], Json("submitted"));
    }

    // Which lists merge element by element follows from the domain types.
    void listKeysComeFromTheSchema()
    {
        QCOMPARE(elementKeyOf(RecordType::Visit, "visitors"), std::string("id"));
        QCOMPARE(elementKeyOf(RecordType::Visit, "customerAttendees"), std::string("id"));
        QCOMPARE(elementKeyOf(RecordType::Visit, "satisfaction"), std::string("dimension"));
        QCOMPARE(elementKeyOf(RecordType::Project, "milestones"), std::string("id"));
        QCOMPARE(elementKeyOf(RecordType::Customer, "contacts"), std::string("id"));
        QCOMPARE(elementKeyOf(RecordType::Acceptance, "deliverables"), std::string("id"));
        QCOMPARE(elementKeyOf(RecordType::Acceptance, "rectifications"), std::string("id"));
        QCOMPARE(elementKeyOf(RecordType::Project, "team"), std::string()); // no element id: one value
        QCOMPARE(elementKeyOf(RecordType::Signature, "strokes"), std::string());
        QCOMPARE(elementKeyOf(RecordType::Visit, "runningStatus"), std::string());
        QVERIFY(isKnownField(RecordType::Acceptance, "rectifications"));
        QVERIFY(!isKnownField(RecordType::Acceptance, "visitors"));
    }

    void acceptanceListsMergeByElement()
    {
        const std::string id = newUuidV7();
        const ServerRecord seen{true, 4, false, encode(test::sampleAcceptance(newUuidV7()))};
        const auto edit = [&](const std::function<void(Json&)>& change) {
            Json after = seen.fields;
            change(after);
            return Mutation{id, RecordType::Acceptance, MutationOp::Update, seen.version,
                            diffFields(seen.fields, after)};
        };
        auto first = mergeMutation(seen, edit([](Json& f) {
            f["deliverables"].push_back(Json{{"id", newUuidV7()},
                                             {"content", "数据迁移报告"},
                                             {"deliveredOn", nullptr},
                                             {"method", "电子版"},
                                             {"accepted", false}});
        }));
        QCOMPARE(outcome(first), QStringLiteral("applied"));
        const ServerRecord now{true, 5, false, first.fields};
        const auto second = mergeMutation(now, edit([](Json& f) {
            f["rectifications"][0]["done"] = true;
            f["deliverables"][1]["accepted"] = true;
        }));
        QCOMPARE(outcome(second), QStringLiteral("merged"));
        QCOMPARE(second.fields["deliverables"].size(), std::size_t(3));
        QCOMPARE(second.fields["deliverables"][1]["accepted"], Json(true));
        QCOMPARE(second.fields["deliverables"][2]["content"], Json("数据迁移报告"));
        QCOMPARE(second.fields["rectifications"][0]["done"], Json(true));
    }

    void negativeBaseVersionIsRejected()
    {
        Server server = serverWithVisit();
        Mutation mutation = editOf(server.record, [](Json& f) { f["runningStatus"] = "正常"; });
        mutation.baseVersion = -1;
        QVERIFY(server.push(mutation).problems == Problems({{"baseVersion", "must not be negative"}}));
    }

    void sameInputsGiveIdenticalOutput()
    {
        Server server = serverWithVisit();
        const ServerRecord seen = server.record;
        server.push(editOf(seen, [](Json& f) {
            f["runningStatus"] = "甲";
            f["visitors"].push_back(person("张伟", "项目负责人"));
            f["satisfaction"][1]["score"] = 3;
        }));
        const Mutation second = editOf(seen, [](Json& f) {
            f["runningStatus"] = "乙";
            f["visitors"].push_back(person("李娜", "技术员"));
            f["satisfaction"][1]["score"] = 4;
        });
        const auto once = mergeMutation(server.record, second);
        const auto twice = mergeMutation(server.record, second);
        QCOMPARE(outcome(once), QStringLiteral("conflict"));
        QVERIFY(once == twice);
        QCOMPARE(once.fields.dump(), twice.fields.dump());
        QCOMPARE(conflictFields(once), conflictFields(twice));
    }
};

QTEST_APPLESS_MAIN(TstMerge)
#include "moc_tst_merge.cpp"
