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
        onProblemsRequested: window.openSyncProblems()
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

    function openVisit(visitId) {
        stack.push(visitPage, {visitId: visitId})
    }

    Component {
        id: visitPage
        VisitPage {}
    }

    Component {
        id: projectPage
        ProjectPage {}
    }
    function openProject(projectId) {
        stack.push(projectPage, {projectId: projectId})
    }

    Component {
        id: syncProblemsPage
        SyncProblemsPage {}
    }
    function openSyncProblems() {
        // Once is enough: a second tap on the status bar does not stack another copy.
        if (stack.currentItem && stack.currentItem.objectName === "syncProblemsPage") return
        stack.push(syncProblemsPage)
    }

    Component {
        id: acceptancePage
        AcceptancePage {}
    }
    // An acceptance report by id, or (empty id) a new one for the project.
    function openAcceptance(acceptanceId, projectId) {
        stack.push(acceptancePage, {acceptanceId: acceptanceId || "", projectId: projectId || ""})
    }

    Component {
        id: signaturePadPage
        SignaturePadPage {}
    }
    // Signing a visit or acceptance ("visit" | "acceptance"), as "customer" or "company".
    function openSignaturePad(documentType, documentId, side) {
        stack.push(signaturePadPage, {documentType: documentType, documentId: documentId, side: side})
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
