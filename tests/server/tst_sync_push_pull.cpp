// Several devices against the real server on loopback: merges, conflicts kept
// with both values, delete against edit, replays applied once, and pulls that
// race pushes without skipping a change.

#include "json/record_json.h"
#include "sample_records.h"
#include "store/sqlite/database.h"
#include "sync_fixture.h"
#include "util/uuid.h"

#include <QtTest>

#include <set>

using namespace fv;

namespace {

const char* status(const test::HttpReply& reply, std::size_t i = 0)
{
    static std::string text;
    text = reply.body["results"][i]["status"].get<std::string>();
    return text.c_str();
}

int countRows(const std::string& databasePath, const std::string& sql)
{
    sqlite::Database db(databasePath);
    auto statement = db.prepare(sql);
    statement.step();
    return int(statement.columnInt(0));
}

std::string queryText(const std::string& databasePath, const std::string& sql)
{
    sqlite::Database db(databasePath);
    auto statement = db.prepare(sql);
    statement.step();
    return statement.columnText(0);
}

// A replay's answer says what the first answer said: status (as firstStatus), version and details.
bool answersAsFirst(const Json& replayed, const Json& first)
{
    return replayed["status"] == "duplicate" && replayed["firstStatus"] == first["status"] &&
           replayed["seq"] == first["seq"] && replayed["recordId"] == first["recordId"] &&
           replayed["version"] == first["version"] && replayed["conflicts"] == first["conflicts"] &&
           replayed["problems"] == first["problems"];
}

} // namespace

class TstSyncPushPull : public QObject {
    Q_OBJECT

    test::SyncFixture m_fixture;
    QString m_office, m_alice, m_bob, m_carol;
    std::string m_projectId = newUuidV7(), m_customerId = newUuidV7();
    std::int64_t m_officeSeq = 0;

    // A fresh visit in the project, created by the back office: every test
    // starts from version 1 of its own visit.
    RawRecord newVisit()
    {
        const std::string id = newUuidV7();
        auto visit = test::sampleVisit(m_projectId);
        const auto reply = m_fixture.push(m_office, "office-pc", {test::createOf(++m_officeSeq, id, visit)});
        return *pushResultFromJson(reply.body["results"][0]).record;
    }

