#include "app/app_services.h"

#include "i18n/language.h"
#include "session/session.h"
#include "settings/app_settings.h"

#include <QJSEngine>
#include <QQmlEngine>

namespace {

constexpr char kProperty[] = "fvAppServices";

} // namespace

AppServices::AppServices(const AppPaths& paths, QObject* parent)
    : QObject(parent), m_settings(std::make_unique<AppSettings>(paths)),
      m_language(std::make_unique<Language>(*m_settings)), m_session(std::make_unique<Session>(*m_settings))
{
    // Owned here, never by a JavaScript engine's garbage collector.
    QJSEngine::setObjectOwnership(m_language.get(), QJSEngine::CppOwnership);
    QJSEngine::setObjectOwnership(m_session.get(), QJSEngine::CppOwnership);
}

AppServices::~AppServices() = default;

void AppServices::attachTo(QQmlEngine& engine)
{
    engine.setProperty(kProperty, QVariant::fromValue(static_cast<QObject*>(this)));
    m_language->setEngine(&engine);
}

AppServices& AppServices::of(QQmlEngine& engine)
{
    if (auto* services = qobject_cast<AppServices*>(engine.property(kProperty).value<QObject*>())) return *services;
    auto* services = new AppServices(AppPaths::standard(), &engine);
    services->attachTo(engine);
    return *services;
}

// The QML singletons' factories: the engine's own services, never a second instance.
Session* Session::create(QQmlEngine* engine, QJSEngine*) { return &AppServices::of(*engine).session(); }

Language* Language::create(QQmlEngine* engine, QJSEngine*) { return &AppServices::of(*engine).language(); }
