#include "app/screenshot_runner.h"

#include "app/app_services.h"
#include "app/demo_data.h"
#include "app/demo_photo.h"
#include "app/demo_review.h"
#include "app/main_window.h"
#include "app/photo_screens.h"
#include "app/screen_waits.h"
#include "app/signing_screens.h"
#include "i18n/language.h"
#include "session/session.h"
#include "settings/app_settings.h"
#include "store/user_store.h"
#include "sync/sync_controller.h"

#include <QDir>
#include <QFileInfo>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <exception>

using fv::app::settle;
using fv::app::waitUntil;

namespace {

const QString kDemoUser = QStringLiteral("liuyang");
// Nothing listens on the discard port: sign-in and sync fail at once, as offline.
const QString kOfflineServer = QStringLiteral("http://127.0.0.1:9");

std::optional<fv::app::DemoRecords> seedDemoDatabase(const AppPaths& paths)
try {
    AppSettings settings(paths);
    const QString path = paths.databaseFor(kDemoUser);
    QDir().mkpath(QFileInfo(path).absolutePath());
    fv::LocalStore store(path.toStdString(), {kDemoUser.toStdString(), settings.deviceId().toStdString()});
    auto demo = fv::app::writeDemoData(store, kDemoUser.toStdString(), QDate::currentDate());
    fv::app::writeDemoPhotos(store, paths.blobDir());
    return demo;
} catch (const std::exception& e) {
    std::fprintf(stderr, "fieldvisit-app: cannot write the demo data: %s\n", e.what());
    return std::nullopt;
}

// Changes the server refused and a conflict it reported, for the sync problems screen; the
// status bar counts them on every screen from the start, in both languages alike.
bool seedDemoSyncProblems(const AppPaths& paths)
try {
    AppSettings settings(paths);
    fv::LocalStore store(paths.databaseFor(kDemoUser).toStdString(),
                         {kDemoUser.toStdString(), settings.deviceId().toStdString()});
    fv::app::writeDemoSyncProblems(store, QDate::currentDate());
    return true;
} catch (const std::exception& e) {
    std::fprintf(stderr, "fieldvisit-app: cannot write the demo sync problems: %s\n", e.what());
    return false;
}

// Fills the sign-in form and presses its button, through the QML items themselves.
bool submitSignInForm(QQuickWindow& window, const ScreenshotRunner::Credentials& credentials)
{
    auto* server = window.findChild<QQuickItem*>(QStringLiteral("serverField"));
    auto* user = window.findChild<QQuickItem*>(QStringLiteral("userField"));
    auto* password = window.findChild<QQuickItem*>(QStringLiteral("passwordField"));
    auto* button = window.findChild<QQuickItem*>(QStringLiteral("signInButton"));
    if (!server || !user || !password || !button) return false;
    server->setProperty("text", credentials.server);
    user->setProperty("text", credentials.user);
    password->setProperty("text", credentials.password);
    return QMetaObject::invokeMethod(button, "clicked");
}

QQuickItem* flickableOf(QQuickWindow& window, const QString& scrollViewName)
{
    auto* scroll = window.findChild<QQuickItem*>(scrollViewName);
    return scroll ? scroll->property("contentItem").value<QQuickItem*>() : nullptr;
}

// Shows the end of a ScrollView's content (the Today lists' recently done), below the first screenful.
bool scrollToEnd(QQuickWindow& window, const QString& scrollViewName)
{
    settle(); // a page just pushed has not laid out its content yet
    auto* flickable = flickableOf(window, scrollViewName);
    if (!flickable) return false;
    const qreal end = flickable->property("contentHeight").toReal() - flickable->height();
    return flickable->setProperty("contentY", std::max<qreal>(0, end));
}

bool scrollToTop(QQuickWindow& window, const QString& scrollViewName)
{
    auto* flickable = flickableOf(window, scrollViewName);
    return flickable && flickable->setProperty("contentY", 0);
}

} // namespace

int ScreenshotRunner::run()
{
    QTemporaryDir temp;
    if (!temp.isValid() || !QDir().mkpath(m_outputDir)) {
        std::fprintf(stderr, "fieldvisit-app: cannot write screenshots to %s\n", qPrintable(m_outputDir));
        return 1;
    }
    const AppPaths paths = AppPaths::under(temp.path());
    if (!m_live) {
        const auto demo = seedDemoDatabase(paths);
        if (!demo) return 1;
        m_demoVisitId = QString::fromStdString(demo->visitInProgress);
    }

    if (!m_live && !seedDemoSyncProblems(paths)) return 1;
    AppServices services(paths);
    QQmlApplicationEngine engine;
    QQuickWindow* window = loadMainWindow(engine, services);
    auto* sync = window ? window->findChild<SyncController*>(QStringLiteral("syncController")) : nullptr;
    if (!sync) return 1;
    sync->setAutoSync(false); // runs only when a shot needs it

    bool ok = true;
    for (const auto& language : {QStringLiteral("zh_CN"), QStringLiteral("en")}) {
        services.language().setChoice(language);
        services.session().signOut();
        ok = shoot(*window, QStringLiteral("signin"), language) && ok;
        ok = (m_live ? shootLive(services, *window, *sync, language) : shootDemo(services, *window, *sync, language)) &&
             ok;
        if (!m_live) ok = shootReview(services, *window, language) && ok;
        if (!m_live) ok = SigningScreens(*window, *services.session().store(), [&](const QString& screen) {
                              return shoot(*window, screen, language);
                          }).run() && ok;
        if (!m_live) ok = PhotoScreens(*window, *services.session().store(), [&](const QString& screen) {
                              return shoot(*window, screen, language);
                          }).run() && ok;
    }
    return ok ? 0 : 1;
}

