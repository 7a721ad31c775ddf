// fieldvisit-app: the tablet app. See mobile/README.md.

#include "app/app_options.h"
#include "app/app_services.h"
#include "app/display_check.h"
#include "app/main_window.h"
#include "app/screenshot_runner.h"
#include "net/server_address.h"
#include "session/session.h"

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QtQml/qqmlextensionplugin.h>
#include <cstdio>

// The FieldVisit QML module is linked in statically.
Q_IMPORT_QML_PLUGIN(FieldVisitPlugin)

namespace {

QStringList argumentsOf(int argc, char** argv)
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i) arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

void printNoDisplay()
{
    std::fputs("fieldvisit-app: there is no display to show the app on (neither DISPLAY nor WAYLAND_DISPLAY is "
               "set).\n"
               "  To see the app, run it in a desktop session; to render its screens to PNG files instead, run\n"
               "  fieldvisit-app --screenshot DIR. Nothing else was done; any server started with it keeps running.\n",
               stdout);
}

int runApp(const AppOptions& options)
{
    AppServices services(AppPaths::standard()); // outlives the engine: it owns the singletons
    QQmlApplicationEngine engine;
    if (!loadMainWindow(engine, services)) return 1;
    Session& session = services.session();
    // The demo signs in from the command line; a session already open for the same user and server stands.
    const auto server = fv::app::serverBaseUrl(options.server);
    const bool alreadyIn =
        session.isSignedIn() && session.userId() == options.user && server && server->toString() == session.serverUrl();
    if (options.signInRequested() && !alreadyIn) session.signIn(options.server, options.user, options.password);
    return QGuiApplication::exec();
}

} // namespace

int main(int argc, char** argv)
{
    const QStringList raw = argumentsOf(argc, argv);
    if (raw.contains(QLatin1String("--help")) || raw.contains(QLatin1String("-h"))) {
        std::fputs(qPrintable(AppOptions::usage()), stdout);
        return 0;
    }
    const bool screenshots = raw.contains(QLatin1String("--screenshot"));
    // Screenshots need no display: they render offscreen, in the software renderer.
    if (screenshots && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    if (!screenshots && !canShowWindow()) {
        printNoDisplay();
        return 0;
    }

    QGuiApplication app(argc, argv);
    // Settings in ~/.config/FieldVisit/Tablet.conf, databases in ~/.local/share/FieldVisit/Tablet on
    // desktops; on Android both live in the app's private storage whatever these say.
    QGuiApplication::setOrganizationName(QStringLiteral("FieldVisit"));
    QGuiApplication::setApplicationName(QStringLiteral("Tablet"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("FieldVisit"));
    QGuiApplication::setApplicationVersion(QStringLiteral(FV_APP_VERSION));
    QQuickStyle::setStyle(QStringLiteral("Material"));

    const AppOptions options = AppOptions::parse(argumentsOf(argc, argv)); // Qt has taken its own options out
    if (!options.error.isEmpty()) {
        std::fprintf(stderr, "fieldvisit-app: %s\n\n%s", qPrintable(options.error), qPrintable(AppOptions::usage()));
        return 2;
    }
    if (screenshots) {
        std::optional<ScreenshotRunner::Credentials> live;
        if (options.signInRequested())
            live = ScreenshotRunner::Credentials{options.server, options.user, options.password};
        return ScreenshotRunner(options.screenshotDir, live).run();
    }
    return runApp(options);
}
