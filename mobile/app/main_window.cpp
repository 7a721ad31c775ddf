#include "app/main_window.h"

#include "app/app_services.h"

#include <QQmlApplicationEngine>
#include <QQuickWindow>

QQuickWindow* loadMainWindow(QQmlApplicationEngine& engine, AppServices& services)
{
    services.attachTo(engine);
    // Qt 6.4 does not look in the resource tree the module is compiled into by itself.
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/FieldVisit/Main.qml")));
    const auto roots = engine.rootObjects();
    return roots.isEmpty() ? nullptr : qobject_cast<QQuickWindow*>(roots.first());
}
