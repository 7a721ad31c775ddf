// signature/signature_guard.cpp through RecordWriter, over a real database
// file: saving a visit, or adding or removing one of its photos, voids the
// signatures it invalidates, and only those.

#include "signature/signed_document_reads.h"
#include "store_fixture.h"
#include "util/sha256.h"

#include <QtTest>

using namespace fv;

namespace {

struct SignedVisit {
    Record<Visit> visit;
    Record<Signature> signature;
};

// A visit with one photo, signed by the customer over exactly that.
SignedVisit signedVisit(test::StoreFixture& f)
{
    auto visit = f.writer.save(test::newRecord(test::sampleVisit(f.projectId)));
    f.writer.save(test::newRecord(test::sampleAttachment(f.projectId, visit.meta.id)));
    auto signature = test::sampleSignature(f.projectId, visit.meta.id);
    signature.contentSha256 = app::readSignedDocument(*f.store.local(), visit.meta.id)->content().contentHash();
    return {visit, f.writer.save(test::newRecord(signature))};
}

Signature stored(test::StoreFixture& f, const Record<Signature>& signature)
{
    return f.store.local()->get<Signature>(signature.meta.id)->body;
}

} // namespace

class TstSignatureGuard : public QObject {
    Q_OBJECT

private slots:
    void editingASignedFieldVoidsTheSignature()
    {
        test::StoreFixture f;
        auto [visit, signature] = signedVisit(f);
        visit.body.customerWords = "“下周再来看看。”";
        f.writer.save(visit);
        const auto after = stored(f, signature);
        QVERIFY(after.voided);
        QCOMPARE(after.voidReason, std::string("signed content changed after signing: customerWords"));
        QCOMPARE(after.strokes, signature.body.strokes);
        // The void goes to the server like any edit.
        const auto queued = f.store.local()->outbox().entriesFor(signature.meta.id);
        QVERIFY(!queued.empty());
        QCOMPARE(queued.back().mutation.changes.at("voided").value, Json(true));
    }

    void workflowFieldsLeaveItValid()
    {
        test::StoreFixture f;
        auto [visit, signature] = signedVisit(f);
        visit.body.status = VisitStatus::Submitted;
        visit.body.reviewComment = "已审核";
        f.writer.save(visit);
        QVERIFY(!stored(f, signature).voided);
    }

    void addingOrRemovingAPhotoVoids()
    {
        test::StoreFixture f;
        auto [visit, signature] = signedVisit(f);
        auto photo = test::sampleAttachment(f.projectId, visit.meta.id);
        photo.sha256 = sha256Hex("another photo");
        const auto added = f.writer.save(test::newRecord(photo));
        QCOMPARE(stored(f, signature).voidReason, std::string("signed content changed after signing: attachments"));

        auto resigned = signature.body;
        resigned.contentSha256 = app::readSignedDocument(*f.store.local(), visit.meta.id)->content().contentHash();
        const auto second = f.writer.save(test::newRecord(resigned));
        f.writer.remove(added.meta.id);
        QVERIFY(stored(f, second).voided);
    }

    void aPhotoOfAnotherRecordChangesNothing()
    {
        test::StoreFixture f;
        auto [visit, signature] = signedVisit(f);
        auto other = f.writer.save(test::newRecord(test::sampleVisit(f.projectId)));
        auto photo = test::sampleAttachment(f.projectId, other.meta.id);
        photo.sha256 = sha256Hex("other visit's photo");
        f.writer.save(test::newRecord(photo));
        QVERIFY(!stored(f, signature).voided);
    }

    void voidIsSavedOnceAndKept()
    {
        test::StoreFixture f;
        auto [visit, signature] = signedVisit(f);
        visit.body.runningStatus = "系统运行稳定。";
        visit = f.writer.save(visit);
        const auto firstVoid = stored(f, signature);
        visit.body.solvedOnSite = "调整了打印模板。";
        f.writer.save(visit);
        QCOMPARE(stored(f, signature).voidReason, firstVoid.voidReason); // the first reason stays
    }
};

QTEST_MAIN(TstSignatureGuard)
#include "moc_tst_signature_guard.cpp"
