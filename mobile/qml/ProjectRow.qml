import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldVisit

// One project in "My projects"; tapping it opens the project.
Item {
    id: row

    required property string projectId
    required property string name
    required property string customerName
    required property string contractNo
    required property string phaseLabel
    required property int openIssues

    implicitHeight: 84

    TapHandler {
        onTapped: {
            const window = row.ApplicationWindow.window // the handler is no Item: ask the row
            if (window && typeof window.openProject === "function") window.openProject(row.projectId)
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.topMargin: 12
        anchors.bottomMargin: 12
        spacing: 4

        RowLayout {
            Layout.fillWidth: true
            spacing: 8

            Label {
                objectName: "projectName"
                Layout.fillWidth: true
                text: row.name
                elide: Text.ElideRight
                font.pixelSize: Theme.fontLarge
                font.bold: true
                color: Theme.text
            }
            StatusChip {
                status: "phase"
                text: row.phaseLabel
            }
        }
        Label {
            Layout.fillWidth: true
            text: row.customerName + (row.contractNo !== "" ? "  ·  " + row.contractNo : "")
            elide: Text.ElideRight
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
        }
        Label {
            objectName: "openIssues"
            text: row.openIssues > 0 ? qsTr("%n open issue(s)", "", row.openIssues) : qsTr("No open issues")
            font.pixelSize: Theme.fontSmall
            font.bold: row.openIssues > 0
            color: row.openIssues > 0 ? Theme.warning : Theme.success
        }
    }

    Rectangle {
        anchors.bottom: parent.bottom
        width: parent.width
        height: 1
        color: Theme.border
    }
}
