#pragma once

#include <QObject>

// Tells its owner when the application's translators change, so that text
// made in C++ (labels, error messages) is made again in the new language.
// QML's own qsTr() bindings are redone by QQmlEngine::retranslate().
class LanguageWatch : public QObject {
    Q_OBJECT

public:
    explicit LanguageWatch(QObject* parent = nullptr);

signals:
    void languageChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};
