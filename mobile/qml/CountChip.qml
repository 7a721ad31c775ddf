import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldVisit

// A number with its caption, for the summary above the lists.
Rectangle {
    id: chip

    property string label
    property int value
    property color tone: Theme.primary

    implicitWidth: row.implicitWidth + 32
    implicitHeight: 44
    radius: 22
    color: Theme.surface
    border.color: Theme.border

    RowLayout {
        id: row
        anchors.centerIn: parent
        spacing: 8

        Label {
            objectName: "value"
            text: chip.value
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: chip.tone
        }
        Label {
            text: chip.label
            font.pixelSize: Theme.fontBody
            color: Theme.textMuted
        }
    }
}
