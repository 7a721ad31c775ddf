#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTranslator>
#include <QtQml/qqmlregistration.h>

class AppSettings;
class QQmlEngine;
class QJSEngine;

// The language the app speaks: the system's (Chinese or English; Simplified
// Chinese, the product's first language, for any other), unless the user
// chose one. Switching takes effect at once: the translator is replaced, QML
// re-evaluates its qsTr() bindings, and C++ text follows LanguageChange.
class Language : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    // "" follows the system; otherwise one of `available`.
    Q_PROPERTY(QString choice READ choice WRITE setChoice NOTIFY changed)
    // The language in use: "zh_CN" or "en".
    Q_PROPERTY(QString current READ current NOTIFY changed)
    Q_PROPERTY(QStringList available READ available CONSTANT)

public:
    explicit Language(AppSettings& settings, QObject* parent = nullptr);
    ~Language() override;

    static Language* create(QQmlEngine* engine, QJSEngine* scriptEngine);

    QString choice() const { return m_choice; }
    void setChoice(const QString& choice);
    QString current() const { return m_current; }
    QStringList available() const;

    // The engine whose bindings are retranslated on a switch.
    void setEngine(QQmlEngine* engine);

    // The language the system asks for, among those the app has.
    static QString systemLanguage();

signals:
    void changed();

private:
    void apply();

    AppSettings& m_settings;
    QString m_choice;
    QString m_current;
    QTranslator m_translator;
    QPointer<QQmlEngine> m_engine;
};
