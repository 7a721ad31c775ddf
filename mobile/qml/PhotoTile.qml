import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldVisit

// One photo in the strip: its thumbnail, caption, when it was taken, and a
// mark while it waits to reach the server.
Rectangle {
    id: tile

    required property string attachmentId
    required property string caption
    required property string takenAtText
    required property string place
    required property url imageUrl
    required property url thumbnailUrl
    required property bool uploaded

    signal opened()

    objectName: "photoTile"
    width: 200
    height: ListView.view ? ListView.view.height : 196
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.border

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 6
        spacing: 4

        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: 132
            radius: 6
            color: Theme.background
            clip: true

            Image {
                anchors.fill: parent
                source: tile.thumbnailUrl
                fillMode: Image.PreserveAspectCrop
                asynchronous: true
                sourceSize.width: 320
            }
            Label {
                objectName: "notDownloaded"
                anchors.centerIn: parent
                visible: tile.thumbnailUrl.toString() === ""
                // Another tablet's photo: its thumbnail comes with the next sync.
                text: qsTr("Not downloaded yet")
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
            }
            Rectangle {
                objectName: "waitingMark"
                visible: !tile.uploaded
                anchors.right: parent.right
                anchors.top: parent.top
                anchors.margins: 6
                width: waitingLabel.implicitWidth + 12
                height: 22
                radius: 11
                color: Theme.warningLight

                Label {
                    id: waitingLabel
                    anchors.centerIn: parent
                    text: qsTr("Not sent")
                    font.pixelSize: 12
                    color: Theme.warning
                }
            }
        }
        Label {
            objectName: "caption"
            Layout.fillWidth: true
            text: tile.caption !== "" ? tile.caption : qsTr("No caption")
            elide: Text.ElideRight
            font.pixelSize: Theme.fontBody
            color: tile.caption !== "" ? Theme.text : Theme.textMuted
        }
        Label {
            Layout.fillWidth: true
            text: tile.takenAtText
            elide: Text.ElideRight
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
        }
    }

    TapHandler {
        onTapped: tile.opened()
    }
}
