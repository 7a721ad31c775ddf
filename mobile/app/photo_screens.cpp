#include "app/photo_screens.h"

#include "app/screen_waits.h"
#include "store/local_store.h"
#include "store/user_store.h"

#include <QQuickItem>
#include <QQuickWindow>
#include <QUrl>
#include <QVariant>
#include <cstdio>
#include <exception>

using fv::app::settle;

namespace {

// A view's delegates have no QObject parent, so QObject::findChild misses
// them: this walks the visual tree, and only what is shown (not a page lower
// in the stack).
QQuickItem* findShown(QQuickItem* root, const QString& name)
{
    if (!root || !root->isVisible()) return nullptr;
    if (root->objectName() == name) return root;
    for (QQuickItem* child : root->childItems())
        if (QQuickItem* found = findShown(child, name)) return found;
    return nullptr;
}

// Every shown item named `name`, in tree order.
void collectShown(QQuickItem* root, const QString& name, QList<QQuickItem*>& found)
{
    if (!root || !root->isVisible()) return;
    if (root->objectName() == name) found.append(root);
    for (QQuickItem* child : root->childItems()) collectShown(child, name, found);
}

// The tile of a photo whose full image is not on this tablet (another tablet's).
QQuickItem* tileOfColleaguesPhoto(QQuickItem* root)
{
    QList<QQuickItem*> tiles;
    collectShown(root, QStringLiteral("photoTile"), tiles);
    for (QQuickItem* tile : tiles)
        if (tile->property("imageUrl").toUrl().isEmpty()) return tile;
    return nullptr;
}

bool closeViewer(QQuickItem* root)
{
    QQuickItem* close = findShown(root, QStringLiteral("closeViewerButton"));
    return close && QMetaObject::invokeMethod(close, "clicked");
}

QString visitInProgress(fv::LocalStore& store)
{
    fv::VisitQuery query;
    query.statuses = {fv::VisitStatus::InProgress};
    const auto visits = store.visits(query);
    return visits.empty() ? QString() : QString::fromStdString(visits.front().meta.id);
}

} // namespace

bool PhotoScreens::run()
try {
    const QString visitId = visitInProgress(*m_store.local());
    if (visitId.isEmpty() || !QMetaObject::invokeMethod(&m_window, "openVisit", Q_ARG(QVariant, visitId))) {
        std::fprintf(stderr, "fieldvisit-app: no visit in progress to show photos of\n");
        return false;
    }
    settle();
    QQuickItem* tile = findShown(m_window.contentItem(), QStringLiteral("photoTile"));
    if (!tile || !QMetaObject::invokeMethod(tile, "opened")) {
        std::fprintf(stderr, "fieldvisit-app: the visit shows no photo to open\n");
        return false;
    }
    bool ok = m_shoot(QStringLiteral("visit-photo"));
    // The viewer is a popup over the whole window; closing it leaves the visit as it was.
    ok = closeViewer(m_window.contentItem()) && ok;
    settle();

    // A colleague's photo opened offline: the download is tried and fails in plain words.
    QQuickItem* colleagues = tileOfColleaguesPhoto(m_window.contentItem());
    if (!colleagues || !QMetaObject::invokeMethod(colleagues, "opened")) {
        std::fprintf(stderr, "fieldvisit-app: the visit shows no photo from another tablet\n");
        return false;
    }
    settle();
    ok = m_shoot(QStringLiteral("visit-photo-offline")) && ok;
    return closeViewer(m_window.contentItem()) && ok;
} catch (const std::exception& e) {
    std::fprintf(stderr, "fieldvisit-app: cannot show the photo screen: %s\n", e.what());
    return false;
}
