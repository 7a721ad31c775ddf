import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldVisit

// A list's title with how many it holds.
RowLayout {
    id: header

    property string title
    property int count
    property color tone: Theme.primary

    spacing: 10

    Rectangle {
        Layout.preferredWidth: 4
        Layout.preferredHeight: 22
        radius: 2
        color: header.tone
    }
    Label {
        text: header.title
        font.pixelSize: Theme.fontTitle
        font.bold: true
        color: Theme.text
    }
    Rectangle {
        Layout.preferredHeight: 24
        Layout.preferredWidth: Math.max(24, countLabel.implicitWidth + 14)
        radius: 12
        color: Qt.rgba(header.tone.r, header.tone.g, header.tone.b, 0.12)

        Label {
            id: countLabel
            objectName: "count"
            anchors.centerIn: parent
            text: header.count
            font.pixelSize: Theme.fontSmall
            font.bold: true
            color: header.tone
        }
    }
    Item { Layout.fillWidth: true }
}
