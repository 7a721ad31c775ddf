#pragma once

#include "project/project_part_model.h"
#include "project/project_rows.h"

#include <vector>

// The project's signed documents: every signature on its visit records and
// acceptance reports (valid, or void with the reason), and the acceptance
// reports still waiting to be signed.
class SignedDocumentListModel : public ProjectPartModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int voidCount READ voidCount NOTIFY refreshed)

public:
    enum Role {
        DocumentTypeRole = Qt::UserRole + 1,
        DocumentIdRole,
        DocumentTitleRole,
        SignedRole,
        SideRole,
        SideLabelRole,
        SignerNameRole,
        SignerRoleRole,
        SignedAtTextRole,
        VoidedRole,
        VoidReasonRole,
    };
    Q_ENUM(Role)

    explicit SignedDocumentListModel(QObject* parent = nullptr);

    int voidCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    void loadProject(UserStore& store, const std::string& projectId, QDate today) override;
    void clearRows() override { m_rows.clear(); }
    QList<int> translatedRoles() const override { return {DocumentTitleRole, SideLabelRole, SignedAtTextRole}; }

private:
    QString documentTitle(const fv::app::DocumentRow& row) const;

    std::vector<fv::app::DocumentRow> m_rows;
};
