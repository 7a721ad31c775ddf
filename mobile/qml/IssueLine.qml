import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldVisit

// One issue of a project: its title, category × severity, owner, due date,
// status, and a warning once it is past its due date while still open.
Rectangle {
    id: line

    required property string title
    required property string categoryLabel
    required property string severity
    required property string severityLabel
    required property string status
    required property string statusLabel
    required property string ownerName
    required property string dueDateText
    required property bool open
    required property bool overdue

    readonly property color severityTone: severity === "major" ? Theme.danger
                                          : severity === "general" ? Theme.warning : Theme.primary

    implicitHeight: 76
    radius: Theme.radius
    color: Theme.surface
    border.color: line.overdue ? Theme.danger : Theme.border

    Rectangle {
        width: 5
        height: parent.height - 16
        anchors.left: parent.left
        anchors.leftMargin: 8
        anchors.verticalCenter: parent.verticalCenter
        radius: 2
        color: line.open ? line.severityTone : Theme.border
    }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: 24
        anchors.rightMargin: 14
        spacing: 14

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 3
            Label {
                objectName: "issueTitle"
                Layout.fillWidth: true
                text: line.title
                elide: Text.ElideRight
                font.pixelSize: Theme.fontBody
                font.bold: true
                color: line.open ? Theme.text : Theme.textMuted
            }
            Label {
                Layout.fillWidth: true
                text: [qsTr("%1 · %2").arg(line.categoryLabel).arg(line.severityLabel),
                       line.ownerName !== "" ? qsTr("Owner %1").arg(line.ownerName) : "",
                       line.dueDateText !== "" ? qsTr("Due %1").arg(line.dueDateText) : ""]
                      .filter(part => part !== "").join("  ·  ")
                elide: Text.ElideRight
                font.pixelSize: Theme.fontSmall
                color: line.overdue ? Theme.danger : Theme.textMuted
            }
        }
        StatusChip {
            objectName: "issueOverdue"
            visible: line.overdue
            status: "overdue"
            text: qsTr("Overdue")
        }
        StatusChip {
            status: line.status
            text: line.statusLabel
        }
    }
}
