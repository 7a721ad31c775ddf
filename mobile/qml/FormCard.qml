import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldVisit

// One titled section of a form, on a white card. `flagged` marks a section
// the server reported a conflict in.
Rectangle {
    id: card

    property string title
    property bool flagged: false
    default property alias content: column.data

    implicitHeight: column.implicitHeight + 2 * Theme.gap
    radius: Theme.radius
    color: Theme.surface
    border.color: flagged ? Theme.warning : Theme.border
    border.width: flagged ? 2 : 1

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.gap
        spacing: 10

        RowLayout {
            Layout.fillWidth: true
            visible: card.title !== ""

            Label {
                Layout.fillWidth: true
                text: card.title
                font.pixelSize: Theme.fontLarge
                font.bold: true
                color: Theme.text
            }
            StatusChip {
                visible: card.flagged
                status: "in_progress"
                text: qsTr("Conflict")
            }
        }
    }
}
