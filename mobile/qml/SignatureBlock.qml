import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldVisit

// One side's signature on a visit or acceptance: not signed yet, signed (the
// image, who, their role, when), or VOID because what was signed changed
// after signing (the reason, and a new signature is asked for). "Sign" opens
// the signature pad page.
ColumnLayout {
    id: block

    property string documentType // "visit" | "acceptance"
    property string documentId
    property string projectId
    property string side: "customer" // "customer" | "company"
    property bool readOnly: false
    readonly property alias controller: signing

    objectName: "signatureBlock"
    spacing: 8

    SigningController {
        id: signing
        store: Session.store
        documentType: block.documentType
        documentId: block.documentId
        side: block.side
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: 10

        StatusChip {
            objectName: "signatureState"
            status: signing.state === SigningController.Valid ? "valid"
                  : signing.state === SigningController.Void ? "void" : "waiting"
            text: signing.state === SigningController.Valid ? qsTr("Signed")
                : signing.state === SigningController.Void ? qsTr("VOID") : qsTr("Not signed yet")
        }
        Label {
            objectName: "signerLine"
            Layout.fillWidth: true
            visible: signing.state !== SigningController.None
            text: [signing.signerName, signing.signerRole,
                   signing.signedAtText].filter(part => part !== "").join("  ·  ")
            elide: Text.ElideRight
            font.pixelSize: Theme.fontBody
            color: Theme.text
        }
        Item { Layout.fillWidth: true; visible: signing.state === SigningController.None }
    }

    // Signed on another tablet: the record is here, its image comes with the next sync.
    Label {
        objectName: "signatureImageMissing"
        Layout.fillWidth: true
        visible: signing.state !== SigningController.None && signing.imageUrl.toString() === ""
        text: qsTr("The signature image is not on this tablet yet; it arrives with the next sync.")
        wrapMode: Text.WordWrap
        font.pixelSize: Theme.fontSmall
        color: Theme.textMuted
    }

    Rectangle {
        Layout.fillWidth: true
        Layout.preferredHeight: 110
        visible: signing.imageUrl.toString() !== ""
        radius: 6
        color: "white"
        border.color: Theme.border

        Image {
            objectName: "signatureImage"
            anchors.fill: parent
            anchors.margins: 4
            source: signing.imageUrl
            fillMode: Image.PreserveAspectFit
            asynchronous: true
            // A void signature stays visible, faded, so no one mistakes it for a valid one.
            opacity: signing.state === SigningController.Void ? 0.3 : 1
        }
        Label {
            anchors.centerIn: parent
            visible: signing.state === SigningController.Void
            text: qsTr("VOID")
            rotation: -12
            font.pixelSize: 40
            font.bold: true
            color: Theme.danger
        }
    }

    Label {
        objectName: "voidReason"
        Layout.fillWidth: true
        visible: signing.state === SigningController.Void
        text: signing.voidReason + " " + qsTr("Ask for a new signature.")
        wrapMode: Text.WordWrap
        font.pixelSize: Theme.fontSmall
        color: Theme.danger
    }

    Label {
        Layout.fillWidth: true
        visible: signing.errorString !== ""
        text: signing.errorString
        wrapMode: Text.WordWrap
        font.pixelSize: Theme.fontSmall
        color: Theme.danger
    }

    AppButton {
        objectName: "signButton"
        visible: !block.readOnly && signing.documentFound && signing.state !== SigningController.Valid
        text: signing.state === SigningController.Void ? qsTr("Sign again") : qsTr("Sign")
        onClicked: {
            const window = ApplicationWindow.window
            if (window && typeof window.openSignaturePad === "function")
                window.openSignaturePad(block.documentType, block.documentId, block.side)
        }
    }
}
