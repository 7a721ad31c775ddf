import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldVisit

// Stands in the strip while photos are processed: which one of how many.
Rectangle {
    id: tile

    property int done: 0
    property int total: 0

    objectName: "photoProgress"
    width: 200
    height: parent ? parent.height : 196
    radius: Theme.radius
    color: Theme.primaryLight
    border.color: Theme.border

    ColumnLayout {
        anchors.centerIn: parent
        width: parent.width - 24
        spacing: 10

        BusyIndicator {
            Layout.alignment: Qt.AlignHCenter
            running: tile.visible
        }
        Label {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            text: qsTr("Processing photo %1 of %2…").arg(Math.min(tile.done + 1, tile.total)).arg(tile.total)
            font.pixelSize: Theme.fontBody
            color: Theme.primary
        }
    }
}
