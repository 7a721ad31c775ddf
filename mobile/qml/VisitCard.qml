import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldVisit

// One visit in a list: when, who, what kind, where, and its status. Tapping
// it opens the visit's record form.
Rectangle {
    id: card

    required property string visitId
    required property string customerName
    required property string projectName
    required property string kindLabel
    required property string methodLabel
    required property string status
    required property string statusLabel
    required property string plannedTime
    required property string plannedDateText
    required property string address
    required property int daysOverdue
    property bool showDate: false

    implicitHeight: 88
    radius: Theme.radius
    color: tap.pressed ? Theme.primaryLight : Theme.surface
    border.color: Theme.border

    TapHandler {
        id: tap
        onTapped: {
            const window = card.ApplicationWindow.window
            if (window && typeof window.openVisit === "function") window.openVisit(card.visitId)
        }
    }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: 20
        anchors.rightMargin: 16
        spacing: 18

        ColumnLayout {
            // Fixed, so the dividers line up from card to card.
            Layout.minimumWidth: 88
            Layout.maximumWidth: 88
            spacing: 2

            Label {
                objectName: "when"
                text: card.showDate || card.daysOverdue > 0 ? card.plannedDateText
                                                            : (card.plannedTime !== "" ? card.plannedTime : qsTr("Any time"))
                font.pixelSize: Theme.fontLarge
                font.bold: true
                color: Theme.text
            }
            Label {
                text: card.methodLabel
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
            }
        }

        Rectangle {
            Layout.preferredWidth: 1
            Layout.fillHeight: true
            Layout.topMargin: 16
            Layout.bottomMargin: 16
            color: Theme.border
        }

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 3

            Label {
                objectName: "customer"
                Layout.fillWidth: true
                text: card.customerName
                elide: Text.ElideRight
                font.pixelSize: Theme.fontLarge
                font.bold: true
                color: Theme.text
            }
            Label {
                Layout.fillWidth: true
                text: card.projectName + "  ·  " + card.kindLabel
                elide: Text.ElideRight
                font.pixelSize: Theme.fontBody
                color: Theme.text
            }
            Label {
                Layout.fillWidth: true
                visible: card.address !== ""
                text: card.address
                elide: Text.ElideRight
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
            }
        }

        ColumnLayout {
            spacing: 6

            StatusChip {
                Layout.alignment: Qt.AlignRight
                status: card.status
                text: card.statusLabel
            }
            StatusChip {
                objectName: "overdueChip"
                Layout.alignment: Qt.AlignRight
                visible: card.daysOverdue > 0
                status: "overdue"
                text: qsTr("%n day(s) overdue", "", card.daysOverdue)
            }
        }
    }
}
