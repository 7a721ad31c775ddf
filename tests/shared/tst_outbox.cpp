#include "sample_records.h"
#include "temp_store.h"
#include "util/uuid.h"

#include <QtTest>

using namespace fv;

namespace {

// A second connection to the same file, as a crash-test harness: it plants a
// trigger that fails the outbox write in the middle of a save.
void failOutboxWrites(const std::string& path, const char* event)
{
    sqlite::Database db(path);
    db.exec(std::string("CREATE TRIGGER injected_failure BEFORE ") + event +
            " ON outbox BEGIN SELECT RAISE(ABORT, 'injected failure'); END");
}

void healOutboxWrites(const std::string& path) { sqlite::Database(path).exec("DROP TRIGGER injected_failure"); }

} // namespace

class TstOutbox : public QObject {
    Q_OBJECT

private slots:
    void createQueuesEveryFieldWithNullBase()
    {
        test::TempStore store;
        const auto saved = store->save(test::newRecord(test::sampleVisit(newUuidV7())));
        const auto pending = store->outbox().pending(10);
        QCOMPARE(pending.size(), std::size_t(1));
        const auto& m = pending[0].mutation;
        QCOMPARE(m.recordId, saved.meta.id);
        QVERIFY(m.op == MutationOp::Create);
        QCOMPARE(m.baseVersion, 0);
        QCOMPARE(m.changes.size(), encode(saved.body).size());
        QVERIFY(m.changes.at("customerWords").base.is_null());
        QCOMPARE(m.changes.at("customerWords").value.get<std::string>(), saved.body.customerWords);
    }

    void editsFoldIntoTheWaitingEntryKeepingOriginalBases()
    {
        test::TempStore store;
        auto visit = store->save(test::newRecord(test::sampleVisit(newUuidV7())));
        store->database().exec("DELETE FROM outbox; UPDATE records SET version = 4"); // as if synced
        visit.meta.version = 4;
        const std::string original = visit.body.runningStatus;

        visit.body.runningStatus = "运行正常";
        visit = store->save(visit);
        visit.body.runningStatus = "运行正常，偶有卡顿";
        visit.body.customerWords = "“挺好的。”";
        visit = store->save(visit);

        const auto pending = store->outbox().pending(10);
        QCOMPARE(pending.size(), std::size_t(1));
        const auto& m = pending[0].mutation;
        QVERIFY(m.op == MutationOp::Update);
        QCOMPARE(m.baseVersion, 4);
        QCOMPARE(m.changes.size(), std::size_t(2));
        QCOMPARE(m.changes.at("runningStatus").base.get<std::string>(), original);
        QCOMPARE(QString::fromStdString(m.changes.at("runningStatus").value.get<std::string>()),
                 QStringLiteral("运行正常，偶有卡顿"));
    }

    void editingBackToTheServerValueLeavesNothingToSend()
    {
        test::TempStore store;
        auto visit = store->save(test::newRecord(test::sampleVisit(newUuidV7())));
        store->database().exec("DELETE FROM outbox; UPDATE records SET version = 1");
        const std::string original = visit.body.runningStatus;
        visit.body.runningStatus = "临时修改";
        visit = store->save(visit);
        QCOMPARE(store->outbox().size(), 1);
        visit.body.runningStatus = original;
        store->save(visit);
        QCOMPARE(store->outbox().size(), 0);
    }

    void savingUnchangedRecordQueuesNothing()
    {
        test::TempStore store;
        const auto visit = store->save(test::newRecord(test::sampleVisit(newUuidV7())));
        store->database().exec("DELETE FROM outbox");
        const auto again = store->save(visit);
        QVERIFY(again == visit);
        QCOMPARE(store->outbox().size(), 0);
    }

    void entryOnTheWireIsNeverRewritten()
    {
        test::TempStore store;
        auto visit = store->save(test::newRecord(test::sampleVisit(newUuidV7())));
        store->database().exec("UPDATE outbox SET state = 'sending'");
        const auto sent = store->outbox().pending(10).at(0);
        visit.body.runningStatus = "上线后第二天";
        store->save(visit);
        const auto pending = store->outbox().pending(10);
        QCOMPARE(pending.size(), std::size_t(2));
        QVERIFY(pending[0].mutation == sent.mutation);
        QCOMPARE(pending[1].mutation.changes.size(), std::size_t(1));
    }

