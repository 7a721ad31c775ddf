import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldVisit

// The sync status on every page: how many changes and photos wait, when the
// last sync succeeded, why the last one failed (in plain words), and a Sync
// button — or, once the server has ended the session, a Sign in again button.
Rectangle {
    id: bar

    property SyncController controller

    // The refusal and conflict count was tapped: show them (Main opens the sync problems page).
    signal problemsRequested()

    readonly property color tone: {
        if (!controller) return Theme.textMuted
        switch (controller.state) {
        case SyncController.Syncing: return Theme.primary
        case SyncController.Offline: return Theme.warning
        case SyncController.Error: return Theme.danger
        default: return controller.allSynced ? Theme.success : Theme.warning
        }
    }

    function lastSyncText() {
        if (!controller || isNaN(controller.lastSync.getTime())) return qsTr("Never synced")
        const today = new Date().toDateString() === controller.lastSync.toDateString()
        const when = controller.lastSync.toLocaleString(Qt.locale(), today ? "HH:mm" : qsTr("MMM d HH:mm"))
        return qsTr("Last sync %1").arg(when)
    }

    implicitHeight: Theme.barHeight
    color: Theme.surface

    Rectangle {
        width: parent.width
        height: 1
        color: Theme.border
    }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: 12
        spacing: 20

        Rectangle {
            Layout.preferredWidth: 12
            Layout.preferredHeight: 12
            radius: 6
            color: bar.tone
        }
        Label {
            objectName: "syncStateLabel"
            text: {
                if (!bar.controller) return ""
                switch (bar.controller.state) {
                case SyncController.Syncing: return qsTr("Syncing…")
                case SyncController.Offline: return qsTr("Offline")
                case SyncController.Error:
                    return bar.controller.needsSignIn ? qsTr("Sign-in needed") : qsTr("Sync failed")
                default: return bar.controller.allSynced ? qsTr("All synced") : qsTr("Waiting to sync")
                }
            }
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: bar.tone
        }
        Label {
            objectName: "pendingLabel"
            visible: text !== ""
            text: {
                if (!bar.controller) return ""
                if (bar.controller.pendingChanges > 0)
                    return qsTr("%n change(s) not yet sent", "", bar.controller.pendingChanges)
                return bar.controller.pendingPhotos > 0 ? "" : qsTr("Nothing waiting to sync")
            }
            font.pixelSize: Theme.fontBody
            color: Theme.text
        }
        Label {
            objectName: "pendingPhotosLabel"
            visible: bar.controller !== null && bar.controller.pendingPhotos > 0
            text: bar.controller ? qsTr("%n photo(s) waiting to upload", "", bar.controller.pendingPhotos) : ""
            font.pixelSize: Theme.fontBody
            color: Theme.text
        }
        Label {
            objectName: "lastSyncLabel"
            text: bar.lastSyncText()
            font.pixelSize: Theme.fontBody
            color: Theme.textMuted
        }
        Label {
            objectName: "refusalsLabel"
            visible: bar.controller && bar.controller.refusalsCount + bar.controller.conflictsCount > 0
            text: bar.controller ? qsTr("%n change(s) need your attention", "",
                                        bar.controller.refusalsCount + bar.controller.conflictsCount) : ""
            font.pixelSize: Theme.fontBody
            font.bold: true
            font.underline: true
            color: Theme.danger

            TapHandler { onTapped: bar.problemsRequested() }
        }
        Label {
            id: failureLabel
            objectName: "syncFailureLabel"
            Layout.fillWidth: true
            text: bar.controller ? bar.controller.errorString : ""
            elide: Text.ElideRight
            font.pixelSize: Theme.fontBody
            color: bar.tone

            readonly property string fullText: bar.controller ? bar.controller.errorString + "\n"
                                                                + bar.controller.errorDetail : ""
            ToolTip.visible: failureHover.hovered && text !== ""
            ToolTip.text: fullText
            HoverHandler { id: failureHover }
            // A tablet has no pointer to hover with: a tap shows the whole reason, cut or not.
            TapHandler { onTapped: if (failureLabel.text !== "") failureLabel.ToolTip.show(failureLabel.fullText, 8000) }
        }
        BusyIndicator {
            Layout.preferredWidth: 32
            Layout.preferredHeight: 32
            running: bar.controller !== null && bar.controller.busy
            visible: running
        }
        AppButton {
            objectName: "syncButton"
            visible: bar.controller !== null && !bar.controller.needsSignIn
            text: qsTr("Sync now")
            enabled: bar.controller !== null && !bar.controller.busy
            onClicked: bar.controller.syncNow()
        }
        AppButton {
            objectName: "signInAgainButton"
            visible: bar.controller !== null && bar.controller.needsSignIn
            text: qsTr("Sign in again")
            onClicked: bar.controller.signInAgain()
        }
    }
}
