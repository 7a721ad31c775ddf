import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldVisit

// What the signer is about to sign: the document, its key fields, how many
// photos it carries, and the fingerprint the signature will be bound to.
Rectangle {
    id: card

    required property SigningController controller

    implicitHeight: column.implicitHeight + 2 * Theme.gap
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.border

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.gap
        spacing: 6

        Label {
            objectName: "signedDocumentTitle"
            Layout.fillWidth: true
            text: card.controller.documentTitle
            elide: Text.ElideRight
            font.pixelSize: Theme.fontLarge
            font.bold: true
            color: Theme.text
        }
        GridLayout {
            Layout.fillWidth: true
            columns: card.width > 900 ? 2 : 1
            columnSpacing: Theme.gap
            rowSpacing: 4

            Repeater {
                model: card.controller.summary
                Label {
                    required property string modelData
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    text: modelData
                    maximumLineCount: 2
                    wrapMode: Text.WordWrap
                    elide: Text.ElideRight
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                }
            }
        }
        Label {
            objectName: "signedPhotoCount"
            Layout.fillWidth: true
            text: qsTr("%n photo(s) included in what is signed", "", card.controller.photoCount)
                  + "  ·  " + qsTr("Fingerprint %1…").arg(card.controller.contentSha256.substring(0, 16))
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
        }
    }
}
