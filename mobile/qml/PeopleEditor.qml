pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldVisit

// A list of people on a record (name, role, phone): edited in place, one
// removed with ×, one added from the empty row below.
ColumnLayout {
    id: people

    required property PersonListModel model
    property string title
    property bool readOnly: false
    property bool flagged: false

    spacing: 6

    FieldLabel {
        text: people.flagged ? people.title + "  ·  " + qsTr("conflict, see above") : people.title
        color: people.flagged ? Theme.warning : Theme.textMuted
    }

    // A Column, not the layout, holds the rows: Qt 6.4's layouts can crash
    // when a Repeater inside them deletes rows during a relayout.
    Column {
        id: rows
        Layout.fillWidth: true
        spacing: 6

        Repeater {
            model: people.model

            delegate: RowLayout {
                id: row
                required property int index
                required property string name
                required property string role
                required property string phone

                width: rows.width
                spacing: 6

                TextField {
                    objectName: "personName"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 3
                    text: row.name
                    readOnly: people.readOnly
                    onEditingFinished: people.model.setField(row.index, "name", text)
                }
                TextField {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 3
                    text: row.role
                    readOnly: people.readOnly
                    placeholderText: people.readOnly ? "" : qsTr("Role")
                    onEditingFinished: people.model.setField(row.index, "role", text)
                }
                TextField {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 3
                    text: row.phone
                    readOnly: people.readOnly
                    placeholderText: people.readOnly ? "" : qsTr("Phone")
                    inputMethodHints: Qt.ImhDialableCharactersOnly
                    onEditingFinished: people.model.setField(row.index, "phone", text)
                }
                ToolButton {
                    visible: !people.readOnly
                    text: "×"
                    font.pixelSize: Theme.fontTitle
                    Accessible.name: qsTr("Remove %1").arg(row.name)
                    onClicked: people.model.remove(row.index)
                }
            }
        }
    }

    RowLayout {
        Layout.fillWidth: true
        visible: !people.readOnly
        spacing: 6

        TextField {
            id: newName
            objectName: "newPersonName"
            Layout.fillWidth: true
            Layout.preferredWidth: 3
            placeholderText: qsTr("Name")
        }
        TextField {
            id: newRole
            objectName: "newPersonRole"
            Layout.fillWidth: true
            Layout.preferredWidth: 3
            placeholderText: qsTr("Role")
        }
        TextField {
            id: newPhone
            objectName: "newPersonPhone"
            Layout.fillWidth: true
            Layout.preferredWidth: 3
            placeholderText: qsTr("Phone")
            inputMethodHints: Qt.ImhDialableCharactersOnly
        }
        AppButton {
            objectName: "addPersonButton"
            primary: false
            text: qsTr("Add")
            enabled: newName.text.trim() !== ""
            onClicked: {
                people.model.add(newName.text, newRole.text, newPhone.text)
                newName.clear()
                newRole.clear()
                newPhone.clear()
            }
        }
    }
}
