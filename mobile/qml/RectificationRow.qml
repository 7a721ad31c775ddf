import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldVisit

// One rectification item (整改项): done, what must be fixed, by when.
RowLayout {
    id: row

    required property AcceptanceEditor editor
    required property int index
    required property string description
    required property string dueDateText
    required property bool done

    objectName: "rectificationRow" + index
    spacing: 8

    function commit() {
        row.editor.editRectification(row.index, descriptionField.text, dueField.text)
    }

    CheckBox {
        objectName: "doneBox"
        checked: row.done
        onToggled: row.editor.setRectificationDone(row.index, checked)
    }
    TextField {
        id: descriptionField
        objectName: "descriptionField"
        Layout.fillWidth: true
        text: row.description
        font.pixelSize: Theme.fontBody
        font.strikeout: row.done
        onEditingFinished: if (text !== row.description) row.commit()
    }
    TextField {
        id: dueField
        objectName: "dueField"
        Layout.preferredWidth: 130
        text: row.dueDateText
        placeholderText: qsTr("Due date")
        inputMethodHints: Qt.ImhDate
        font.pixelSize: Theme.fontBody
        onEditingFinished: if (text !== row.dueDateText) row.commit()
    }
    ToolButton {
        objectName: "removeButton"
        text: "✕"
        font.pixelSize: Theme.fontBody
        onClicked: row.editor.removeRectification(row.index)
    }
}
