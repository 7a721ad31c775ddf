#include "project/project_part_model.h"

ProjectPartModel::ProjectPartModel(QObject* parent) : StoreListModel(parent) {}

void ProjectPartModel::setProjectId(const QString& projectId)
{
    if (m_projectId == projectId) return;
    m_projectId = projectId;
    emit projectIdChanged();
    refresh();
}

void ProjectPartModel::setReferenceDate(const QDate& date)
{
    if (m_referenceDate == date) return;
    m_referenceDate = date;
    emit referenceDateChanged();
    refresh();
}

void ProjectPartModel::load(UserStore& store)
{
    if (m_projectId.isEmpty()) return;
    loadProject(store, m_projectId.toStdString(), m_referenceDate.isValid() ? m_referenceDate : QDate::currentDate());
}
