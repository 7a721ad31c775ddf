import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldVisit

// One milestone of the work plan: planned against actual, and how it went.
RowLayout {
    id: line

    required property string name
    required property string note
    required property string plannedDateText
    required property string actualDateText
    required property int state
    required property string stateLabel

    readonly property color tone: {
        switch (state) {
        case MilestoneListModel.Overdue:
        case MilestoneListModel.Late: return Theme.danger
        case MilestoneListModel.OnTime: return Theme.success
        default: return Theme.textMuted
        }
    }

    spacing: 12

    Rectangle {
        Layout.preferredWidth: 12
        Layout.preferredHeight: 12
        Layout.alignment: Qt.AlignTop
        Layout.topMargin: 5
        radius: 6
        color: line.actualDateText !== "" ? line.tone : "transparent"
        border.width: 2
        border.color: line.tone
    }
    ColumnLayout {
        Layout.fillWidth: true
        spacing: 2

        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            Label {
                objectName: "milestoneName"
                Layout.fillWidth: true
                text: line.name
                elide: Text.ElideRight
                font.pixelSize: Theme.fontBody
                font.bold: true
                color: Theme.text
            }
            StatusChip {
                objectName: "milestoneState"
                status: line.state === MilestoneListModel.Overdue || line.state === MilestoneListModel.Late
                        ? "late" : line.state === MilestoneListModel.OnTime ? "done" : "upcoming"
                text: line.stateLabel
            }
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Planned %1").arg(line.plannedDateText)
                  + (line.actualDateText !== "" ? "  ·  " + qsTr("Reached %1").arg(line.actualDateText) : "")
            elide: Text.ElideRight
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
        }
        Label {
            Layout.fillWidth: true
            visible: line.note !== ""
            text: line.note
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
        }
    }
}
