#pragma once

#include "project/project_part_model.h"
#include "project/project_rows.h"

#include <vector>

// The people of a project: the customer's contacts (and leadership group), or
// the project team (the lead marked).
class PeopleListModel : public ProjectPartModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Group group READ group WRITE setGroup NOTIFY groupChanged)

public:
    enum Group { Contacts, Team };
    Q_ENUM(Group)

    enum Role { NameRole = Qt::UserRole + 1, RoleRole, PhoneRole, EmailRole, LeadRole };
    Q_ENUM(Role)

    explicit PeopleListModel(QObject* parent = nullptr);

    Group group() const { return m_group; }
    void setGroup(Group group);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void groupChanged();

protected:
    void loadProject(UserStore& store, const std::string& projectId, QDate today) override;
    void clearRows() override { m_rows.clear(); }
    QList<int> translatedRoles() const override { return {}; }

private:
    Group m_group = Contacts;
    std::vector<fv::app::PersonRow> m_rows;
};
