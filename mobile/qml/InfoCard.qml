import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldVisit

// A titled white card for one part of a screen; `count` < 0 shows no count.
Rectangle {
    id: card

    property string title
    property int count: -1
    property color tone: Theme.primary
    default property alias content: body.data

    implicitHeight: column.implicitHeight + 36
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.border

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: 18
        spacing: 10

        SectionHeader {
            Layout.fillWidth: true
            visible: card.count >= 0
            title: card.title
            count: card.count
            tone: card.tone
        }
        Label {
            visible: card.count < 0
            text: card.title
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
        }
        ColumnLayout {
            id: body
            Layout.fillWidth: true
            spacing: 8
        }
    }
}
