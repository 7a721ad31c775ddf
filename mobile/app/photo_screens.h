#pragma once

#include <QString>
#include <functional>

class QQuickWindow;
class UserStore;

// The screenshot command's photo screen: the visit in progress (whose demo
// photos writeDemoPhotos put there) with its first photo opened full size,
// caption and all, as a tap on its thumbnail in the visit's photo strip does.
class PhotoScreens {
public:
    using Shoot = std::function<bool(const QString& screen)>;

    PhotoScreens(QQuickWindow& window, UserStore& store, Shoot shoot)
        : m_window(window), m_store(store), m_shoot(std::move(shoot))
    {
    }

    bool run();

private:
    QQuickWindow& m_window;
    UserStore& m_store;
    Shoot m_shoot;
};
