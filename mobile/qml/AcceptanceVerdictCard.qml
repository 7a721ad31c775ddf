import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldVisit

// The customer's opinion (客户意见) and the result of the acceptance.
FormCard {
    id: card

    required property AcceptanceEditor editor

    objectName: "verdictCard"
    title: qsTr("Customer opinion and result")

    FormTextArea {
        objectName: "customerOpinion"
        Layout.fillWidth: true
        label: qsTr("Customer opinion")
        placeholder: qsTr("What the customer says about the delivery")
        value: card.editor.customerOpinion
        onCommitted: text => card.editor.setCustomerOpinion(text)
    }

    FieldLabel { text: qsTr("Result") }
    RowLayout {
        Layout.fillWidth: true
        spacing: 8

        Repeater {
            model: [
                { value: "pending", text: qsTr("Pending") },
                { value: "needs_rectification", text: qsTr("Needs rectification") },
                { value: "passed", text: qsTr("Passed") }
            ]
            AppButton {
                required property var modelData
                objectName: "result_" + modelData.value
                primary: card.editor.result === modelData.value
                text: modelData.text
                enabled: modelData.value !== "passed" || card.editor.canPass || primary
                onClicked: card.editor.setResult(modelData.value)
            }
        }
        Item { Layout.fillWidth: true }
    }
    Label {
        Layout.fillWidth: true
        visible: !card.editor.canPass
        text: qsTr("Passing needs every deliverable accepted and every rectification item done.")
        wrapMode: Text.WordWrap
        font.pixelSize: Theme.fontSmall
        color: Theme.textMuted
    }
}
