import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldVisit

// Signing one document: what is signed on top, the pad as large as the
// screen allows (landscape or portrait; rotating keeps the strokes), the
// signer's name and role, and Clear / Undo / Sign. Signing saves a new
// signature and returns to the document.
Page {
    id: page

    property string documentType
    property string documentId
    property string side: "customer"
    readonly property alias pad: pad
    readonly property alias controller: signing

    objectName: "signaturePadPage"
    background: Rectangle { color: Theme.background }

    SigningController {
        id: signing
        store: Session.store
        documentType: page.documentType
        documentId: page.documentId
        side: page.side
        onSignedNow: if (page.StackView.view) page.StackView.view.pop()
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.gap

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap

            BackButton { page: page }
            Label {
                Layout.fillWidth: true
                text: page.side === "company" ? qsTr("Company's signature") : qsTr("Customer's signature")
                font.pixelSize: Theme.fontHeading
                font.bold: true
                color: Theme.text
            }
        }

        SignedContentCard {
            Layout.fillWidth: true
            controller: signing
        }

        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: 200
            radius: Theme.radius
            color: "white"
            border.color: Theme.border

            Label {
                anchors.centerIn: parent
                visible: pad.empty
                text: qsTr("Sign here")
                font.pixelSize: Theme.fontHeading
                color: Theme.border
            }
            Rectangle { // the line people sign on
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.bottom: parent.bottom
                anchors.margins: 40
                height: 1
                color: Theme.border
            }
            SignaturePad {
                id: pad
                objectName: "signaturePad"
                anchors.fill: parent
                anchors.margins: 2
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap

            TextField {
                id: nameField
                objectName: "signerNameField"
                Layout.fillWidth: true
                Layout.maximumWidth: 260
                placeholderText: qsTr("Signer's name")
                text: page.side === "company" ? Session.userName : ""
                font.pixelSize: Theme.fontBody
            }
            TextField {
                id: roleField
                objectName: "signerRoleField"
                Layout.fillWidth: true
                Layout.maximumWidth: 260
                placeholderText: qsTr("Role, e.g. IT manager")
                font.pixelSize: Theme.fontBody
            }
            Item { Layout.fillWidth: true; Layout.minimumWidth: 0 }
            AppButton {
                objectName: "clearButton"
                primary: false
                text: qsTr("Clear")
                enabled: !pad.empty
                onClicked: pad.clear()
            }
            AppButton {
                objectName: "undoButton"
                primary: false
                text: qsTr("Undo")
                enabled: !pad.empty
                onClicked: pad.undo()
            }
            AppButton {
                objectName: "confirmSignButton"
                text: qsTr("Sign")
                enabled: !pad.empty && nameField.text.trim() !== "" && signing.documentFound
                onClicked: signing.sign(pad, nameField.text, roleField.text)
            }
        }

        ErrorBanner {
            Layout.fillWidth: true
            text: signing.errorString
        }
    }
}
