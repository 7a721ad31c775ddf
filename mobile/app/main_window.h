#pragma once

class AppServices;
class QQmlApplicationEngine;
class QQuickWindow;

// Loads the app's window (Main.qml from the FieldVisit module) into `engine`,
// with `services` as its singletons. nullptr, after Qt has printed why, when
// the QML does not load.
QQuickWindow* loadMainWindow(QQmlApplicationEngine& engine, AppServices& services);
