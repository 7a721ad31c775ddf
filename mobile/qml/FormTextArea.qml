import QtQuick
import QtQuick.Controls
import FieldVisit

// A captioned text field of a record form. It shows the stored `value` and
// asks for it to be saved (`committed`) when the user leaves the field; while
// the user is typing, a save or sync elsewhere does not overwrite the text.
// A Column, not a layout: a wrapping field's height follows its width, which
// Qt 6.4's nested layouts can leave stale.
Column {
    id: field

    property string label
    property string value
    property string placeholder
    property bool readOnly: false
    property bool flagged: false // the server reported a conflict here
    property bool multiline: true
    readonly property alias editor: area

    signal committed(string text)

    spacing: 4

    FieldLabel {
        text: field.flagged ? field.label + "  ·  " + qsTr("conflict, see above") : field.label
        color: field.flagged ? Theme.warning : Theme.textMuted
    }

    TextArea {
        id: area
        objectName: field.objectName + "Input"
        width: field.width
        height: Math.max(field.multiline ? 76 : 44, implicitHeight)
        readOnly: field.readOnly
        wrapMode: TextEdit.Wrap
        leftPadding: 10
        rightPadding: 10
        topPadding: 10
        bottomPadding: 10
        placeholderText: field.readOnly ? "" : field.placeholder
        font.pixelSize: Theme.fontBody
        color: Theme.text
        // Sized here: Material would place its own background below the field, over the next caption.
        background: Rectangle {
            x: 0
            y: 0
            width: area.width
            height: area.height
            radius: 6
            color: field.readOnly ? Theme.background : Theme.surface
            border.color: area.activeFocus ? Theme.primary : field.flagged ? Theme.warning : Theme.border
            border.width: area.activeFocus ? 2 : 1
        }
        onEditingFinished: if (!readOnly && text !== field.value) field.committed(text)
    }

    Binding {
        target: area
        property: "text"
        value: field.value
        when: !area.activeFocus
        restoreMode: Binding.RestoreNone
    }
}