    void rebaseMovesOnlyEntriesNotYetSent()
    {
        test::TempStore store;
        auto visit = store->save(test::newRecord(test::sampleVisit(newUuidV7())));
        store->database().exec("DELETE FROM outbox; UPDATE records SET version = 2");
        visit.body.runningStatus = "第一次修改";
        visit = store->save(visit);
        store->outbox().markSending(store->outbox().pending(10));
        visit.body.customerWords = "第二次修改";
        store->save(visit);
        QCOMPARE(store->outbox().lastSeq(), store->outbox().pending(10).back().seq);
        QVERIFY(store->outbox().recordsWaiting().contains(visit.meta.id));

        store->outbox().rebase(visit.meta.id, 2, 3);
        const auto entries = store->outbox().entriesFor(visit.meta.id);
        QCOMPARE(entries.size(), std::size_t(2));
        QCOMPARE(entries[0].mutation.baseVersion, 2); // on the wire: untouched
        QCOMPARE(entries[1].mutation.baseVersion, 3);

        store->outbox().remove(entries[0].seq);
        store->outbox().remove(entries[1].seq);
        QCOMPARE(store->outbox().lastSeq(), 0);
        QVERIFY(store->outbox().recordsWaiting().empty());
    }

    void deletingARecordTheServerNeverSawSendsNothing()
    {
        test::TempStore store;
        const auto visit = store->save(test::newRecord(test::sampleVisit(newUuidV7())));
        store->remove(visit.meta.id);
        QCOMPARE(store->outbox().size(), 0);
    }

    void deletingASyncedRecordQueuesADelete()
    {
        test::TempStore store;
        const auto visit = store->save(test::newRecord(test::sampleVisit(newUuidV7())));
        store->database().exec("DELETE FROM outbox; UPDATE records SET version = 2");
        store->remove(visit.meta.id);
        const auto pending = store->outbox().pending(10);
        QCOMPARE(pending.size(), std::size_t(1));
        QVERIFY(pending[0].mutation.op == MutationOp::Delete);
        QCOMPARE(pending[0].mutation.baseVersion, 2);
    }

    void failedOutboxInsertLeavesNoRecord()
    {
        test::TempStore store;
        failOutboxWrites(store.path(), "INSERT");
        auto visit = test::newRecord(test::sampleVisit(newUuidV7()));
        visit.meta.id = newUuidV7();
        QVERIFY_THROWS_EXCEPTION(Error, store->save(visit));
        QVERIFY(!store->find(visit.meta.id).has_value());
        QCOMPARE(store->outbox().size(), 0);
        healOutboxWrites(store.path());
        store->save(visit); // and the store still works afterwards
        QVERIFY(store->find(visit.meta.id).has_value());
        QCOMPARE(store->outbox().size(), 1);
    }

    void failedOutboxUpdateLeavesRecordAsItWas()
    {
        test::TempStore store;
        const auto visit = store->save(test::newRecord(test::sampleVisit(newUuidV7())));
        failOutboxWrites(store.path(), "UPDATE");
        auto edited = visit;
        edited.body.customerWords = "这句话不应被保存";
        QVERIFY_THROWS_EXCEPTION(Error, store->save(edited));
        QVERIFY(store->get<Visit>(visit.meta.id) == visit);
        QVERIFY(store->outbox().pending(10).at(0).mutation.changes.at("customerWords").value ==
                visit.body.customerWords);
    }

    void failedDeleteLeavesRecordAlive()
    {
        test::TempStore store;
        const auto visit = store->save(test::newRecord(test::sampleVisit(newUuidV7())));
        store->database().exec("DELETE FROM outbox; UPDATE records SET version = 1");
        failOutboxWrites(store.path(), "INSERT");
        QVERIFY_THROWS_EXCEPTION(Error, store->remove(visit.meta.id));
        QVERIFY(!store->find(visit.meta.id)->meta.deleted);
    }
};

QTEST_APPLESS_MAIN(TstOutbox)
#include "moc_tst_outbox.cpp"
