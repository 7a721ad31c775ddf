pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldVisit

// The project's side column: its customer and their contacts, the work plan
// (milestones planned against actual), the team, and the contract's key dates.
ScrollView {
    id: panel

    required property ProjectDetails details

    objectName: "projectInfoPanel"
    contentWidth: availableWidth
    clip: true

    ColumnLayout {
        width: panel.availableWidth
        spacing: Theme.gap

        InfoCard {
            objectName: "customerCard"
            Layout.fillWidth: true
            title: qsTr("Customer")

            Label {
                Layout.fillWidth: true
                text: panel.details.customerName
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.fontLarge
                font.bold: true
                color: Theme.text
            }
            Label {
                Layout.fillWidth: true
                visible: text !== ""
                text: panel.details.customerAddress
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
            }
            Repeater {
                objectName: "contactList"
                model: panel.details.contacts
                delegate: PersonLine {
                    Layout.fillWidth: true
                    leadText: qsTr("Leadership")
                }
            }
            Label {
                visible: panel.details.contacts.count === 0
                text: qsTr("No contacts recorded.")
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
            }
        }

        InfoCard {
            objectName: "milestoneCard"
            Layout.fillWidth: true
            title: qsTr("Milestones")
            count: panel.details.milestones.count
            tone: panel.details.milestones.lateCount > 0 ? Theme.danger : Theme.primary

            Label {
                objectName: "milestoneSummary"
                visible: panel.details.milestones.count > 0
                text: qsTr("%1 of %2 reached").arg(panel.details.milestones.reachedCount).arg(panel.details.milestones.count)
                      + (panel.details.milestones.lateCount > 0
                         ? "  ·  " + qsTr("%n late", "", panel.details.milestones.lateCount) : "")
                font.pixelSize: Theme.fontSmall
                color: panel.details.milestones.lateCount > 0 ? Theme.danger : Theme.textMuted
            }
            Repeater {
                objectName: "milestoneList"
                model: panel.details.milestones
                delegate: MilestoneLine { Layout.fillWidth: true }
            }
            Label {
                visible: panel.details.milestones.count === 0
                text: qsTr("No work plan recorded yet.")
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
            }
        }

        InfoCard {
            objectName: "teamCard"
            Layout.fillWidth: true
            title: qsTr("Team")
            count: panel.details.team.count

            Repeater {
                objectName: "teamList"
                model: panel.details.team
                delegate: PersonLine {
                    Layout.fillWidth: true
                    leadText: qsTr("Project lead")
                }
            }
        }

        InfoCard {
            objectName: "contractCard"
            Layout.fillWidth: true
            title: qsTr("Contract")

            Label {
                Layout.fillWidth: true
                visible: text !== ""
                text: panel.details.scope
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.fontBody
                color: Theme.text
            }
            Repeater {
                model: panel.details.keyDates
                delegate: RowLayout {
                    id: dateLine
                    required property var modelData
                    Layout.fillWidth: true

                    Label {
                        Layout.fillWidth: true
                        text: dateLine.modelData.label
                        font.pixelSize: Theme.fontBody
                        color: Theme.textMuted
                    }
                    Label {
                        text: dateLine.modelData.dateText
                        font.pixelSize: Theme.fontBody
                        color: Theme.text
                    }
                }
            }
        }
    }
}
