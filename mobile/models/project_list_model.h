#pragma once

#include "models/store_list_model.h"

#include <QString>
#include <vector>

// "My projects": the signed-in user's projects that are not closed, with the
// customer's name and the number of open issues (rules in store/store_queries.h).
class ProjectListModel : public StoreListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int openIssueTotal READ openIssueTotal NOTIFY refreshed)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        NameRole,
        ContractNoRole,
        CustomerNameRole,
        PhaseRole,
        PhaseLabelRole,
        OpenIssuesRole,
    };
    Q_ENUM(Role)

    struct Row {
        QString id;
        QString name;
        QString contractNo;
        QString customerName;
        QString phase; // wire name
        int openIssues = 0;
    };

    explicit ProjectListModel(QObject* parent = nullptr);

    int openIssueTotal() const { return m_openIssueTotal; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    void load(UserStore& store) override;
    void clearRows() override;
    QList<int> translatedRoles() const override { return {PhaseLabelRole}; }

private:
    std::vector<Row> m_rows;
    int m_openIssueTotal = 0;
};