bool ScreenshotRunner::shootDemo(AppServices& services, QQuickWindow& window, SyncController& sync,
                                 const QString& language)
{
    Session& session = services.session();
    bool ok = submitSignInForm(window, {kOfflineServer, kDemoUser, QStringLiteral("demo-password")});
    ok = waitUntil([&] { return !session.isBusy() && !session.errorString().isEmpty(); }) && ok;
    ok = shoot(window, QStringLiteral("signin-error"), language) && ok;

    // The demo database holds the records; the session is one a sign-in would have made.
    ok = session.adopt({kOfflineServer, QStringLiteral("demo-token"), QDateTime::currentDateTimeUtc().addDays(30),
                        kDemoUser, QStringLiteral("刘洋"), QStringLiteral("field_staff")}) &&
         ok;
    ok = shootToday(window, language) && ok;

    sync.syncNow();
    ok = waitUntil([&] { return !sync.isBusy() && sync.state() != SyncController::Idle; }) && ok;
    ok = shoot(window, QStringLiteral("today-offline"), language) && ok;
    return shootVisit(window, language) && ok;
}

// The visit record form of the visit in progress: its top and its end in
// landscape, and its top in portrait.
bool ScreenshotRunner::shootVisit(QQuickWindow& window, const QString& language)
{
    if (!QMetaObject::invokeMethod(&window, "openVisit", Q_ARG(QVariant, m_demoVisitId))) return false;
    bool ok = shoot(window, QStringLiteral("visit"), language);
    ok = scrollToEnd(window, QStringLiteral("visitScroll")) && shoot(window, QStringLiteral("visit-end"), language) && ok;
    const QSize landscape = window.size();
    window.resize(landscape.transposed());
    ok = scrollToTop(window, QStringLiteral("visitScroll")) &&
         shoot(window, QStringLiteral("visit-portrait"), language) && ok;
    window.resize(landscape);
    return ok;
}

// The demo's MES project in landscape and portrait, then the sync problems.
bool ScreenshotRunner::shootReview(AppServices& services, QQuickWindow& window, const QString& language)
try {
    UserStore* store = services.session().store();
    if (!store || !store->isOpen()) return false;
    const QString projectId = QString::fromStdString(fv::app::demoProjectId(*store->local()));
    if (!QMetaObject::invokeMethod(&window, "openProject", Q_ARG(QVariant, projectId))) return false;
    bool ok = shoot(window, QStringLiteral("project"), language);
    auto* tabs = window.findChild<QQuickItem*>(QStringLiteral("projectTabBar"));
    ok = tabs && tabs->setProperty("currentIndex", 1) && shoot(window, QStringLiteral("project-issues"), language) && ok;
    ok = tabs && tabs->setProperty("currentIndex", 2) && shoot(window, QStringLiteral("project-documents"), language) &&
         ok;
    if (tabs) tabs->setProperty("currentIndex", 0);
    const QSize landscape = window.size();
    window.resize(landscape.transposed());
    ok = shoot(window, QStringLiteral("project-portrait"), language) && ok;
    window.resize(landscape);
    ok = QMetaObject::invokeMethod(&window, "openSyncProblems") &&
         shoot(window, QStringLiteral("sync-problems"), language) && ok;
    return ok;
} catch (const std::exception& e) {
    std::fprintf(stderr, "fieldvisit-app: cannot show the demo project: %s\n", e.what());
    return false;
}

bool ScreenshotRunner::shootLive(AppServices& services, QQuickWindow& window, SyncController& sync,
                                 const QString& language)
{
    Session& session = services.session();
    if (!submitSignInForm(window, *m_live) || !waitUntil([&] { return !session.isBusy(); }) || !session.isSignedIn()) {
        std::fprintf(stderr, "fieldvisit-app: cannot sign in at %s: %s\n", qPrintable(m_live->server),
                     qPrintable(session.errorString()));
        return false;
    }
    sync.syncNow();
    if (!waitUntil([&] { return !sync.isBusy(); }, 60000) || sync.state() != SyncController::Idle) {
        std::fprintf(stderr, "fieldvisit-app: the sync did not complete: %s\n", qPrintable(sync.errorString()));
        return false;
    }
    return shootToday(window, language);
}

bool ScreenshotRunner::shootToday(QQuickWindow& window, const QString& language)
{
    bool ok = shoot(window, QStringLiteral("today"), language);
    return scrollToEnd(window, QStringLiteral("visitsScroll")) &&
           shoot(window, QStringLiteral("today-recent"), language) && ok;
}

bool ScreenshotRunner::shoot(QQuickWindow& window, const QString& screen, const QString& language)
{
    settle();
    const QString path = QDir(m_outputDir).filePath(QStringLiteral("%1_%2.png").arg(screen, language));
    const bool saved = window.grabWindow().save(path);
    std::fprintf(saved ? stdout : stderr, "%s %s\n", saved ? "wrote" : "could not write", qPrintable(path));
    return saved;
}
