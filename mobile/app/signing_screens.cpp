#include "app/signing_screens.h"

#include "acceptance/acceptance_editor.h"
#include "app/demo_signature.h"
#include "app/screen_waits.h"
#include "signature/signature_pad.h"
#include "signature/signed_document_reads.h"
#include "store/record_writer.h"
#include "store/store_queries.h"

#include <QQuickItem>
#include <QQuickWindow>
#include <QVariant>
#include <cstdio>
#include <exception>

using fv::app::settle;

namespace {

struct DemoAcceptance {
    QString id;
    QString projectId;
};

// The first acceptance report of the demo's projects.
std::optional<DemoAcceptance> findAcceptance(fv::LocalStore& store)
{
    for (const auto& [projectId, names] : fv::app::StoreQueries(store).projectNames())
        for (const auto& record : store.projectHistory(projectId))
            if (record.meta.type == fv::RecordType::Acceptance && !record.meta.deleted)
                return DemoAcceptance{QString::fromStdString(record.meta.id), QString::fromStdString(projectId)};
    return std::nullopt;
}

QQuickItem* item(QQuickWindow& window, const char* name)
{
    return window.findChild<QQuickItem*>(QString::fromLatin1(name));
}

bool click(QQuickWindow& window, const char* name)
{
    auto* button = item(window, name);
    return button && QMetaObject::invokeMethod(button, "clicked");
}

} // namespace

bool SigningScreens::run()
try {
    const auto acceptance = findAcceptance(*m_store.local());
    if (!acceptance) {
        std::fprintf(stderr, "fieldvisit-app: the demo data holds no acceptance report\n");
        return false;
    }
    AcceptanceEditor editor;
    editor.setStore(&m_store);
    editor.open(acceptance->id);
    const QString opinion = editor.customerOpinion();
    if (!QMetaObject::invokeMethod(&m_window, "openAcceptance", Q_ARG(QVariant, acceptance->id),
                                   Q_ARG(QVariant, acceptance->projectId)))
        return false;
    bool ok = m_shoot(QStringLiteral("acceptance"));
    const QSize landscape = m_window.size();
    m_window.resize(landscape.transposed());
    ok = m_shoot(QStringLiteral("acceptance-portrait")) && ok;
    m_window.resize(landscape);
    ok = shootSigning(acceptance->id) && ok;
    ok = shootVoid(acceptance->id) && ok;
    restore(acceptance->id, opinion);
    return ok;
} catch (const std::exception& e) {
    std::fprintf(stderr, "fieldvisit-app: cannot show the signing screens: %s\n", e.what());
    return false;
}

bool SigningScreens::shootSigning(const QString& acceptanceId)
{
    if (!QMetaObject::invokeMethod(&m_window, "openSignaturePad", Q_ARG(QVariant, QStringLiteral("acceptance")),
                                   Q_ARG(QVariant, acceptanceId), Q_ARG(QVariant, QStringLiteral("customer"))))
        return false;
    settle(); // the pad has its size once the page is laid out
    auto* pad = qobject_cast<SignaturePad*>(item(m_window, "signaturePad"));
    auto* name = item(m_window, "signerNameField");
    auto* role = item(m_window, "signerRoleField");
    if (!pad || !name || !role) return false;
    pad->setStrokes(demoSignature(pad->size()));
    name->setProperty("text", QStringLiteral("王建国"));
    role->setProperty("text", QStringLiteral("生产部经理"));
    bool ok = m_shoot(QStringLiteral("signature-pad"));
    const QSize landscape = m_window.size();
    m_window.resize(landscape.transposed());
    ok = m_shoot(QStringLiteral("signature-pad-portrait")) && ok;
    m_window.resize(landscape);
    return click(m_window, "confirmSignButton") && m_shoot(QStringLiteral("acceptance-signed")) && ok;
}

// The customer's opinion edited after signing: the signature is void and asks for a new one.
bool SigningScreens::shootVoid(const QString& acceptanceId)
{
    AcceptanceEditor editor;
    editor.setStore(&m_store);
    return editor.open(acceptanceId) &&
           editor.setCustomerOpinion(QStringLiteral("手册需补充质检模块章节，补充后再签字确认。")) &&
           m_shoot(QStringLiteral("acceptance-void"));
}

void SigningScreens::restore(const QString& acceptanceId, const QString& opinion)
{
    const std::string id = acceptanceId.toStdString();
    auto& store = *m_store.local();
    const auto document = fv::app::readSignedDocument(store, id);
    if (!document) return;
    RecordWriter writer(m_store);
    for (const auto& signature : fv::app::readSignatures(store, document->projectId(), id))
        writer.remove(signature.meta.id);
    AcceptanceEditor editor;
    editor.setStore(&m_store);
    if (editor.open(acceptanceId)) editor.setCustomerOpinion(opinion);
}
