#include "project/signed_document_list_model.h"

#include "models/domain_labels.h"
#include "models/qt_dates.h"
#include "project/project_reads.h"

#include <algorithm>

namespace labels = fv::app::labels;
using fv::app::DocumentRow;

SignedDocumentListModel::SignedDocumentListModel(QObject* parent) : ProjectPartModel(parent) {}

int SignedDocumentListModel::voidCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(), [](const DocumentRow& row) { return row.voided; }));
}

int SignedDocumentListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant SignedDocumentListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const auto& row = m_rows[std::size_t(index.row())];
    switch (Role(role)) {
    case DocumentTypeRole:
        return row.documentType;
    case DocumentIdRole:
        return row.documentId;
    case DocumentTitleRole:
        return documentTitle(row);
    case SignedRole:
        return row.isSigned;
    case SideRole:
        return row.side;
    case SideLabelRole:
        return row.isSigned ? labels::signerSide(row.side) : QString();
    case SignerNameRole:
        return row.signerName;
    case SignerRoleRole:
        return row.signerRole;
    case SignedAtTextRole:
        return fv::app::momentText(row.signedAt);
    case VoidedRole:
        return row.voided;
    case VoidReasonRole:
        return row.voidReason;
    }
    return {};
}

// "Acceptance report: MES 一期验收", "Visit record: Periodic visit, Nov 30, 2026".
QString SignedDocumentListModel::documentTitle(const DocumentRow& row) const
{
    if (!row.acceptanceTitle.isEmpty()) return tr("Acceptance report: %1").arg(row.acceptanceTitle);
    if (!row.visitKind.isEmpty())
        return tr("Visit record: %1, %2").arg(labels::visitKind(row.visitKind), fv::app::dayText(row.visitDate));
    return labels::recordType(row.documentType); // its document is not on this tablet (yet)
}

QHash<int, QByteArray> SignedDocumentListModel::roleNames() const
{
    return {{DocumentTypeRole, "documentType"},
            {DocumentIdRole, "documentId"},
            {DocumentTitleRole, "documentTitle"},
            {SignedRole, "isSigned"},
            {SideRole, "side"},
            {SideLabelRole, "sideLabel"},
            {SignerNameRole, "signerName"},
            {SignerRoleRole, "signerRole"},
            {SignedAtTextRole, "signedAtText"},
            {VoidedRole, "voided"},
            {VoidReasonRole, "voidReason"}};
}

void SignedDocumentListModel::loadProject(UserStore& store, const std::string& projectId, QDate)
{
    m_rows = fv::app::readDocuments(*store.local(), projectId);
}
