#include "i18n/language_watch.h"

#include <QCoreApplication>
#include <QEvent>

LanguageWatch::LanguageWatch(QObject* parent) : QObject(parent)
{
    // installTranslator() sends LanguageChange to the application object only.
    if (auto* app = QCoreApplication::instance()) app->installEventFilter(this);
}

bool LanguageWatch::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == QCoreApplication::instance() && event->type() == QEvent::LanguageChange) emit languageChanged();
    return QObject::eventFilter(watched, event);
}
