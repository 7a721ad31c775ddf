#include "signature/signing_controller.h"

#include "app/app_services.h"
#include "models/field_words.h"
#include "models/qt_dates.h"
#include "settings/app_settings.h"
#include "signature/document_summary.h"
#include "signature/signature_image.h"
#include "signature/signature_pad.h"
#include "signature/signed_document_reads.h"
#include "store/record_writer.h"

#include <QLoggingCategory>
#include <QQmlEngine>
#include <exception>

Q_LOGGING_CATEGORY(lcSignature, "fv.signature")

using namespace fv;

namespace {

QString qs(const std::string& text) { return QString::fromStdString(text); }

// The reasons this app and the server write (shared/sync/stale_signatures.h,
// signed_content.h) in the reader's language; any other reason as written.
QString reasonInWords(const std::string& reason)
{
    static const std::string kChanged = "signed content changed after signing";
    if (reason.rfind(kChanged, 0) != 0) return qs(reason);
    QStringList fields;
    for (const QString& name : qs(reason.substr(kChanged.size())).remove(QLatin1Char(':')).split(QLatin1Char(','))) {
        if (!name.trimmed().isEmpty()) fields << app::fieldLabel(name.trimmed());
    }
    return fields.isEmpty() ? SigningController::tr("What was signed changed after signing.")
                            : SigningController::tr("What was signed changed after signing (%1).")
                                  .arg(fields.join(SigningController::tr(", ")));
}

// The latest signature of `side`, by signing time: what the screens show.
const Record<Signature>* latestOf(const std::vector<Record<Signature>>& signatures, SignerSide side, int& count)
{
    const Record<Signature>* latest = nullptr;
    count = 0;
    for (const auto& signature : signatures) {
        if (signature.body.side != side) continue;
        ++count;
        latest = &signature; // oldest first
    }
    return latest;
}

void showSignature(SigningController::View& view, LocalStore& store, const Record<Signature>& signature)
{
    const auto& body = signature.body;
    view.signatureId = qs(signature.meta.id);
    view.signerName = qs(body.signerName);
    view.signerRole = qs(body.signerRole);
    view.signedAt = app::toQDateTime(body.signedAt).toLocalTime();
    const std::string image = body.imageSha256.empty() ? std::string() : store.blobs().pathOf(body.imageSha256);
    if (!image.empty()) view.imageUrl = QUrl::fromLocalFile(qs(image));
    if (body.voided) {
        view.state = SigningController::Void;
        view.voidReason = reasonInWords(body.voidReason);
    } else if (qs(body.contentSha256) != view.contentSha256) {
        // Not yet saved void (an edit that bypassed RecordWriter): it is void all the same.
        view.state = SigningController::Void;
        view.voidReason = reasonInWords("signed content changed after signing");
    } else {
        view.state = SigningController::Valid;
    }
}

SigningController::View readView(LocalStore& store, const std::string& documentId, RecordType type, SignerSide side)
{
    SigningController::View view;
    const auto document = app::readSignedDocument(store, documentId);
    if (!document || document->record.meta.type != type) return view;
    const auto summary = app::summarize(store, *document);
    view.found = true;
    view.projectId = qs(document->projectId());
    view.title = summary.title;
    view.summary = summary.lines;
    view.photoCount = summary.photoCount;
    view.contentSha256 = qs(document->content().contentHash());
    const auto signatures = app::readSignatures(store, document->projectId(), documentId);
    if (const auto* latest = latestOf(signatures, side, view.signatureCount)) showSignature(view, store, *latest);
    return view;
}

Record<Signature> newSignature(const app::StoredDocument& document, SignerSide side, const StrokeModel& strokes)
{
    Record<Signature> record;
    record.meta.type = RecordType::Signature;
    auto& body = record.body;
    body.projectId = document.projectId();
    body.documentType = document.record.meta.type;
    body.documentId = document.record.meta.id;
    body.side = side;
    body.signedAt = Timestamp::now();
    body.padWidth = strokes.canvasSize().width();
    body.padHeight = strokes.canvasSize().height();
    for (const auto& padStroke : strokes.strokes()) {
        Stroke stroke;
        for (const auto& point : padStroke)
            stroke.points.push_back({point.pos.x(), point.pos.y(), point.t, point.pressure});
        body.strokes.push_back(std::move(stroke));
    }
    body.contentSha256 = document.content().contentHash();
    return record;
}

} // namespace

