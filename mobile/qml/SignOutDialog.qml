import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import FieldVisit

// Asked before signing out with changes not yet sent: they are not lost,
// but they leave the tablet only after the same user signs in again.
Dialog {
    id: dialog

    property int pendingChanges: 0

    objectName: "signOutDialog"
    anchors.centerIn: Overlay.overlay
    width: 480
    modal: true
    Material.elevation: 0 // see AppButton.qml: shadows do not draw in the software renderer
    title: qsTr("Sign out?")
    standardButtons: Dialog.Ok | Dialog.Cancel

    Label {
        width: dialog.availableWidth
        wrapMode: Text.WordWrap
        font.pixelSize: Theme.fontBody
        text: qsTr("%n change(s) have not been sent to the server yet. They stay on this tablet and are sent after you sign in again.", "", dialog.pendingChanges)
    }
}
