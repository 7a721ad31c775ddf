#pragma once

#include "project/project_part_model.h"
#include "project/project_rows.h"

#include <vector>

// The project's issues (its lines of the 问题台账): what needs doing first at
// the top, each with category × severity, status, owner and due date, and
// whether it is past that date while still open.
class IssueListModel : public ProjectPartModel, public fv::app::IssueRoles {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int openCount READ openCount NOTIFY refreshed)
    Q_PROPERTY(int overdueCount READ overdueCount NOTIFY refreshed)

public:
    explicit IssueListModel(QObject* parent = nullptr);

    int openCount() const;
    int overdueCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    void loadProject(UserStore& store, const std::string& projectId, QDate today) override;
    void clearRows() override { m_rows.clear(); }
    QList<int> translatedRoles() const override { return labelRoles(); }

private:
    std::vector<fv::app::IssueRow> m_rows;
};
