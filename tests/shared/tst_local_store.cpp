#include "sample_records.h"
#include "temp_store.h"
#include "util/uuid.h"

#include <QtTest>

#include <set>

using namespace fv;

class TstLocalStore : public QObject {
    Q_OBJECT

private slots:
    void createStampsAndReadsBack()
    {
        test::TempStore store;
        const auto saved = store->save(test::newRecord(test::sampleCustomer()));
        QVERIFY(isUuid(saved.meta.id));
        QCOMPARE(saved.meta.version, 0);
        QCOMPARE(QString::fromStdString(saved.meta.author), QStringLiteral("liuyang"));
        QCOMPARE(QString::fromStdString(saved.meta.device), QStringLiteral("tablet-07"));
        QVERIFY(saved.meta.createdAt == saved.meta.updatedAt);

        const auto loaded = store->get<Customer>(saved.meta.id);
        QVERIFY(loaded.has_value());
        QVERIFY(*loaded == saved);
        QCOMPARE(QString::fromStdString(loaded->body.contacts[0].name), QStringLiteral("王丽"));
    }

    void updateKeepsIdentityAndCreationTime()
    {
        test::TempStore store;
        auto saved = store->save(test::newRecord(test::sampleCustomer()));
        saved.body.address = "上海市闵行区";
        const auto updated = store->save(saved);
        QCOMPARE(updated.meta.id, saved.meta.id);
        QVERIFY(updated.meta.createdAt == saved.meta.createdAt);
        QVERIFY(updated.meta.updatedAt >= saved.meta.updatedAt);
        QCOMPARE(QString::fromStdString(store->get<Customer>(saved.meta.id)->body.address), QStringLiteral("上海市闵行区"));
    }

    void deleteLeavesATombstone()
    {
        test::TempStore store;
        const auto saved = store->save(test::newRecord(test::sampleCustomer()));
        store->remove(saved.meta.id);
        const auto tombstone = store->find(saved.meta.id);
        QVERIFY(tombstone.has_value());
        QVERIFY(tombstone->meta.deleted);
        // Editing a deleted record is refused, not silently resurrected.
        QVERIFY_THROWS_EXCEPTION(ValidationError, store->save(saved));
        QVERIFY_THROWS_EXCEPTION(Error, store->remove(newUuidV7()));
    }

    void invalidRecordIsRefusedAndNothingChanges()
    {
        test::TempStore store;
        auto saved = store->save(test::newRecord(test::sampleVisit(newUuidV7())));
        const auto outboxBefore = store->outbox().size();
        auto broken = saved;
        broken.body.satisfaction[0].score = 9;
        broken.body.assignee.clear();
        try {
            store->save(broken);
            QFAIL("an invalid visit was saved");
        } catch (const ValidationError& e) {
            QCOMPARE(e.problems().size(), std::size_t(2));
            // Nested values are checked before the rules of the record as a whole.
            QCOMPARE(QString::fromStdString(e.problems()[0].path), QStringLiteral("fields.satisfaction[0].score"));
            QCOMPARE(QString::fromStdString(e.problems()[1].path), QStringLiteral("fields.assignee"));
        }
        QVERIFY(store->get<Visit>(saved.meta.id) == saved);
        QCOMPARE(store->outbox().size(), outboxBefore);
    }

    void recordTypeCannotChange()
    {
        test::TempStore store;
        const auto customer = store->save(test::newRecord(test::sampleCustomer()));
        auto project = test::newRecord(test::sampleProject(newUuidV7()));
        project.meta.id = customer.meta.id;
        QVERIFY_THROWS_EXCEPTION(ValidationError, store->save(project));
    }