SigningController::SigningController(QObject* parent) : QObject(parent)
{
    connect(&m_languageWatch, &LanguageWatch::languageChanged, this, &SigningController::refresh);
}

SigningController::~SigningController() = default;

void SigningController::setStore(UserStore* store)
{
    if (m_store == store) return;
    if (m_store) disconnect(m_store->events(), nullptr, this, nullptr);
    m_store = store;
    if (m_store) connect(m_store->events(), &StoreEvents::recordsChanged, this, &SigningController::refresh);
    emit storeChanged();
    refresh();
}

void SigningController::setDocumentType(const QString& type)
{
    if (m_documentType == type) return;
    m_documentType = type;
    emit documentChanged();
    refresh();
}

void SigningController::setDocumentId(const QString& id)
{
    if (m_documentId == id) return;
    m_documentId = id;
    emit documentChanged();
    refresh();
}

void SigningController::setSide(const QString& side)
{
    if (m_side == side) return;
    m_side = side;
    emit documentChanged();
    refresh();
}

QString SigningController::imageFolder() const
{
    if (!m_imageFolder.isEmpty()) return m_imageFolder;
    // Where photos go too: one folder of files named by their hash.
    auto* engine = qmlEngine(this);
    return (engine ? AppServices::of(*engine).settings().paths() : AppPaths::standard()).blobDir();
}

void SigningController::setImageFolder(const QString& folder)
{
    if (m_imageFolder == folder) return;
    m_imageFolder = folder;
    emit documentChanged();
}

void SigningController::refresh()
{
    View view;
    const auto type = enumFromString<RecordType>(m_documentType.toStdString());
    const auto side = enumFromString<SignerSide>(m_side.toStdString());
    if (m_store && m_store->isOpen() && type && side && !m_documentId.isEmpty()) {
        try {
            view = readView(*m_store->local(), m_documentId.toStdString(), *type, *side);
        } catch (const std::exception& e) {
            qCWarning(lcSignature) << "cannot read the signed document" << m_documentId << e.what();
            setErrorString(
                tr("This document could not be read from the tablet's database: %1").arg(QString::fromUtf8(e.what())));
        }
    }
    m_view = std::move(view);
    emit refreshed();
}

bool SigningController::sign(SignaturePad* pad, const QString& signerName, const QString& signerRole)
{
    setErrorString({});
    const auto side = enumFromString<SignerSide>(m_side.toStdString());
    if (!pad || pad->isEmpty()) {
        setErrorString(tr("Nothing is signed yet: sign on the pad first."));
        return false;
    }
    if (signerName.trimmed().isEmpty()) {
        setErrorString(tr("Enter the signer's name."));
        return false;
    }
    if (!m_store || !m_store->isOpen() || !side) {
        setErrorString(tr("Sign in first: signatures are kept in your database on this tablet."));
        return false;
    }
    try {
        auto& store = *m_store->local();
        const auto document = app::readSignedDocument(store, m_documentId.toStdString());
        if (!document || qs(std::string(toString(document->record.meta.type))) != m_documentType) {
            setErrorString(tr("This document is no longer on this tablet."));
            return false;
        }
        // The image first: no record may point at a file the uploader does not know.
        const auto image = app::saveSignatureImage(store, pad->strokes(), imageFolder());
        auto record = newSignature(*document, *side, pad->strokes());
        record.body.signerName = signerName.trimmed().toStdString();
        record.body.signerRole = signerRole.trimmed().toStdString();
        record.body.imageSha256 = image.sha256;
        RecordWriter(*m_store).save(record);
    } catch (const std::exception& e) {
        qCWarning(lcSignature) << "cannot save the signature" << e.what();
        setErrorString(tr("The signature could not be saved: %1").arg(QString::fromUtf8(e.what())));
        return false;
    }
    refresh();
    emit signedNow();
    return true;
}

void SigningController::setErrorString(const QString& text)
{
    if (m_errorString == text) return;
    m_errorString = text;
    emit errorStringChanged();
}

QString SigningController::signedAtText() const
{
    return m_view.signedAt.isValid() ? app::momentText(m_view.signedAt) : QString();
}
