#pragma once

#include "i18n/language_watch.h"
#include "store/user_store.h"
#include "visit/person_list_model.h"
#include "visit/satisfaction_model.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>
#include <functional>
#include <memory>

namespace fv {
struct Visit;
}

// The visit record form (《项目回访记录表》) over one visit in the signed-in
// user's database. Every setter saves at once through RecordWriter (record and
// outbox entry in one transaction), so closing the app loses nothing already
// set; the views call a text setter when the user leaves the field. The editor
// re-reads the record after every save and sync, and owns the workflow:
// start, finish and submit for review, along the allowed status changes, the
// last only when the form is complete (what is missing is said in words).
// Submitted and reviewed records are read-only.
class VisitEditor : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(UserStore* store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(QString visitId READ visitId WRITE setVisitId NOTIFY visitIdChanged)
    Q_PROPERTY(bool loaded READ isLoaded NOTIFY visitChanged)
    // The last save or step that failed, in plain words; cleared by the next success.
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)

    Q_PROPERTY(QString projectId READ projectId NOTIFY visitChanged)
    Q_PROPERTY(QString projectName READ projectName NOTIFY visitChanged)
    Q_PROPERTY(QString customerName READ customerName NOTIFY visitChanged)
    Q_PROPERTY(QString kind READ kind WRITE setKind NOTIFY visitChanged)
    Q_PROPERTY(QString kindLabel READ kindLabel NOTIFY visitChanged)
    Q_PROPERTY(QString method READ method WRITE setMethod NOTIFY visitChanged)
    Q_PROPERTY(QString methodLabel READ methodLabel NOTIFY visitChanged)
    Q_PROPERTY(QString status READ status NOTIFY visitChanged)
    Q_PROPERTY(QString statusLabel READ statusLabel NOTIFY visitChanged)
    // [{value: "periodic", label: "Periodic visit"}, ...] for the pickers.
    Q_PROPERTY(QVariantList kindOptions READ kindOptions NOTIFY visitChanged)
    Q_PROPERTY(QVariantList methodOptions READ methodOptions NOTIFY visitChanged)

    Q_PROPERTY(QString plannedText READ plannedText NOTIFY visitChanged)
    Q_PROPERTY(QString actualStartText READ actualStartText NOTIFY visitChanged)
    Q_PROPERTY(QString actualEndText READ actualEndText NOTIFY visitChanged)

    Q_PROPERTY(QString address READ address WRITE setAddress NOTIFY visitChanged)
    Q_PROPERTY(QString runningStatus READ runningStatus WRITE setRunningStatus NOTIFY visitChanged)
    Q_PROPERTY(QString needsChanges READ needsChanges WRITE setNeedsChanges NOTIFY visitChanged)
    Q_PROPERTY(QString potentialNeeds READ potentialNeeds WRITE setPotentialNeeds NOTIFY visitChanged)
    Q_PROPERTY(QString competitorInfo READ competitorInfo WRITE setCompetitorInfo NOTIFY visitChanged)
    Q_PROPERTY(QString customerWords READ customerWords WRITE setCustomerWords NOTIFY visitChanged)
    Q_PROPERTY(QString solvedOnSite READ solvedOnSite WRITE setSolvedOnSite NOTIFY visitChanged)
    Q_PROPERTY(QString reviewComment READ reviewComment NOTIFY visitChanged)

    Q_PROPERTY(PersonListModel* visitors READ visitors CONSTANT)
    Q_PROPERTY(PersonListModel* customerAttendees READ customerAttendees CONSTANT)
    Q_PROPERTY(SatisfactionModel* satisfaction READ satisfaction CONSTANT)

    Q_PROPERTY(bool readOnly READ isReadOnly NOTIFY visitChanged)
    Q_PROPERTY(bool canStart READ canStart NOTIFY visitChanged)
    Q_PROPERTY(bool canFinish READ canFinish NOTIFY visitChanged)
    Q_PROPERTY(bool canSubmit READ canSubmit NOTIFY visitChanged)
    Q_PROPERTY(bool signatureNeeded READ isSignatureNeeded NOTIFY visitChanged)
    // What the form still lacks before it can be submitted, in plain words.
    Q_PROPERTY(QStringList missingItems READ missingItems NOTIFY visitChanged)

