import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldVisit

// The deliverables checklist (交付物清单) of an acceptance report, with a line
// to add one more.
FormCard {
    id: card

    required property AcceptanceEditor editor

    objectName: "deliverablesCard"
    title: qsTr("Deliverables · %1 of %2 accepted").arg(editor.deliverables.acceptedCount).arg(editor.deliverables.count)

    Label {
        Layout.fillWidth: true
        visible: card.editor.deliverables.count === 0
        text: qsTr("No deliverables listed yet.")
        font.pixelSize: Theme.fontBody
        color: Theme.textMuted
    }

    Repeater {
        model: card.editor.deliverables
        DeliverableRow {
            Layout.fillWidth: true
            editor: card.editor
        }
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: 8

        TextField {
            id: newContent
            objectName: "newDeliverableContent"
            Layout.fillWidth: true
            placeholderText: qsTr("New deliverable, e.g. user manual")
            font.pixelSize: Theme.fontBody
        }
        TextField {
            id: newDate
            objectName: "newDeliverableDate"
            Layout.preferredWidth: 130
            placeholderText: qsTr("2026-11-29")
            inputMethodHints: Qt.ImhDate
            font.pixelSize: Theme.fontBody
        }
        TextField {
            id: newMethod
            objectName: "newDeliverableMethod"
            Layout.preferredWidth: 150
            placeholderText: qsTr("How delivered")
            font.pixelSize: Theme.fontBody
        }
        AppButton {
            objectName: "addDeliverableButton"
            primary: false
            text: qsTr("Add")
            enabled: newContent.text.trim() !== ""
            onClicked: {
                if (!card.editor.addDeliverable(newContent.text, newDate.text, newMethod.text)) return
                newContent.clear()
                newDate.clear()
                newMethod.clear()
            }
        }
    }
}
