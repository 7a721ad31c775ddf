#pragma once

#include <QString>
#include <QStringList>

// What the command line (or, for the demo, the environment) asks of the app:
//   fieldvisit-app [--server URL --user ID --password PW] [--screenshot DIR]
// FV_SERVER, FV_USER and FV_PASSWORD stand in for the first three.
struct AppOptions {
    QString server;
    QString user;
    QString password;
    QString screenshotDir; // render each screen to PNG here and exit
    bool help = false;
    QString error; // a bad command line, in words

    bool signInRequested() const { return !server.isEmpty() && !user.isEmpty() && !password.isEmpty(); }

    // `arguments` without the program name, and without Qt's own options
    // (-platform, -style, ...): parse what QGuiApplication leaves in argv.
    static AppOptions parse(const QStringList& arguments);
    static QString usage();
};