    void visitsByDateStatusAndAssignee()
    {
        test::TempStore store;
        const auto projectA = newUuidV7(), projectB = newUuidV7();
        auto plan = [&](const char* date, VisitStatus status, const char* assignee, const std::string& project) {
            auto visit = test::sampleVisit(project);
            visit.plannedDate = *Date::parse(date);
            visit.status = status;
            visit.assignee = assignee;
            if (status == VisitStatus::Planned) visit.actualStart = visit.actualEnd = std::nullopt;
            return store->save(test::newRecord(visit)).meta.id;
        };
        const auto today1 = plan("2026-11-30", VisitStatus::Planned, "liuyang", projectA);
        const auto today2 = plan("2026-11-30", VisitStatus::Completed, "liuyang", projectB);
        const auto overdue = plan("2026-11-20", VisitStatus::Planned, "liuyang", projectA);
        plan("2026-11-30", VisitStatus::Planned, "zhangwei", projectA);
        plan("2026-12-05", VisitStatus::Planned, "liuyang", projectB);
        const auto cancelled = plan("2026-11-30", VisitStatus::Planned, "liuyang", projectA);
        store->remove(cancelled);

        auto ids = [](const std::vector<Record<Visit>>& visits) {
            std::set<std::string> out;
            for (const auto& v : visits) out.insert(v.meta.id);
            return out;
        };
        const auto day = *Date::parse("2026-11-30");
        QCOMPARE(ids(store->visits({.plannedFrom = day, .plannedTo = day, .assignee = "liuyang"})),
                 (std::set<std::string>{today1, today2}));
        QCOMPARE(ids(store->visits({.plannedTo = *Date::parse("2026-11-29"),
                                    .statuses = {VisitStatus::Planned, VisitStatus::InProgress},
                                    .assignee = "liuyang"})),
                 (std::set<std::string>{overdue}));
        QCOMPARE(store->visits({.plannedFrom = day, .plannedTo = day}).size(), std::size_t(3));
        QCOMPARE(store->visits({.projectId = projectB}).size(), std::size_t(2));

        const auto ordered = store->visits({.assignee = "liuyang"});
        QCOMPARE(ordered.front().meta.id, overdue); // earliest planned date first
    }

    void projectHistoryHoldsEverythingOfTheProject()
    {
        test::TempStore store;
        const auto customer = store->save(test::newRecord(test::sampleCustomer()));
        const auto project = store->save(test::newRecord(test::sampleProject(customer.meta.id)));
        const auto& pid = project.meta.id;
        const auto visit = store->save(test::newRecord(test::sampleVisit(pid)));
        store->save(test::newRecord(test::sampleIssue(pid, visit.meta.id)));
        store->save(test::newRecord(test::sampleAttachment(pid, visit.meta.id)));
        store->save(test::newRecord(test::sampleAcceptance(pid)));
        store->save(test::newRecord(test::sampleVisit(newUuidV7()))); // another project's

        const auto history = store->projectHistory(pid);
        QCOMPARE(history.size(), std::size_t(5));
        std::multiset<RecordType> types;
        for (const auto& r : history) types.insert(r.meta.type);
        QCOMPARE(types, (std::multiset<RecordType>{RecordType::Project, RecordType::Visit, RecordType::Issue,
                                                   RecordType::Attachment, RecordType::Acceptance}));
        for (std::size_t i = 1; i < history.size(); ++i)
            QVERIFY(history[i - 1].meta.updatedAt >= history[i].meta.updatedAt);
    }

    void reopeningKeepsEverything()
    {
        QTemporaryDir dir;
        const auto path = dir.filePath("device.sqlite").toStdString();
        std::string id;
        {
            LocalStore store(path, {"liuyang", "tablet-07"});
            id = store.save(test::newRecord(test::sampleVisit(newUuidV7()))).meta.id;
        }
        LocalStore reopened(path, {"liuyang", "tablet-07"});
        QVERIFY(reopened.get<Visit>(id).has_value());
        QCOMPARE(reopened.outbox().size(), 1);
    }
};

QTEST_APPLESS_MAIN(TstLocalStore)
#include "moc_tst_local_store.cpp"
