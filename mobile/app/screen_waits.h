#pragma once

// Waiting for the screens the screenshot runner drives offscreen: QML pages
// animate in and lay out over several frames, and sign-in and sync finish
// on their own time, so a picture taken at once would catch them half done.

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QTimer>
#include <functional>

namespace fv::app {

// Lets animations and transitions finish (a page just pushed, a popup just opened, busy indicators).
inline void settle(int ms = 700)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// Runs the event loop until done() or ms have passed; says whether done() came true.
inline bool waitUntil(const std::function<bool()>& done, int ms = 15000)
{
    QDeadlineTimer deadline(ms);
    while (!done() && !deadline.hasExpired()) settle(50);
    return done();
}

} // namespace fv::app