    RawRecord current(const std::string& id) { return m_fixture.pullAll(m_office).at(id); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_fixture.start());
        const QString project = QString::fromStdString(m_projectId);
        QVERIFY(m_fixture.createUser("office", "back_office"));
        QVERIFY(m_fixture.createUser("alice", "field_staff", {project}));
        QVERIFY(m_fixture.createUser("bob", "field_staff", {project}));
        QVERIFY(m_fixture.createUser("carol", "project_lead", {project}));
        m_office = m_fixture.login("office");
        m_alice = m_fixture.login("alice");
        m_bob = m_fixture.login("bob");
        m_carol = m_fixture.login("carol");
        QVERIFY(!m_office.isEmpty() && !m_alice.isEmpty() && !m_bob.isEmpty() && !m_carol.isEmpty());
        const auto reply = m_fixture.push(m_office, "office-pc",
                                          {test::createOf(++m_officeSeq, m_customerId, test::sampleCustomer()),
                                           test::createOf(++m_officeSeq, m_projectId, test::sampleProject(m_customerId))});
        QCOMPARE(reply.status, 200);
        QCOMPARE(status(reply, 0), "applied");
        QCOMPARE(status(reply, 1), "applied");
    }

    // The device takes the answer's record as its copy: it must be the record exactly as stored.
    void createAnswerCarriesTheRecordAsStored()
    {
        const std::string id = newUuidV7();
        const auto visit = test::sampleVisit(m_projectId);
        const auto reply =
            m_fixture.push(m_alice, "tablet-answers", {test::createOf(1, id, visit), test::createOf(2, id, visit)});
        QCOMPARE(status(reply, 0), "applied");
        const auto answered = pushResultFromJson(reply.body["results"][0]).record;
        QVERIFY(answered.has_value());
        const auto stored = current(id);
        QCOMPARE(encodeRecord(*answered).dump(), encodeRecord(stored).dump());
        QCOMPARE(answered->meta.author, std::string("alice"));
        QCOMPARE(answered->meta.version, 1);
        // The same id created again in the batch meets the stored record: nothing left to change.
        QCOMPARE(status(reply, 1), "merged");
        QCOMPARE(pushResultFromJson(reply.body["results"][1]).version, 1);
    }

    void disjointFieldsFromTwoDevicesMerge()
    {
        const auto base = newVisit();
        auto a = base.fields, b = base.fields;
        a["runningStatus"] = "运行平稳";
        b["customerWords"] = "“报表导出还是慢。”";
        const auto first = m_fixture.push(m_alice, "tablet-a", {test::updateOf(1, base, a)});
        const auto second = m_fixture.push(m_bob, "tablet-b", {test::updateOf(1, base, b)});
        QCOMPARE(status(first), "applied");
        QCOMPARE(status(second), "merged");
        QCOMPARE(second.body["results"][0]["version"].get<int>(), 3);
        const auto merged = current(base.meta.id);
        QCOMPARE(merged.fields["runningStatus"].get<std::string>(), std::string("运行平稳"));
        QCOMPARE(merged.fields["customerWords"].get<std::string>(), std::string("“报表导出还是慢。”"));
    }

    void sameFieldConflictKeepsBothValues()
    {
        const auto base = newVisit();
        auto a = base.fields, b = base.fields;
        a["customerWords"] = "“很满意。”";
        b["customerWords"] = "“不太满意。”";
        QCOMPARE(status(m_fixture.push(m_alice, "tablet-a", {test::updateOf(2, base, a)})), "applied");
        const auto reply = m_fixture.push(m_bob, "tablet-b", {test::updateOf(2, base, b)});
        QCOMPARE(status(reply), "conflict");
        const auto conflict = reply.body["results"][0]["conflicts"][0];
        QCOMPARE(conflict["field"].get<std::string>(), std::string("customerWords"));
        QCOMPARE(conflict["base"], base.fields["customerWords"]);
        QCOMPARE(conflict["server"].get<std::string>(), std::string("“很满意。”"));
        QCOMPARE(conflict["device"].get<std::string>(), std::string("“不太满意。”"));
        // The first accepted value stays provisionally; the other is kept for review, with who sent it.
        QCOMPARE(current(base.meta.id).fields["customerWords"].get<std::string>(), std::string("“很满意。”"));
        QCOMPARE(countRows(m_fixture.databasePath(), "SELECT count(*) FROM conflicts WHERE record_id = '" +
                                                         base.meta.id + "' AND user_id = 'bob' AND device_id = "
                                                         "'tablet-b' AND device = '\"“不太满意。”\"'"),
                 1);
    }

    void threeDevicesAddListElementsAndAgree()
    {
        const auto base = newVisit();
        auto a = base.fields, b = base.fields, c = base.fields;
        a["runningStatus"] = "正常";
        a["visitors"].push_back(encode(Person{newUuidV7(), "赵敏", "技术员", "", ""}));
        b["runningStatus"] = "正常"; // the same change twice is no conflict
        c["visitors"].push_back(encode(Person{newUuidV7(), "孙浩", "客服经理", "", ""}));
        QCOMPARE(status(m_fixture.push(m_alice, "tablet-a", {test::updateOf(3, base, a)})), "applied");
        QCOMPARE(status(m_fixture.push(m_bob, "tablet-b", {test::updateOf(3, base, b)})), "merged");
        QCOMPARE(status(m_fixture.push(m_carol, "tablet-c", {test::updateOf(1, base, c)})), "merged");
        const auto visitors = current(base.meta.id).fields["visitors"];
        QCOMPARE(visitors.size(), base.fields["visitors"].size() + 2);
        QCOMPARE(visitors[visitors.size() - 2]["name"].get<std::string>(), std::string("赵敏"));
        QCOMPARE(visitors[visitors.size() - 1]["name"].get<std::string>(), std::string("孙浩"));
    }

    void deleteAgainstEditIsAConflictAndNothingVanishes()
    {
        const auto base = newVisit();
        auto edited = base.fields;
        edited["competitorInfo"] = "竞品报价低 15%";
        QCOMPARE(status(m_fixture.push(m_alice, "tablet-a", {test::deleteOf(4, base)})), "applied");
        const auto reply = m_fixture.push(m_bob, "tablet-b", {test::updateOf(4, base, edited)});
        QCOMPARE(status(reply), "conflict");
        QCOMPARE(reply.body["results"][0]["conflicts"][0]["field"].get<std::string>(), std::string("_deleted"));
        const auto after = current(base.meta.id);
        QVERIFY(!after.meta.deleted);
        QCOMPARE(after.fields["competitorInfo"].get<std::string>(), std::string("竞品报价低 15%"));
    }

    void replayedBatchAppliesOnceWithTheSameAnswers()
    {
        const auto base = newVisit();
        auto edited = base.fields;
        edited["needsChanges"] = "增加设备点检模块";
        const std::vector batch{test::updateOf(5, base, edited),
                                test::createOf(6, newUuidV7(), test::sampleIssue(m_projectId, base.meta.id))};
        const auto first = m_fixture.push(m_alice, "tablet-a", batch);
        const auto changesBefore = countRows(m_fixture.databasePath(), "SELECT max(change_seq) FROM records");
        const auto again = m_fixture.push(m_alice, "tablet-a", batch); // the first answer was "lost"
        QCOMPARE(status(again, 0), "duplicate");
        QCOMPARE(status(again, 1), "duplicate");
        QCOMPARE(again.body["results"][0]["firstStatus"], first.body["results"][0]["status"]);
        QCOMPARE(again.body["results"][1]["version"], first.body["results"][1]["version"]);
        QCOMPARE(countRows(m_fixture.databasePath(), "SELECT max(change_seq) FROM records"), changesBefore);
        QCOMPARE(current(base.meta.id).meta.version, 2);
    }

    // A resent batch can carry changes queued after the lost answer: the ones already applied
    // answer as they first did, the new ones apply, and the ledger keeps one row per batch.
    void batchMixingReplaysAndNewChangesAppliesOnlyTheNew()
    {
        const auto edited = newVisit(), contested = newVisit();
        auto fields = edited.fields, mine = contested.fields, theirs = contested.fields;
        fields["needsChanges"] = "巡检报表按月导出";
        mine["customerWords"] = "“很满意。”";
        theirs["customerWords"] = "“还要再看看。”";
        const std::vector firstBatch{test::updateOf(1, edited, fields),
                                     test::createOf(2, newUuidV7(), test::sampleIssue(m_projectId, edited.meta.id))};
        const auto first = m_fixture.push(m_alice, "tablet-mixed", firstBatch);
        QCOMPARE(status(first, 0), "applied");
        QCOMPARE(status(m_fixture.push(m_bob, "tablet-mixed-b", {test::updateOf(1, contested, theirs)})), "applied");

        auto batch = firstBatch;
        batch.push_back(test::updateOf(3, contested, mine));
        batch.push_back(test::createOf(5, newUuidV7(), test::sampleIssue(m_projectId, contested.meta.id)));
        const auto mixed = m_fixture.push(m_alice, "tablet-mixed", batch);
        QCOMPARE(mixed.status, 200);
        QVERIFY(answersAsFirst(mixed.body["results"][0], first.body["results"][0]));
        QVERIFY(answersAsFirst(mixed.body["results"][1], first.body["results"][1]));
        QCOMPARE(status(mixed, 2), "conflict");
        QCOMPARE(status(mixed, 3), "applied");
        QCOMPARE(current(edited.meta.id).meta.version, 2); // applied once

        const auto again = m_fixture.push(m_alice, "tablet-mixed", batch);
        const std::vector<Json> firstAnswers{first.body["results"][0], first.body["results"][1],
                                             mixed.body["results"][2], mixed.body["results"][3]};
        for (std::size_t i = 0; i < firstAnswers.size(); ++i)
            QVERIFY2(answersAsFirst(again.body["results"][i], firstAnswers[i]),
                     again.body["results"][i].dump().c_str());
        // 4 was skipped: below the device's last sequence, yet never answered.
        const auto skipped = m_fixture.push(m_alice, "tablet-mixed", {test::updateOf(4, edited, fields)});
        QCOMPARE(status(skipped), "duplicate");
        QVERIFY(!skipped.body["results"][0].contains("firstStatus"));

        // The first batch, then the new part of the mixed one; the full replays added nothing.
        QCOMPARE(queryText(m_fixture.databasePath(),
                           "SELECT group_concat(first_seq || '-' || last_seq, ' ') FROM (SELECT first_seq, last_seq "
                           "FROM mutation_batches WHERE device_id = 'tablet-mixed' ORDER BY last_seq)"),
                 std::string("1-2 3-5"));
    }

    void editingSignedContentVoidsTheSignature()
    {
        const auto base = newVisit();
        const std::string signatureId = newUuidV7();
        QCOMPARE(status(m_fixture.push(m_alice, "tablet-a",
                                       {test::createOf(7, signatureId, test::sampleSignature(m_projectId, base.meta.id))})),
                 "applied");
        auto edited = base.fields;
        edited["customerWords"] = "签字后又改了这句话";
        QCOMPARE(status(m_fixture.push(m_alice, "tablet-a", {test::updateOf(8, base, edited)})), "applied");
        const auto signature = current(signatureId);
        QVERIFY(signature.fields["voided"].get<bool>());
        QVERIFY(signature.fields["voidReason"].get<std::string>().find("customerWords") != std::string::npos);
        QCOMPARE(signature.meta.version, 2);
    }

    void pullsRacingPushesSkipNothing()
    {
        // One device pushes 40 batches of 25 new issues while another pulls as fast as it can.
        constexpr int kBatches = 40, kPerBatch = 25;
        const auto visit = newVisit();
        std::set<std::string> pushed, seen;
        std::int64_t cursor = m_fixture.pull(m_bob, 0, 5000).body["nextCursor"].get<std::int64_t>();
        QNetworkAccessManager pusherNetwork;
        int sent = 0;
        std::int64_t seq = 100;
        std::function<void()> pushNext = [&] {
            std::vector<PushMutation> batch;
            for (int i = 0; i < kPerBatch; ++i) {
                const auto id = newUuidV7();
                pushed.insert(id);
                batch.push_back(test::createOf(++seq, id, test::sampleIssue(m_projectId, visit.meta.id)));
            }
            QNetworkRequest request(m_fixture.server().url("/v1/sync/push"));
            request.setRawHeader("Authorization", "Bearer " + m_alice.toUtf8());
            request.setRawHeader("X-FieldVisit-App", "0.1.0-test");
            request.setRawHeader("X-FieldVisit-Protocol", "1");
            request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
            auto* reply = pusherNetwork.post(request, QByteArray::fromStdString(
                                                          encode(PushRequest{"tablet-race", batch}).dump()));
            connect(reply, &QNetworkReply::finished, this, [&, reply] {
                reply->deleteLater();
                if (++sent < kBatches) pushNext();
            });
        };
        pushNext();
        int pulls = 0;
        while (sent < kBatches) {
            const auto page = pullResponseFromJson(m_fixture.pull(m_bob, cursor, 7).body);
            for (const auto& r : page.records) seen.insert(r.meta.id);
            cursor = page.nextCursor;
            ++pulls;
        }
        for (bool more = true; more;) {
            const auto page = pullResponseFromJson(m_fixture.pull(m_bob, cursor, 500).body);
            for (const auto& r : page.records) seen.insert(r.meta.id);
            cursor = page.nextCursor;
            more = page.hasMore;
        }
        QVERIFY2(pulls > 5, "the pulls did not overlap the pushes");
        for (const auto& id : pushed) QVERIFY2(seen.count(id), ("pull skipped " + id).c_str());
    }
};

QTEST_MAIN(TstSyncPushPull)
#include "moc_tst_sync_push_pull.cpp"
