#pragma once

#include "acceptance/deliverable_list_model.h"
#include "acceptance/rectification_list_model.h"
#include "i18n/language_watch.h"
#include "store/user_store.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QtQml/qqmlregistration.h>
#include <functional>
#include <memory>

namespace fv {
struct Acceptance;
}

// One acceptance report (项目实施验收单) being filled in at the customer's
// site: the deliverables checklist, the customer's opinion, the
// rectification items and the result. Every change is saved at once through
// RecordWriter (record and outbox entry together), which also voids any
// signature the change invalidates; the lists re-read from the store, so
// what is shown is what is saved. A change the rules refuse (an empty line,
// "passed" with items open) leaves the report as it was and says why in
// errorString.
//
// Dates are typed as ISO dates (2026-11-29); an empty text clears the date.
class AcceptanceEditor : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(UserStore* store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(bool loaded READ isLoaded NOTIFY changed)
    Q_PROPERTY(QString acceptanceId READ acceptanceId NOTIFY changed)
    Q_PROPERTY(QString projectId READ projectId NOTIFY changed)
    Q_PROPERTY(QString projectName READ projectName NOTIFY changed)
    Q_PROPERTY(QString title READ title NOTIFY changed)
    Q_PROPERTY(QString customerOpinion READ customerOpinion NOTIFY changed)
    Q_PROPERTY(QString result READ result NOTIFY changed) // wire name: pending, passed, needs_rectification
    Q_PROPERTY(QString resultLabel READ resultLabel NOTIFY changed)
    Q_PROPERTY(bool canPass READ canPass NOTIFY changed)
    Q_PROPERTY(DeliverableListModel* deliverables READ deliverables CONSTANT)
    Q_PROPERTY(RectificationListModel* rectifications READ rectifications CONSTANT)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)

public:
    explicit AcceptanceEditor(QObject* parent = nullptr);
    ~AcceptanceEditor() override;

    UserStore* store() const { return m_store; }
    void setStore(UserStore* store);

    bool isLoaded() const;
    QString acceptanceId() const;
    QString projectId() const;
    QString projectName() const { return m_projectName; }
    QString title() const;
    QString customerOpinion() const;
    QString result() const;
    QString resultLabel() const;
    // Every deliverable accepted and every rectification item done.
    bool canPass() const;
    DeliverableListModel* deliverables() { return &m_deliverables; }
    RectificationListModel* rectifications() { return &m_rectifications; }
    QString errorString() const { return m_errorString; }

    // Opens the report `acceptanceId`; false (and errorString) when it is not on this tablet.
    Q_INVOKABLE bool open(const QString& acceptanceId);
    // Starts and saves a new report for `projectId`, titled after the project.
    Q_INVOKABLE bool create(const QString& projectId);

    Q_INVOKABLE bool setTitle(const QString& title);
    Q_INVOKABLE bool setCustomerOpinion(const QString& opinion);
    Q_INVOKABLE bool setResult(const QString& result);

    Q_INVOKABLE bool addDeliverable(const QString& content, const QString& deliveredOn, const QString& method);
    Q_INVOKABLE bool editDeliverable(int row, const QString& content, const QString& deliveredOn,
                                     const QString& method);
    Q_INVOKABLE bool setDeliverableAccepted(int row, bool accepted);
    Q_INVOKABLE bool removeDeliverable(int row);

    Q_INVOKABLE bool addRectification(const QString& description, const QString& dueDate);
    Q_INVOKABLE bool editRectification(int row, const QString& description, const QString& dueDate);
    Q_INVOKABLE bool setRectificationDone(int row, bool done);
    Q_INVOKABLE bool removeRectification(int row);

signals:
    void storeChanged();
    void changed();
    void errorStringChanged();

private:
    struct Report;
    // Applies `edit` to a copy of the report and saves it; `edit` returns
    // what is wrong with the input (empty: nothing), and then nothing is saved.
    using Edit = std::function<QString(fv::Acceptance&)>;
    bool change(const Edit& edit);
    void reload();
    void show();
    void setErrorString(const QString& text);

    QPointer<UserStore> m_store;
    std::unique_ptr<Report> m_report;
    QString m_projectName;
    DeliverableListModel m_deliverables;
    RectificationListModel m_rectifications;
    QString m_errorString;
    LanguageWatch m_languageWatch;
};
