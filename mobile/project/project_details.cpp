#include "project/project_details.h"

#include "domain/project.h"
#include "models/domain_labels.h"
#include "models/qt_dates.h"
#include "project/project_reads.h"

#include <QLoggingCategory>
#include <exception>

Q_DECLARE_LOGGING_CATEGORY(lcModels)

ProjectDetails::ProjectDetails(QObject* parent) : QObject(parent)
{
    m_team.setGroup(PeopleListModel::Team);
    m_visits.setFilter(VisitListModel::OfProject);
    connect(&m_languageWatch, &LanguageWatch::languageChanged, this, &ProjectDetails::changed);
}

QList<ProjectPartModel*> ProjectDetails::parts()
{
    return {&m_contacts, &m_team, &m_milestones, &m_issues, &m_documents};
}

void ProjectDetails::setStore(UserStore* store)
{
    if (m_store == store) return;
    if (m_store) disconnect(m_store->events(), nullptr, this, nullptr);
    m_store = store;
    if (m_store) connect(m_store->events(), &StoreEvents::recordsChanged, this, &ProjectDetails::refresh);
    for (auto* part : parts()) part->setStore(store);
    m_visits.setStore(store);
    emit storeChanged();
    refresh();
}

void ProjectDetails::setProjectId(const QString& projectId)
{
    if (m_projectId == projectId) return;
    m_projectId = projectId;
    for (auto* part : parts()) part->setProjectId(projectId);
    m_visits.setProjectId(projectId);
    emit projectIdChanged();
    refresh();
}

void ProjectDetails::setReferenceDate(const QDate& date)
{
    if (m_referenceDate == date) return;
    m_referenceDate = date;
    for (auto* part : parts()) part->setReferenceDate(date);
    m_visits.setReferenceDate(date);
    emit referenceDateChanged();
}

void ProjectDetails::refresh()
{
    m_header = {};
    m_found = false;
    m_errorString.clear();
    if (m_store && m_store->isOpen() && !m_projectId.isEmpty()) {
        try {
            if (auto header = fv::app::readProjectHeader(*m_store->local(), m_projectId.toStdString())) {
                m_header = std::move(*header);
                m_found = true;
            }
        } catch (const std::exception& e) {
            m_errorString =
                tr("This project could not be read from the tablet's database: %1").arg(QString::fromUtf8(e.what()));
            qCWarning(lcModels) << "project" << m_projectId << e.what();
        }
    }
    emit changed();
}

QString ProjectDetails::phaseLabel() const { return fv::app::labels::projectPhase(m_header.phase); }

int ProjectDetails::phaseIndex() const
{
    const auto phase = fv::enumFromString<fv::ProjectPhase>(m_header.phase.toStdString());
    return phase ? int(*phase) : -1;
}

QStringList ProjectDetails::phaseLabels() const
{
    QStringList labels;
    for (const auto& [phase, wireName] : fv::EnumNames<fv::ProjectPhase>::values)
        labels << fv::app::labels::projectPhase(QString::fromUtf8(wireName.data(), qsizetype(wireName.size())));
    return labels;
}

QVariantList ProjectDetails::keyDates() const
{
    const std::pair<QString, QDate> dates[] = {
        {tr("Contract signed"), m_header.contractSigned},
        {tr("Implementation notice"), m_header.implementationNotice},
        {tr("Accepted"), m_header.accepted},
        {tr("Trial run ends"), m_header.trialRunEnd},
        {tr("Handed over to service"), m_header.handover},
    };
    QVariantList out;
    for (const auto& [label, date] : dates)
        if (date.isValid()) out.append(QVariantMap{{"label", label}, {"dateText", fv::app::dayText(date)}});
    return out;
}
