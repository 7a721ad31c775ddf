#pragma once

#include "models/issue_row.h"
#include "models/store_list_model.h"

#include <QList>

// The issues raised during one visit (问题 with this visitId), oldest first,
// and the way to add and edit them. Each issue is a record of its own, so two
// tablets adding issues to the same visit offline never collide. Editing
// methods return "" on success or what went wrong, in plain words.
class VisitIssueModel : public StoreListModel, public fv::app::IssueRoles {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString visitId READ visitId WRITE setVisitId NOTIFY visitIdChanged)
    Q_PROPERTY(QString projectId READ projectId WRITE setProjectId NOTIFY projectIdChanged)
    // [{value, label}] for the pickers.
    Q_PROPERTY(QVariantList categoryOptions READ categoryOptions NOTIFY refreshed)
    Q_PROPERTY(QVariantList severityOptions READ severityOptions NOTIFY refreshed)

public:
    explicit VisitIssueModel(QObject* parent = nullptr);

    QString visitId() const { return m_visitId; }
    void setVisitId(const QString& id);
    QString projectId() const { return m_projectId; }
    void setProjectId(const QString& id);
    QVariantList categoryOptions() const;
    QVariantList severityOptions() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // A new issue of this visit. Solved on the spot (minor issues only) is recorded as resolved.
    Q_INVOKABLE QString add(const QString& category, const QString& severity, const QString& title,
                            const QString& description, bool solvedOnSite);
    Q_INVOKABLE QString update(const QString& issueId, const QString& category, const QString& severity,
                               const QString& title, const QString& description, bool solvedOnSite);
    Q_INVOKABLE QString remove(const QString& issueId);

signals:
    void visitIdChanged();
    void projectIdChanged();

protected:
    void load(UserStore& store) override;
    void clearRows() override { m_rows.clear(); }
    QList<int> translatedRoles() const override { return labelRoles(); }

private:
    QList<fv::app::IssueRow> m_rows;
    QString m_visitId;
    QString m_projectId;
};
