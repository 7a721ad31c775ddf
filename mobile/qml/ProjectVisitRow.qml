import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldVisit

// One visit in a project's history: when, what kind, how, who, where, its status.
// Tapping it opens the visit.
Rectangle {
    id: row

    required property string visitId
    required property string kindLabel
    required property string methodLabel
    required property string status
    required property string statusLabel
    required property string plannedDateText
    required property string plannedTime
    required property string address
    required property string assigneeName
    required property int daysOverdue

    signal tapped()

    implicitHeight: 76
    radius: Theme.radius
    color: tap.pressed ? Theme.primaryLight : Theme.surface
    border.color: Theme.border

    TapHandler {
        id: tap
        onTapped: row.tapped()
    }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: 18
        anchors.rightMargin: 14
        spacing: 16

        ColumnLayout {
            Layout.minimumWidth: 96
            Layout.maximumWidth: 96
            spacing: 2
            Label {
                objectName: "visitDate"
                text: row.plannedDateText
                font.pixelSize: Theme.fontLarge
                font.bold: true
                color: Theme.text
            }
            Label {
                text: row.plannedTime !== "" ? row.plannedTime : qsTr("Any time")
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Label {
                objectName: "visitKind"
                Layout.fillWidth: true
                text: row.kindLabel + "  ·  " + row.methodLabel
                elide: Text.ElideRight
                font.pixelSize: Theme.fontBody
                font.bold: true
                color: Theme.text
            }
            Label {
                objectName: "visitAssignee"
                Layout.fillWidth: true
                visible: text !== ""
                text: [row.assigneeName, row.address].filter(part => part !== "").join("  ·  ")
                elide: Text.ElideRight
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
            }
        }
        StatusChip {
            objectName: "overdueChip"
            visible: row.daysOverdue > 0
            status: "overdue"
            text: qsTr("%n day(s) overdue", "", row.daysOverdue)
        }
        StatusChip {
            status: row.status
            text: row.statusLabel
        }
    }
}
