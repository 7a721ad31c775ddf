import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldVisit

// Kind and method of the visit, when it was planned and took place, and where.
FormCard {
    id: card

    required property VisitEditor editor
    property var conflictFields: []

    title: qsTr("Visit")
    flagged: ["kind", "method", "actualStart", "actualEnd", "location"].some(f => conflictFields.indexOf(f) >= 0)

    GridLayout {
        Layout.fillWidth: true
        columns: 2
        columnSpacing: Theme.gap
        rowSpacing: 8

        FieldLabel { text: qsTr("Kind of visit") }
        FieldLabel { text: qsTr("Method") }
        ComboBox {
            objectName: "kindBox"
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            enabled: !card.editor.readOnly
            model: card.editor.kindOptions
            textRole: "label"
            valueRole: "value"
            currentIndex: card.editor.kindOptions.findIndex(option => option.value === card.editor.kind)
            onActivated: card.editor.kind = currentValue
        }
        ComboBox {
            objectName: "methodBox"
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            enabled: !card.editor.readOnly
            model: card.editor.methodOptions
            textRole: "label"
            valueRole: "value"
            currentIndex: card.editor.methodOptions.findIndex(option => option.value === card.editor.method)
            onActivated: card.editor.method = currentValue
        }

        FieldLabel { text: qsTr("Planned") }
        FieldLabel { text: qsTr("Actual") }
        Label {
            objectName: "plannedText"
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.alignment: Qt.AlignTop
            wrapMode: Text.WordWrap
            text: card.editor.plannedText
            font.pixelSize: Theme.fontBody
            color: Theme.text
        }
        Label {
            objectName: "actualText"
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.alignment: Qt.AlignTop
            wrapMode: Text.WordWrap
            text: card.editor.actualStartText === "" ? qsTr("Not started")
                  : card.editor.actualEndText === "" ? qsTr("Started %1").arg(card.editor.actualStartText)
                  : qsTr("%1 – %2").arg(card.editor.actualStartText).arg(card.editor.actualEndText)
            font.pixelSize: Theme.fontBody
            color: Theme.text
        }
    }

    FormTextArea {
        objectName: "address"
        Layout.fillWidth: true
        label: qsTr("Place")
        multiline: false
        value: card.editor.address
        readOnly: card.editor.readOnly
        flagged: card.conflictFields.indexOf("location") >= 0
        placeholder: qsTr("Address of the visit")
        onCommitted: text => card.editor.address = text
    }
}