public:
    struct Loaded; // the record on screen and what it shows of other records; in the .cpp

    explicit VisitEditor(QObject* parent = nullptr);
    ~VisitEditor() override;

    UserStore* store() const { return m_store; }
    void setStore(UserStore* store);
    QString visitId() const { return m_visitId; }
    void setVisitId(const QString& id);
    bool isLoaded() const;
    QString errorString() const { return m_errorString; }

    QString projectId() const;
    QString projectName() const;
    QString customerName() const;
    QString kind() const;
    void setKind(const QString& wireName);
    QString kindLabel() const;
    QString method() const;
    void setMethod(const QString& wireName);
    QString methodLabel() const;
    QString status() const;
    QString statusLabel() const;
    QVariantList kindOptions() const;
    QVariantList methodOptions() const;

    QString plannedText() const;
    QString actualStartText() const;
    QString actualEndText() const;

    // The record's text fields; one table in the .cpp maps each to its member.
    enum class TextField {
        Address,
        RunningStatus,
        NeedsChanges,
        PotentialNeeds,
        CompetitorInfo,
        CustomerWords,
        SolvedOnSite
    };
    QString text(TextField field) const;
    void setText(TextField field, const QString& value);
    QString address() const { return text(TextField::Address); }
    void setAddress(const QString& v) { setText(TextField::Address, v); }
    QString runningStatus() const { return text(TextField::RunningStatus); }
    void setRunningStatus(const QString& v) { setText(TextField::RunningStatus, v); }
    QString needsChanges() const { return text(TextField::NeedsChanges); }
    void setNeedsChanges(const QString& v) { setText(TextField::NeedsChanges, v); }
    QString potentialNeeds() const { return text(TextField::PotentialNeeds); }
    void setPotentialNeeds(const QString& v) { setText(TextField::PotentialNeeds, v); }
    QString competitorInfo() const { return text(TextField::CompetitorInfo); }
    void setCompetitorInfo(const QString& v) { setText(TextField::CompetitorInfo, v); }
    QString customerWords() const { return text(TextField::CustomerWords); }
    void setCustomerWords(const QString& v) { setText(TextField::CustomerWords, v); }
    QString solvedOnSite() const { return text(TextField::SolvedOnSite); }
    void setSolvedOnSite(const QString& v) { setText(TextField::SolvedOnSite, v); }
    QString reviewComment() const;

    PersonListModel* visitors() { return &m_visitors; }
    PersonListModel* customerAttendees() { return &m_customerAttendees; }
    SatisfactionModel* satisfaction() { return &m_satisfaction; }

    bool isReadOnly() const;
    bool canStart() const;
    bool canFinish() const;
    bool canSubmit() const;
    bool isSignatureNeeded() const;
    QStringList missingItems() const;

    // Planned → in progress, the actual start now.
    Q_INVOKABLE bool start();
    // In progress → completed, the actual end now.
    Q_INVOKABLE bool finish();
    // Completed or returned → submitted, when nothing is missing; otherwise
    // errorString names what is.
    Q_INVOKABLE bool submit();
    // Reads the record again (the editor also does so after every change).
    Q_INVOKABLE void reload();

signals:
    void storeChanged();
    void visitIdChanged();
    void visitChanged();
    void errorStringChanged();

private:
    // Applies `edit` to the latest stored record and saves it; false (and
    // errorString) when the record is read-only, gone or refuses the change.
    bool change(const std::function<void(fv::Visit&)>& edit);
    bool moveTo(const QString& toStatus, const std::function<void(fv::Visit&)>& edit);
    void saveVisitors(const QList<PersonRow>& rows);
    void saveAttendees(const QList<PersonRow>& rows);
    void saveScores(const QList<SatisfactionRow>& rows);
    void fillLists();
    bool fail(const QString& message);
    void setErrorString(const QString& text);

    QPointer<UserStore> m_store;
    QString m_visitId;
    std::unique_ptr<Loaded> m_loaded;
    QString m_errorString;
    PersonListModel m_visitors;
    PersonListModel m_customerAttendees;
    SatisfactionModel m_satisfaction;
    LanguageWatch m_languageWatch;
};
