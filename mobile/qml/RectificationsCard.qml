import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldVisit

// The rectification items (整改项) of an acceptance report, with a line to
// add one more.
FormCard {
    id: card

    required property AcceptanceEditor editor

    objectName: "rectificationsCard"
    title: qsTr("Rectification items · %n open", "", editor.rectifications.openCount)

    Label {
        Layout.fillWidth: true
        visible: card.editor.rectifications.count === 0
        text: qsTr("Nothing to rectify.")
        font.pixelSize: Theme.fontBody
        color: Theme.textMuted
    }

    Repeater {
        model: card.editor.rectifications
        RectificationRow {
            Layout.fillWidth: true
            editor: card.editor
        }
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: 8

        TextField {
            id: newDescription
            objectName: "newRectificationDescription"
            Layout.fillWidth: true
            placeholderText: qsTr("What must be fixed")
            font.pixelSize: Theme.fontBody
        }
        TextField {
            id: newDue
            objectName: "newRectificationDue"
            Layout.preferredWidth: 130
            placeholderText: qsTr("Due date")
            inputMethodHints: Qt.ImhDate
            font.pixelSize: Theme.fontBody
        }
        AppButton {
            objectName: "addRectificationButton"
            primary: false
            text: qsTr("Add")
            enabled: newDescription.text.trim() !== ""
            onClicked: {
                if (!card.editor.addRectification(newDescription.text, newDue.text)) return
                newDescription.clear()
                newDue.clear()
            }
        }
    }
}
