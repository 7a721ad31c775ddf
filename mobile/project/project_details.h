#pragma once

#include "i18n/language_watch.h"
#include "models/visit_list_model.h"
#include "project/issue_list_model.h"
#include "project/milestone_list_model.h"
#include "project/people_list_model.h"
#include "project/project_rows.h"
#include "project/signed_document_list_model.h"
#include "store/user_store.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

// Everything the project screen shows of one project: its header (name,
// contract, customer, phase, lead, key dates) and one list per part —
// customer contacts, milestones, team, visits, issues, signed documents. It
// owns those lists and keeps them on the same store, project and day; each
// re-reads itself after every save and sync, and the header does too.
class ProjectDetails : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(UserStore* store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(QString projectId READ projectId WRITE setProjectId NOTIFY projectIdChanged)
    Q_PROPERTY(QDate referenceDate READ referenceDate WRITE setReferenceDate NOTIFY referenceDateChanged)

    // False until the project is read, and when it is not on this tablet.
    Q_PROPERTY(bool found READ found NOTIFY changed)
    Q_PROPERTY(QString errorString READ errorString NOTIFY changed)
    Q_PROPERTY(QString name READ name NOTIFY changed)
    Q_PROPERTY(QString contractNo READ contractNo NOTIFY changed)
    Q_PROPERTY(QString scope READ scope NOTIFY changed)
    Q_PROPERTY(QString customerName READ customerName NOTIFY changed)
    Q_PROPERTY(QString customerAddress READ customerAddress NOTIFY changed)
    Q_PROPERTY(QString leadName READ leadName NOTIFY changed)
    Q_PROPERTY(QString phase READ phase NOTIFY changed)
    Q_PROPERTY(QString phaseLabel READ phaseLabel NOTIFY changed)
    // Where the phase stands among phaseLabels (every phase in order), -1 if unknown.
    Q_PROPERTY(int phaseIndex READ phaseIndex NOTIFY changed)
    Q_PROPERTY(QStringList phaseLabels READ phaseLabels NOTIFY changed)
    // The key dates that are set, in the order a project reaches them: [{label, dateText}].
    Q_PROPERTY(QVariantList keyDates READ keyDates NOTIFY changed)

    Q_PROPERTY(PeopleListModel* contacts READ contacts CONSTANT)
    Q_PROPERTY(PeopleListModel* team READ team CONSTANT)
    Q_PROPERTY(MilestoneListModel* milestones READ milestones CONSTANT)
    Q_PROPERTY(VisitListModel* visits READ visits CONSTANT)
    Q_PROPERTY(IssueListModel* issues READ issues CONSTANT)
    Q_PROPERTY(SignedDocumentListModel* documents READ documents CONSTANT)

public:
    explicit ProjectDetails(QObject* parent = nullptr);

    UserStore* store() const { return m_store; }
    void setStore(UserStore* store);
    QString projectId() const { return m_projectId; }
    void setProjectId(const QString& projectId);
    QDate referenceDate() const { return m_referenceDate; }
    void setReferenceDate(const QDate& date);

    bool found() const { return m_found; }
    QString errorString() const { return m_errorString; }
    QString name() const { return m_header.name; }
    QString contractNo() const { return m_header.contractNo; }
    QString scope() const { return m_header.scope; }
    QString customerName() const { return m_header.customerName; }
    QString customerAddress() const { return m_header.customerAddress; }
    QString leadName() const { return m_header.leadName; }
    QString phase() const { return m_header.phase; }
    QString phaseLabel() const;
    int phaseIndex() const;
    QStringList phaseLabels() const;
    QVariantList keyDates() const;

    PeopleListModel* contacts() { return &m_contacts; }
    PeopleListModel* team() { return &m_team; }
    MilestoneListModel* milestones() { return &m_milestones; }
    VisitListModel* visits() { return &m_visits; }
    IssueListModel* issues() { return &m_issues; }
    SignedDocumentListModel* documents() { return &m_documents; }

    // Reads the header again (the lists re-read on their own).
    Q_INVOKABLE void refresh();

signals:
    void storeChanged();
    void projectIdChanged();
    void referenceDateChanged();
    void changed();

private:
    QList<ProjectPartModel*> parts();

    QPointer<UserStore> m_store;
    QString m_projectId;
    QDate m_referenceDate;
    bool m_found = false;
    QString m_errorString;
    fv::app::ProjectHeader m_header;
    LanguageWatch m_languageWatch;

    PeopleListModel m_contacts;
    PeopleListModel m_team;
    MilestoneListModel m_milestones;
    VisitListModel m_visits;
    IssueListModel m_issues;
    SignedDocumentListModel m_documents;
};
