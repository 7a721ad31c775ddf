import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldVisit

// A captioned value in a tinted box, for putting two versions side by side.
Rectangle {
    id: box

    property string caption
    property string value
    property color tone: Theme.primary

    implicitHeight: column.implicitHeight + 20
    radius: 8
    color: Qt.rgba(tone.r, tone.g, tone.b, 0.07)
    border.color: Qt.rgba(tone.r, tone.g, tone.b, 0.3)

    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: 10
        spacing: 4

        Label {
            text: box.caption
            font.pixelSize: Theme.fontSmall
            font.bold: true
            color: box.tone
        }
        Label {
            objectName: "value"
            Layout.fillWidth: true
            text: box.value
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontBody
            color: Theme.text
        }
    }
}
