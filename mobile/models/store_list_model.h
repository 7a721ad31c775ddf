#pragma once

#include "i18n/language_watch.h"
#include "store/user_store.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

// What every list over the signed-in user's database shares: it follows a
// UserStore, re-reads whenever the store's events say records changed, and
// remakes its translated roles when the language changes. A failed read
// empties the list and says why in errorString.
//
// A list its page is not showing (`active` false: the Today page under an
// open visit form) only notes that it is stale and re-reads once shown again,
// so typing in a form never pays for the lists hidden beneath it.
class StoreListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(UserStore* store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)
    Q_PROPERTY(bool active READ isActive WRITE setActive NOTIFY activeChanged)

public:
    explicit StoreListModel(QObject* parent = nullptr);

    UserStore* store() const { return m_store; }
    void setStore(UserStore* store);
    int count() const { return rowCount(); }
    QString errorString() const { return m_errorString; }
    bool isActive() const { return m_active; }
    void setActive(bool active);

    // Reads the rows again (lists also do so on their own after every change).
    Q_INVOKABLE void refresh();

signals:
    void storeChanged();
    void countChanged();
    void errorStringChanged();
    void activeChanged();
    // After every read, whether or not the count changed, and after a language switch.
    void refreshed();

protected:
    // Replaces the rows from `store` (open); may throw. Called inside a model reset.
    virtual void load(UserStore& store) = 0;
    virtual void clearRows() = 0;
    // The roles whose text depends on the language.
    virtual QList<int> translatedRoles() const = 0;

private:
    void setErrorString(const QString& text);
    void retranslate();
    void onRecordsChanged();

    QPointer<UserStore> m_store;
    QString m_errorString;
    bool m_active = true;
    bool m_stale = false; // records changed while inactive
    LanguageWatch m_languageWatch;
};
