// acceptance/acceptance_editor.cpp over a real database file: every change to
// an acceptance report is saved at once with its outbox entry, a reopened
// report shows it, refused input changes nothing, and a change voids the
// report's signatures.

#include "acceptance/acceptance_editor.h"
#include "signature/signed_document_reads.h"
#include "store_fixture.h"

#include <QAbstractItemModelTester>
#include <QtTest>
#include <functional>

using namespace fv;

namespace {

// The value of `field` in the last outbox entry queued for the report.
Json queued(test::StoreFixture& f, const QString& acceptanceId, const std::string& field)
{
    const auto entries = f.store.local()->outbox().entriesFor(acceptanceId.toStdString());
    if (entries.empty()) return nullptr;
    const auto& changes = entries.back().mutation.changes;
    const auto change = changes.find(field);
    return change == changes.end() ? Json() : change->second.value;
}

// A second editor on the same database: what someone opening the report later sees.
std::unique_ptr<AcceptanceEditor> reopened(test::StoreFixture& f, const QString& acceptanceId)
{
    auto editor = std::make_unique<AcceptanceEditor>();
    editor->setStore(&f.store);
    editor->open(acceptanceId);
    return editor;
}

QVariant cell(QAbstractItemModel* model, int row, int role) { return model->index(row, 0).data(role); }

} // namespace

class TstAcceptanceEditor : public QObject {
    Q_OBJECT

private slots:
    void createsAReportForTheProject()
    {
        test::StoreFixture f;
        AcceptanceEditor editor;
        editor.setStore(&f.store);
        QVERIFY(editor.create(QString::fromStdString(f.projectId)));
        QVERIFY(editor.isLoaded());
        QCOMPARE(editor.title(), QStringLiteral("MES 系统实施项目 acceptance"));
        QCOMPARE(editor.result(), QStringLiteral("pending"));
        QCOMPARE(queued(f, editor.acceptanceId(), "projectId"), Json(f.projectId));
        QCOMPARE(reopened(f, editor.acceptanceId())->title(), editor.title());
    }

