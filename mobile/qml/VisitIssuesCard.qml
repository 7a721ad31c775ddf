pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldVisit

// The issues the customer raised during the visit (category × severity,
// solved on the spot or not). Each is a record of its own; tap one to edit it.
FormCard {
    id: card

    required property VisitIssueModel issues
    property bool readOnly: false

    title: qsTr("Issues raised")

    // A Column, not the card's layout, holds the rows (see PeopleEditor.qml).
    Column {
        id: rows
        Layout.fillWidth: true
        spacing: 8

        Repeater {
            model: card.issues

            delegate: Rectangle {
                id: row
                required property string issueId
                required property string title
                required property string description
                required property string category
                required property string categoryLabel
                required property string severity
                required property string severityLabel
                required property string statusLabel
                required property bool solvedOnSite

                objectName: "issueRow"
                width: rows.width
                implicitHeight: rowLayout.implicitHeight + 16
                radius: 6
                color: tap.pressed ? Theme.primaryLight : Theme.background

                RowLayout {
                    id: rowLayout
                    anchors.fill: parent
                    anchors.margins: 8
                    spacing: 10

                    StatusChip {
                        status: row.severity === "major" ? "overdue" : row.severity === "general" ? "in_progress"
                                                                                                  : "planned"
                        text: row.severityLabel
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 2
                        Label {
                            Layout.fillWidth: true
                            text: row.title
                            elide: Text.ElideRight
                            font.pixelSize: Theme.fontBody
                            font.bold: true
                            color: Theme.text
                        }
                        Label {
                            Layout.fillWidth: true
                            text: row.categoryLabel + "  ·  "
                                  + (row.solvedOnSite ? qsTr("Solved on the spot") : row.statusLabel)
                            elide: Text.ElideRight
                            font.pixelSize: Theme.fontSmall
                            color: row.solvedOnSite ? Theme.success : Theme.textMuted
                        }
                    }
                }
                TapHandler {
                    id: tap
                    enabled: !card.readOnly
                    onTapped: issueDialog.openIssue(row)
                }
            }
        }
    }

    Label {
        objectName: "noIssues"
        visible: card.issues.count === 0
        text: qsTr("No issues raised.")
        font.pixelSize: Theme.fontBody
        color: Theme.textMuted
    }

    AppButton {
        objectName: "addIssueButton"
        visible: !card.readOnly
        primary: false
        text: qsTr("Raise an issue")
        onClicked: issueDialog.openNew()
    }

    IssueDialog {
        id: issueDialog
        parent: Overlay.overlay
        issues: card.issues
    }
}
