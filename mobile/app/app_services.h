#pragma once

#include "settings/app_paths.h"

#include <QObject>
#include <memory>

class AppSettings;
class Language;
class QQmlEngine;
class Session;

// What the QML singletons are for one engine: the settings, the session and
// the language. The app makes one with the platform's paths before loading
// QML; tests and the screenshot command make theirs under a temporary folder.
// Session::create and Language::create (the singletons' factories) look here.
class AppServices : public QObject {
    Q_OBJECT

public:
    explicit AppServices(const AppPaths& paths, QObject* parent = nullptr);
    ~AppServices() override;

    // From now on `engine`'s Session and Language singletons are these, and
    // the engine is retranslated when the language changes.
    void attachTo(QQmlEngine& engine);
    // The services attached to `engine`; made with the platform's paths if none were.
    static AppServices& of(QQmlEngine& engine);

    AppSettings& settings() { return *m_settings; }
    Session& session() { return *m_session; }
    Language& language() { return *m_language; }

private:
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<Language> m_language; // before the session: its errors are worded in the language
    std::unique_ptr<Session> m_session;
};