    void everyChangeIsSavedAndQueued()
    {
        test::StoreFixture f;
        AcceptanceEditor editor;
        QAbstractItemModelTester deliverablesTester(editor.deliverables(),
                                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        editor.setStore(&f.store);
        QVERIFY(editor.create(QString::fromStdString(f.projectId)));
        const QString id = editor.acceptanceId();

        QVERIFY(editor.addDeliverable(QStringLiteral("系统安装部署"), QStringLiteral("2026-09-30"),
                                      QStringLiteral("现场部署")));
        QVERIFY(editor.addDeliverable(QStringLiteral("用户操作手册"), {}, {}));
        QCOMPARE(queued(f, id, "deliverables").size(), std::size_t(2));
        QVERIFY(editor.editDeliverable(1, QStringLiteral("用户操作手册（含质检模块）"), QStringLiteral("2026-10-08"),
                                       QStringLiteral("纸质 + 电子版")));
        QVERIFY(editor.setDeliverableAccepted(0, true));
        QCOMPARE(queued(f, id, "deliverables")[0]["accepted"], Json(true));
        QVERIFY(editor.setCustomerOpinion(QStringLiteral("基本满意，手册需补充质检章节。")));
        QCOMPARE(queued(f, id, "customerOpinion"), Json("基本满意，手册需补充质检章节。"));
        QVERIFY(editor.addRectification(QStringLiteral("补充质检模块操作手册"), QStringLiteral("2026-12-15")));
        QVERIFY(editor.setResult(QStringLiteral("needs_rectification")));
        QCOMPARE(queued(f, id, "result"), Json("needs_rectification"));

        const auto later = reopened(f, id);
        auto* deliverables = later->deliverables();
        QCOMPARE(deliverables->rowCount(), 2);
        QCOMPARE(cell(deliverables, 1, DeliverableListModel::ContentRole).toString(),
                 QStringLiteral("用户操作手册（含质检模块）"));
        QCOMPARE(cell(deliverables, 1, DeliverableListModel::DeliveredOnRole).toDate(), QDate(2026, 10, 8));
        QCOMPARE(cell(deliverables, 1, DeliverableListModel::MethodRole).toString(), QStringLiteral("纸质 + 电子版"));
        QCOMPARE(cell(deliverables, 0, DeliverableListModel::AcceptedRole).toBool(), true);
        QCOMPARE(deliverables->acceptedCount(), 1);
        QCOMPARE(later->customerOpinion(), QStringLiteral("基本满意，手册需补充质检章节。"));
        QCOMPARE(later->rectifications()->openCount(), 1);
        QCOMPARE(cell(later->rectifications(), 0, RectificationListModel::DueDateRole).toDate(), QDate(2026, 12, 15));
        QCOMPARE(later->result(), QStringLiteral("needs_rectification"));
    }

    void passesOnlyWhenEverythingIsAcceptedAndDone()
    {
        test::StoreFixture f;
        AcceptanceEditor editor;
        editor.setStore(&f.store);
        QVERIFY(editor.create(QString::fromStdString(f.projectId)));
        QVERIFY(editor.addDeliverable(QStringLiteral("系统安装部署"), {}, {}));
        QVERIFY(editor.addRectification(QStringLiteral("补充操作手册"), {}));
        QVERIFY(!editor.canPass());
        QVERIFY(!editor.setResult(QStringLiteral("passed")));
        QVERIFY(editor.errorString().contains(QStringLiteral("every deliverable")));

        QVERIFY(editor.setDeliverableAccepted(0, true));
        QVERIFY(editor.setRectificationDone(0, true));
        QVERIFY(editor.canPass());
        QVERIFY(editor.setResult(QStringLiteral("passed")));
        QVERIFY(editor.errorString().isEmpty());
        // Reopening the item takes the pass back: the rules never store a pass with work open.
        QVERIFY(editor.setRectificationDone(0, false));
        QCOMPARE(reopened(f, editor.acceptanceId())->result(), QStringLiteral("needs_rectification"));
    }

    void refusedInputChangesNothing()
    {
        test::StoreFixture f;
        AcceptanceEditor editor;
        editor.setStore(&f.store);
        QVERIFY(editor.create(QString::fromStdString(f.projectId)));
        QVERIFY(editor.addDeliverable(QStringLiteral("系统安装部署"), {}, {}));
        const auto before = f.store.local()->find(editor.acceptanceId().toStdString());

        QVERIFY(!editor.addDeliverable(QStringLiteral("  "), {}, {}));
        QCOMPARE(editor.errorString(), QStringLiteral("Describe the deliverable first."));
        QVERIFY(!editor.editDeliverable(0, QStringLiteral("系统安装部署"), QStringLiteral("30/09/2026"), {}));
        QVERIFY(editor.errorString().contains(QStringLiteral("2026-11-29")));
        QVERIFY(!editor.setDeliverableAccepted(5, true));
        QVERIFY(!editor.setTitle({}));
        QVERIFY(!editor.setResult(QStringLiteral("approved")));

        QCOMPARE(f.store.local()->find(editor.acceptanceId().toStdString()), before);
        QCOMPARE(editor.deliverables()->rowCount(), 1);
    }

    void unknownReportSaysSo()
    {
        test::StoreFixture f;
        AcceptanceEditor editor;
        editor.setStore(&f.store);
        QVERIFY(!editor.open(QStringLiteral("0190f5c2-0000-7000-8000-00000000dead")));
        QVERIFY(!editor.isLoaded());
        QCOMPARE(editor.errorString(), QStringLiteral("This acceptance report is not on this tablet."));
        QVERIFY(!editor.setCustomerOpinion(QStringLiteral("x")));
    }

    void aChangeVoidsBothSignatures()
    {
        test::StoreFixture f;
        AcceptanceEditor editor;
        editor.setStore(&f.store);
        QVERIFY(editor.create(QString::fromStdString(f.projectId)));
        QVERIFY(editor.addDeliverable(QStringLiteral("系统安装部署"), {}, {}));
        const std::string id = editor.acceptanceId().toStdString();
        const auto document = app::readSignedDocument(*f.store.local(), id);
        for (auto side : {SignerSide::Customer, SignerSide::Company}) {
            auto signature = test::sampleSignature(f.projectId, id);
            signature.documentType = RecordType::Acceptance;
            signature.side = side;
            signature.contentSha256 = document->content().contentHash();
            f.writer.save(test::newRecord(signature));
        }

        QVERIFY(editor.setDeliverableAccepted(0, true));
        const auto signatures = app::readSignatures(*f.store.local(), f.projectId, id);
        QCOMPARE(signatures.size(), std::size_t(2));
        for (const auto& signature : signatures) {
            QVERIFY(signature.body.voided);
            QCOMPARE(signature.body.voidReason, std::string("signed content changed after signing: deliverables"));
            QCOMPARE(queued(f, QString::fromStdString(signature.meta.id), "voided"), Json(true));
        }
    }
};

QTEST_MAIN(TstAcceptanceEditor)
#include "moc_tst_acceptance_editor.cpp"
