pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldVisit

// What the server said about this record: fields where another device's
// value won for now (both values shown), and changes it refused, with why.
Rectangle {
    id: panel

    required property RecordProblemModel problems

    objectName: "recordProblems"
    visible: problems.count > 0
    implicitHeight: visible ? column.implicitHeight + 2 * 12 : 0
    radius: Theme.radius
    color: Theme.warningLight
    border.color: Theme.warning

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: 12
        spacing: 8

        Label {
            text: qsTr("The server reported problems with this record")
            font.pixelSize: Theme.fontLarge
            font.bold: true
            color: Theme.warning
        }

        // A Column, not the layout, holds the rows (see PeopleEditor.qml).
        Column {
            id: rows
            Layout.fillWidth: true
            spacing: 8

            Repeater {
                model: panel.problems

                delegate: RowLayout {
                    id: row
                    required property int index
                    required property bool refusal
                    required property string fieldLabel
                    required property string serverValue
                    required property string deviceValue
                    required property string reason

                    objectName: refusal ? "refusalRow" : "conflictRow"
                    width: rows.width
                    spacing: 12

                    Label {
                        objectName: "problemText"
                        Layout.fillWidth: true
                        wrapMode: Text.WordWrap
                        font.pixelSize: Theme.fontBody
                        color: Theme.text
                        text: row.refusal
                              ? qsTr("Change refused (%1): %2").arg(row.fieldLabel).arg(row.reason)
                              : qsTr("%1: another device's value is kept for now: “%2”. Yours was: “%3”.")
                                .arg(row.fieldLabel).arg(row.serverValue).arg(row.deviceValue)
                    }
                    AppButton {
                        objectName: "dismissProblem"
                        primary: false
                        text: qsTr("Dismiss")
                        onClicked: panel.problems.dismiss(row.index)
                    }
                }
            }
        }
    }
}
