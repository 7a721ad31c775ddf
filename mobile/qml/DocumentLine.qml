import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldVisit

// One signature on a project document (valid, or void with the reason), or an
// acceptance report still waiting for signatures. Tapping opens the document.
Rectangle {
    id: line

    required property string documentTitle
    required property bool isSigned
    required property string sideLabel
    required property string signerName
    required property string signerRole
    required property string signedAtText
    required property bool voided
    required property string voidReason

    signal tapped()

    implicitHeight: column.implicitHeight + 24
    radius: Theme.radius
    color: tap.pressed ? Theme.primaryLight : Theme.surface
    border.color: Theme.border

    TapHandler {
        id: tap
        onTapped: line.tapped()
    }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: 18
        anchors.rightMargin: 14
        spacing: 14

        ColumnLayout {
            id: column
            Layout.fillWidth: true
            spacing: 3
            Label {
                objectName: "documentTitle"
                Layout.fillWidth: true
                text: line.documentTitle
                elide: Text.ElideRight
                font.pixelSize: Theme.fontBody
                font.bold: true
                color: Theme.text
            }
            Label {
                Layout.fillWidth: true
                text: line.isSigned
                      ? qsTr("%1 side: %2").arg(line.sideLabel).arg(line.signerName)
                        + (line.signerRole !== "" ? " (" + line.signerRole + ")" : "") + "  ·  " + line.signedAtText
                      : qsTr("Not signed yet")
                elide: Text.ElideRight
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
            }
            Label {
                objectName: "voidReason"
                Layout.fillWidth: true
                visible: line.voided && line.voidReason !== ""
                text: qsTr("Void: %1").arg(line.voidReason)
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.fontSmall
                color: Theme.danger
            }
        }
        StatusChip {
            objectName: "signatureState"
            status: !line.isSigned ? "waiting" : line.voided ? "void" : "valid"
            text: !line.isSigned ? qsTr("Awaiting signatures") : line.voided ? qsTr("VOID") : qsTr("Valid")
        }
    }
}
