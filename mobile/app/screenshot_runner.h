#pragma once

#include <QString>
#include <optional>

class AppServices;
class QQuickWindow;
class SyncController;

// fieldvisit-app --screenshot DIR: renders each main screen offscreen at
// 1280x800, in Chinese and in English, to DIR/<screen>_<language>.png, in a
// temporary folder (never the user's own settings or data). The sign-in form
// is driven through its own fields and button, as a person would.
//
// Without a server the Today screens and a visit record form show built-in
// demo data (app/demo_data.h) and the failure states; given `--server/--user/--password` they show what
// that server sends after a real sign-in and sync. Prints each file written;
// run() returns the process exit status.
class ScreenshotRunner {
public:
    struct Credentials {
        QString server;
        QString user;
        QString password;
    };

    explicit ScreenshotRunner(QString outputDir, std::optional<Credentials> live = std::nullopt)
        : m_outputDir(std::move(outputDir)), m_live(std::move(live))
    {
    }

    int run();

private:
    bool shootDemo(AppServices& services, QQuickWindow& window, SyncController& sync, const QString& language);
    bool shootLive(AppServices& services, QQuickWindow& window, SyncController& sync, const QString& language);
    bool shootToday(QQuickWindow& window, const QString& language);
    bool shootReview(AppServices& services, QQuickWindow& window, const QString& language);
    bool shootVisit(QQuickWindow& window, const QString& language);
    bool shoot(QQuickWindow& window, const QString& screen, const QString& language);

    QString m_outputDir;
    std::optional<Credentials> m_live;
    QString m_demoVisitId; // the demo's visit in progress, whose record form is shot
};
