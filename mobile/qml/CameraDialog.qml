import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import FieldVisit

// Takes one photo with the tablet's camera and hands it to the importer.
// The camera runs only while the dialog is open.
Popup {
    id: dialog

    required property PhotoImporter photoImporter

    objectName: "cameraDialog"
    parent: Overlay.overlay
    width: parent ? parent.width : 1280
    height: parent ? parent.height : 800
    modal: true
    padding: 0
    Material.elevation: 0 // see AppButton.qml

    background: Rectangle { color: "black" }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Loader {
            id: camera
            Layout.fillWidth: true
            Layout.fillHeight: true
            active: dialog.visible
            source: "CameraView.qml"
        }

        Connections {
            target: camera.item
            function onCaptured(path) {
                dialog.photoImporter.clearError()
                dialog.photoImporter.importCapture(path)
                dialog.close()
            }
        }

        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: 88
            color: "#111111"

            RowLayout {
                anchors.fill: parent
                anchors.margins: Theme.gap
                spacing: Theme.gap

                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    color: "white"
                    font.pixelSize: Theme.fontBody
                    text: camera.status === Loader.Error ? qsTr("The camera cannot be used on this tablet.")
                                                         : (camera.item ? camera.item.errorString : "")
                }
                AppButton {
                    primary: false
                    Material.foreground: "white"
                    text: qsTr("Cancel")
                    onClicked: dialog.close()
                }
                AppButton {
                    objectName: "captureButton"
                    enabled: camera.item !== null && camera.item.ready
                    text: qsTr("Take photo")
                    onClicked: camera.item.capture(dialog.photoImporter.newCapturePath())
                }
            }
        }
    }
}
