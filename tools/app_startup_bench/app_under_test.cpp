#include "app_under_test.h"

#include "app/app_services.h"
#include "app/main_window.h"
#include "proc_status.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTimer>
#include <cstdio>
#include <stdexcept>

namespace {

constexpr int kChildTimeoutMs = 60000;

// The Today screen is usable once its lists have their rows: the visit count
// chip and the project list are filled from the database.
bool todayIsFilled(QQuickWindow& window)
{
    auto* count = window.findChild<QQuickItem*>(QStringLiteral("todayCount"));
    auto* projects = window.findChild<QQuickItem*>(QStringLiteral("projectList"));
    return count && projects && count->property("value").toInt() > 0 && projects->property("count").toInt() > 0;
}

} // namespace

ChildFigures runChild(const QString& program, const QString& dataDir)
{
    QProcess child;
    auto environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer clock;
    clock.start();
    child.start(program, {QStringLiteral("--child"), dataDir});
    QByteArray answer;
    while (!answer.contains('\n') && child.waitForReadyRead(kChildTimeoutMs)) answer += child.readAllStandardOutput();
    const double elapsed = double(clock.nsecsElapsed()) / 1e6;
    child.waitForFinished(kChildTimeoutMs);
    const auto words = answer.trimmed().split(' ');
    if (words.size() != 3 || words[0] != "ready")
        throw std::runtime_error("the app did not reach its Today screen: " + answer.toStdString());
    return {elapsed, words[1].toDouble(), words[2].toDouble()};
}

int childMain(int argc, char** argv, const QString& dataDir)
{
    QGuiApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Material"));
    AppServices services(AppPaths::under(dataDir));
    QQmlApplicationEngine engine;
    QQuickWindow* window = loadMainWindow(engine, services);
    if (!window) return 1;
    // Ready at the first frame drawn with the lists filled.
    QObject::connect(window, &QQuickWindow::frameSwapped, &app, [window] {
        if (!todayIsFilled(*window)) {
            window->update();
            return;
        }
        const auto memory = fv::proc::ownMemory();
        std::printf("ready %ld %ld\n", memory.residentKiB, memory.peakKiB);
        std::fflush(stdout);
        QCoreApplication::exit(0);
    });
    QTimer::singleShot(kChildTimeoutMs, &app, [] { QCoreApplication::exit(3); });
    return QGuiApplication::exec();
}
