import QtQuick
import QtQuick.Controls
import QtTest
import FieldVisit

// SyncStatusBar over a real SyncController: the changes waiting, and the
// reason a sync failed, in plain words.
Item {
    id: root
    width: 1280
    height: 120

    SyncController {
        id: controller
        autoSync: false
        session: Session
    }

    SyncStatusBar {
        id: bar
        anchors.bottom: parent.bottom
        width: parent.width
        controller: controller
    }

    TestCase {
        name: "SyncStatusBar"
        when: windowShown

        function item(name) {
            const found = findChild(bar, name)
            verify(found !== null, "no item named " + name)
            return found
        }

        function init() {
            Language.choice = "en"
            testSupport.signInOffline()
        }

        function cleanup() {
            tryCompare(controller, "busy", false, 10000)
            testSupport.signOut()
        }

        function test_showsChangesWaitingAndWhyTheSyncFailed() {
            compare(item("pendingLabel").text, "Nothing waiting to sync")
            compare(item("lastSyncLabel").text, "Never synced")
            testSupport.saveChanges(3)
            compare(item("pendingLabel").text, "3 changes not yet sent")
            compare(item("syncStateLabel").text, "Waiting to sync")

            mouseClick(item("syncButton"))
            tryCompare(controller, "state", SyncController.Offline, 10000)
            compare(item("syncStateLabel").text, "Offline")
            verify(item("syncFailureLabel").text.startsWith("Cannot reach the server."),
                   item("syncFailureLabel").text)
            compare(item("pendingLabel").text, "3 changes not yet sent") // nothing lost
        }

        // A tablet cannot hover: a tap on the reason shows all of it, with the technical detail.
        function test_aTapShowsTheWholeReason() {
            testSupport.saveChanges(1)
            mouseClick(item("syncButton"))
            tryCompare(controller, "state", SyncController.Offline, 10000)
            const label = item("syncFailureLabel")
            verify(!label.ToolTip.visible)
            mouseClick(label)
            tryVerify(() => label.ToolTip.visible)
            verify(label.ToolTip.text.startsWith(label.text), label.ToolTip.text)
            verify(label.ToolTip.text.includes(controller.errorDetail), label.ToolTip.text)
        }

        function test_oneChangeIsCountedInTheSingular() {
            testSupport.saveChanges(1)
            compare(item("pendingLabel").text, "1 change not yet sent")
        }

        function test_photosWaitingAreShownBesideChanges() {
            testSupport.savePhotos(2)
            compare(item("pendingLabel").text, "2 changes not yet sent")
            verify(item("pendingPhotosLabel").visible)
            compare(item("pendingPhotosLabel").text, "2 photos waiting to upload")
            compare(item("syncStateLabel").text, "Waiting to sync")
        }

        function test_anEndedSessionAsksToSignInAgain() {
            testSupport.signOut()
            testSupport.signInRejected()
            testSupport.saveChanges(1)
            controller.syncNow()
            tryCompare(controller, "needsSignIn", true, 10000)
            compare(item("syncStateLabel").text, "Sign-in needed")
            compare(item("syncFailureLabel").text, "Your sign-in has expired. Sign in again to continue syncing.")
            verify(!item("syncButton").visible)
            const signIn = item("signInAgainButton")
            verify(signIn.visible)
            mouseClick(signIn)
            compare(Session.signedIn, false)
            compare(controller.needsSignIn, false)
        }

        function test_chineseWording() {
            Language.choice = "zh_CN"
            testSupport.saveChanges(2)
            compare(item("pendingLabel").text, "待同步 2 项")
            compare(item("syncButton").text, "立即同步")
            controller.syncNow()
            tryCompare(controller, "state", SyncController.Offline, 10000)
            compare(item("syncStateLabel").text, "离线")
            verify(item("syncFailureLabel").text.startsWith("服务器无法连接"), item("syncFailureLabel").text)
        }
    }
}
