#pragma once

#include <QString>
#include <functional>

class QQuickWindow;
class UserStore;

// The screenshot command's acceptance and signing screens, on the demo's
// acceptance report: the report, in landscape and portrait; the customer signing on the pad, in
// landscape and turned to portrait; the report signed; and both signatures
// VOID after the customer's opinion was changed. Everything is done through
// the screens' own items, as a person would; afterwards the report is put
// back as it was (the signatures made are removed), so every language
// shows the same.
class SigningScreens {
public:
    using Shoot = std::function<bool(const QString& screen)>;

    SigningScreens(QQuickWindow& window, UserStore& store, Shoot shoot)
        : m_window(window), m_store(store), m_shoot(std::move(shoot))
    {
    }

    bool run();

private:
    bool shootSigning(const QString& acceptanceId);
    bool shootVoid(const QString& acceptanceId);
    void restore(const QString& acceptanceId, const QString& opinion);

    QQuickWindow& m_window;
    UserStore& m_store;
    Shoot m_shoot;
};
