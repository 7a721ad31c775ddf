import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldVisit

// One line of the deliverables checklist: accepted, what was delivered, when
// and how. Each field is saved when the user leaves it.
RowLayout {
    id: row

    required property AcceptanceEditor editor
    required property int index
    required property string content
    required property string deliveredOnText
    required property string method
    required property bool accepted

    objectName: "deliverableRow" + index
    spacing: 8

    function commit() {
        row.editor.editDeliverable(row.index, contentField.text, dateField.text, methodField.text)
    }

    CheckBox {
        objectName: "acceptedBox"
        checked: row.accepted
        onToggled: row.editor.setDeliverableAccepted(row.index, checked)
    }
    TextField {
        id: contentField
        objectName: "contentField"
        Layout.fillWidth: true
        text: row.content
        font.pixelSize: Theme.fontBody
        onEditingFinished: if (text !== row.content) row.commit()
    }
    TextField {
        id: dateField
        objectName: "dateField"
        Layout.preferredWidth: 130
        text: row.deliveredOnText
        placeholderText: qsTr("Delivered on")
        inputMethodHints: Qt.ImhDate
        font.pixelSize: Theme.fontBody
        onEditingFinished: if (text !== row.deliveredOnText) row.commit()
    }
    TextField {
        id: methodField
        objectName: "methodField"
        Layout.preferredWidth: 150
        text: row.method
        placeholderText: qsTr("How delivered")
        font.pixelSize: Theme.fontBody
        onEditingFinished: if (text !== row.method) row.commit()
    }
    ToolButton {
        objectName: "removeButton"
        text: "✕"
        font.pixelSize: Theme.fontBody
        onClicked: row.editor.removeDeliverable(row.index)
    }
}
