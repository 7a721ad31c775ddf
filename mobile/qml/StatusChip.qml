import QtQuick
import QtQuick.Controls
import FieldVisit

// A small coloured label for a status: a visit's or issue's wire status, or
// "overdue", "late", "void", "valid", "done", "upcoming", "waiting".
Rectangle {
    id: chip

    property string status
    property alias text: label.text

    readonly property color tone: {
        switch (status) {
        case "overdue":
        case "late":
        case "void":
        case "returned": return Theme.danger
        case "in_progress":
        case "waiting": return Theme.warning
        case "completed":
        case "submitted":
        case "reviewed":
        case "resolved":
        case "closed":
        case "valid":
        case "done": return Theme.success
        case "upcoming":
        case "cancelled": return Theme.textMuted
        default: return Theme.primary
        }
    }

    implicitWidth: label.implicitWidth + 20
    implicitHeight: 26
    radius: 13
    color: Qt.rgba(tone.r, tone.g, tone.b, 0.1)

    Label {
        id: label
        anchors.centerIn: parent
        font.pixelSize: Theme.fontSmall
        font.bold: true
        color: chip.tone
    }
}
