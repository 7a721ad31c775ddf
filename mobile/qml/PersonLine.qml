import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldVisit

// One person in a card: name and role, how to reach them, and a mark for the
// project lead or the customer's leadership group (`leadText`).
RowLayout {
    id: line

    required property string name
    required property string role
    required property string phone
    required property string email
    required property bool lead
    property string leadText

    spacing: 12

    Rectangle {
        Layout.preferredWidth: 36
        Layout.preferredHeight: 36
        radius: 18
        color: Theme.primaryLight

        Label {
            anchors.centerIn: parent
            text: line.name.charAt(0)
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: Theme.primary
        }
    }
    ColumnLayout {
        Layout.fillWidth: true
        spacing: 1

        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            Label {
                objectName: "personName"
                text: line.name
                font.pixelSize: Theme.fontBody
                font.bold: true
                color: Theme.text
            }
            Label {
                Layout.fillWidth: true
                text: line.role
                elide: Text.ElideRight
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
            }
        }
        Label {
            Layout.fillWidth: true
            visible: text !== ""
            text: [line.phone, line.email].filter(part => part !== "").join("  ·  ")
            elide: Text.ElideRight
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
        }
    }
    StatusChip {
        visible: line.lead && line.leadText !== ""
        status: "phase"
        text: line.leadText
    }
}
