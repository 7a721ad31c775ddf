// sync/stale_signatures.cpp: which signatures an edit voids on the device, and why.

#include "sample_records.h"
#include "sync/stale_signatures.h"
#include "util/sha256.h"
#include "util/uuid.h"

#include "json/record_json.h"
#include <QtTest>

using namespace fv;

namespace {

const std::string kPhoto = sha256Hex("车间现场照片");

SignedDocument visitDocument()
{
    return {RecordType::Visit, encode(test::sampleVisit("0190f5c2-0000-7000-8000-000000000001")), {kPhoto}};
}

// A valid signature over `document` as it stands.
Record<Signature> signatureOver(const SignedDocument& document, SignerSide side = SignerSide::Customer)
{
    auto record = test::newRecord(test::sampleSignature("0190f5c2-0000-7000-8000-000000000001", newUuidV7()));
    record.meta.id = newUuidV7();
    record.body.side = side;
    record.body.contentSha256 = document.contentHash();
    return record;
}

} // namespace

class TstStaleSignatures : public QObject {
    Q_OBJECT

private slots:
    void editToASignedFieldVoidsNamingTheField()
    {
        const auto before = visitDocument();
        auto after = before;
        after.fields["runningStatus"] = "系统运行稳定，偶有卡顿。";
        const auto signature = signatureOver(before);

        const auto voided = signaturesVoidedByEdit(before, after, {signature});
        QCOMPARE(voided.size(), std::size_t(1));
        QCOMPARE(voided[0].meta.id, signature.meta.id);
        QVERIFY(voided[0].body.voided);
        QCOMPARE(voided[0].body.voidReason, std::string("signed content changed after signing: runningStatus"));
        QCOMPARE(voided[0].body.strokes, signature.body.strokes); // the signature itself stays as it was
    }

    void unsignedFieldLeavesTheSignatureValid()
    {
        const auto before = visitDocument();
        auto after = before;
        after.fields["status"] = "submitted";
        after.fields["reviewComment"] = "已审核";
        QVERIFY(signaturesVoidedByEdit(before, after, {signatureOver(before)}).empty());
    }

    void addingOrRemovingAPhotoVoids()
    {
        const auto before = visitDocument();
        auto added = before;
        added.attachmentSha256s.push_back(sha256Hex("新照片"));
        auto removed = before;
        removed.attachmentSha256s.clear();
        for (const auto& after : {added, removed}) {
            const auto voided = signaturesVoidedByEdit(before, after, {signatureOver(before)});
            QCOMPARE(voided.size(), std::size_t(1));
            QCOMPARE(voided[0].body.voidReason, std::string("signed content changed after signing: attachments"));
        }
    }

    void photoOrderDoesNotMatter()
    {
        auto before = visitDocument();
        before.attachmentSha256s.push_back(sha256Hex("第二张"));
        auto after = before;
        std::reverse(after.attachmentSha256s.begin(), after.attachmentSha256s.end());
        QVERIFY(signaturesVoidedByEdit(before, after, {signatureOver(before)}).empty());
    }

    void voidAndDeletedSignaturesAreLeftAlone()
    {
        const auto before = visitDocument();
        auto after = before;
        after.fields["customerWords"] = "“还需要培训。”";
        auto alreadyVoid = signatureOver(before);
        alreadyVoid.body.voided = true;
        alreadyVoid.body.voidReason = "signed content changed after signing: satisfaction";
        auto deleted = signatureOver(before);
        deleted.meta.deleted = true;
        const auto overNewContent = signatureOver(after);
        QVERIFY(signaturesVoidedByEdit(before, after, {alreadyVoid, deleted, overNewContent}).empty());
    }

    void bothSidesOfAnAcceptanceAreVoided()
    {
        const SignedDocument before{RecordType::Acceptance, encode(test::sampleAcceptance(newUuidV7())), {}};
        auto after = before;
        after.fields["deliverables"][1]["accepted"] = true;
        const auto voided = signaturesVoidedByEdit(
            before, after, {signatureOver(before, SignerSide::Customer), signatureOver(before, SignerSide::Company)});
        QCOMPARE(voided.size(), std::size_t(2));
        QCOMPARE(voided[1].body.voidReason, std::string("signed content changed after signing: deliverables"));
    }

    void mismatchNotExplainedByThisEditStillVoids()
    {
        const auto signedVersion = visitDocument();
        auto before = signedVersion;
        before.fields["potentialNeeds"] = "二期 WMS"; // an earlier edit nobody checked
        const auto voided = signaturesVoidedByEdit(before, before, {signatureOver(signedVersion)});
        QCOMPARE(voided.size(), std::size_t(1));
        QCOMPARE(voided[0].body.voidReason, std::string("signed content changed after signing"));
    }

    void signableTypes()
    {
        QVERIFY(isSignableType(RecordType::Visit));
        QVERIFY(isSignableType(RecordType::Acceptance));
        QVERIFY(!isSignableType(RecordType::Issue));
    }
};

QTEST_APPLESS_MAIN(TstStaleSignatures)
#include "moc_tst_stale_signatures.cpp"
