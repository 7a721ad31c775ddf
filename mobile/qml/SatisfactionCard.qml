pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldVisit

// The customer's satisfaction per dimension: a score from 1 to 5 (tap the
// chosen one again to clear it) and the reason the customer gives.
FormCard {
    id: card

    required property VisitEditor editor
    property var conflictFields: []

    title: qsTr("Satisfaction")
    flagged: conflictFields.indexOf("satisfaction") >= 0

    Label {
        Layout.fillWidth: true
        text: qsTr("1 = very dissatisfied, 5 = very satisfied. Ask the reason for every score.")
        wrapMode: Text.WordWrap
        font.pixelSize: Theme.fontSmall
        color: Theme.textMuted
    }

    // A Column, not the card's layout, holds the rows (see PeopleEditor.qml).
    Column {
        id: rows
        Layout.fillWidth: true
        spacing: 6

        Repeater {
            model: card.editor.satisfaction

            delegate: ColumnLayout {
                id: row
                required property int index
                required property string dimension
                required property string label
                required property int score
                required property string reason
                required property bool required
                required property bool dissatisfied
                required property bool needsReason

                objectName: "score_" + dimension
                width: rows.width
                spacing: 4

                RowLayout {
                    Layout.fillWidth: true
                    spacing: 4

                    Label {
                        Layout.fillWidth: true
                        text: row.required ? row.label + " *" : row.label
                        elide: Text.ElideRight
                        font.pixelSize: Theme.fontBody
                        color: row.dissatisfied ? Theme.danger : Theme.text
                    }
                    Row {
                        spacing: 4

                        Repeater {
                            model: card.editor.satisfaction.maxScore

                            delegate: Button {
                                id: scoreButton
                                required property int index
                                readonly property int value: index + 1
                                readonly property bool chosen: row.score === value

                                objectName: "scoreButton" + value
                                enabled: !card.editor.readOnly
                                implicitWidth: 44
                                implicitHeight: 40
                                text: value
                                font.pixelSize: Theme.fontBody
                                font.bold: chosen
                                background: Rectangle {
                                    radius: 6
                                    color: scoreButton.chosen ? (row.dissatisfied ? Theme.danger : Theme.primary)
                                                              : Theme.surface
                                    border.color: scoreButton.chosen ? "transparent" : Theme.border
                                }
                                contentItem: Label {
                                    text: scoreButton.text
                                    font: scoreButton.font
                                    horizontalAlignment: Text.AlignHCenter
                                    verticalAlignment: Text.AlignVCenter
                                    color: scoreButton.chosen ? "white" : Theme.text
                                }
                                onClicked: card.editor.satisfaction.setScore(row.index, chosen ? 0 : value)
                            }
                        }
                    }
                }

                TextField {
                    objectName: "reason"
                    Layout.fillWidth: true
                    visible: row.score > 0
                    text: row.reason
                    readOnly: card.editor.readOnly
                    placeholderText: card.editor.readOnly ? ""
                                     : row.needsReason ? qsTr("A low score is saved with its reason: why?")
                                     : qsTr("Why this score, in the customer's words")
                    placeholderTextColor: row.needsReason ? Theme.danger : Theme.textMuted
                    font.pixelSize: Theme.fontBody
                    onEditingFinished: card.editor.satisfaction.setReason(row.index, text)
                }
            }
        }
    }
}
