import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import FieldVisit

// The app's one window: a header, the page stack, and the sync status bar
// that stays on every page once someone is signed in.
ApplicationWindow {
    id: window

    width: 1280
    height: 800
    visible: true
    title: qsTr("FieldVisit")
    color: Theme.background

    Material.theme: Material.Light
    Material.primary: Theme.primary
    Material.accent: Theme.primary

    SyncController {
        id: syncController
        objectName: "syncController"
        session: Session
    }

    header: AppHeader {
        visible: Session.signedIn
        onSignOutRequested: syncController.pendingChanges > 0 ? signOutDialog.open() : Session.signOut()
    }

    footer: SyncStatusBar {
        visible: Session.signedIn
        controller: syncController
    }

    StackView {
        id: stack
        objectName: "pageStack"
        anchors.fill: parent
        initialItem: Session.signedIn ? todayPage : signInPage
    }

    Component {
        id: signInPage
        SignInPage {}
    }

    Component {
        id: todayPage
        TodayPage {}
    }

    Connections {
        target: Session
        function onSignedInChanged() {
            stack.replace(null, Session.signedIn ? todayPage : signInPage)
        }
    }

    SignOutDialog {
        id: signOutDialog
        pendingChanges: syncController.pendingChanges
        onAccepted: Session.signOut()
    }
}
