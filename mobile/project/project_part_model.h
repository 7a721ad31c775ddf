#pragma once

#include "models/store_list_model.h"

#include <QDate>
#include <QString>

// A list of one part of the project `projectId` (its team, its issues, ...).
// Empty until a project is set; re-read on every change like every list.
class ProjectPartModel : public StoreListModel {
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(QString projectId READ projectId WRITE setProjectId NOTIFY projectIdChanged)
    // The day "late" and "overdue" are judged on; unset means the tablet's date at each refresh.
    Q_PROPERTY(QDate referenceDate READ referenceDate WRITE setReferenceDate NOTIFY referenceDateChanged)

public:
    explicit ProjectPartModel(QObject* parent = nullptr);

    QString projectId() const { return m_projectId; }
    void setProjectId(const QString& projectId);
    QDate referenceDate() const { return m_referenceDate; }
    void setReferenceDate(const QDate& date);

signals:
    void projectIdChanged();
    void referenceDateChanged();

protected:
    void load(UserStore& store) final;
    // Reads the rows of `projectId` (never empty) as of `today`; may throw.
    virtual void loadProject(UserStore& store, const std::string& projectId, QDate today) = 0;

private:
    QString m_projectId;
    QDate m_referenceDate;
};
