import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldVisit

// One sync problem: the record it concerns (tap to open it), then either what
// the server refused and why, or the conflicting field with the server's value
// (shown now) beside this tablet's (kept for review) — or, once a reviewer has
// settled it, who decided and how; and Dismiss.
Rectangle {
    id: card

    required property int index
    required property string kind
    required property string recordTypeLabel
    required property string recordTitle
    required property string headline
    required property string reason
    required property string serverValue
    required property string deviceValue
    required property string whenText
    required property string openTarget
    required property bool settled
    required property string settlement

    readonly property bool refusal: kind === "refusal"

    signal openRequested()
    signal dismissRequested()

    implicitHeight: column.implicitHeight + 32
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.border

    Rectangle {
        width: 5
        height: parent.height - 16
        anchors.left: parent.left
        anchors.leftMargin: 8
        anchors.verticalCenter: parent.verticalCenter
        radius: 2
        color: card.refusal ? Theme.danger : card.settled ? Theme.success : Theme.warning
    }

    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: 16
        anchors.leftMargin: 28
        spacing: 8

        RowLayout {
            Layout.fillWidth: true
            spacing: 10

            StatusChip {
                objectName: "kindChip"
                status: card.refusal ? "void" : card.settled ? "resolved" : "waiting"
                text: card.refusal ? qsTr("Refused") : card.settled ? qsTr("Resolved") : qsTr("Conflict")
            }
            Label {
                objectName: "recordTitle"
                Layout.fillWidth: true
                text: card.recordTypeLabel === card.recordTitle ? card.recordTitle
                                                                : qsTr("%1: %2").arg(card.recordTypeLabel).arg(card.recordTitle)
                elide: Text.ElideRight
                font.pixelSize: Theme.fontLarge
                font.bold: true
                font.underline: card.openTarget !== "" && titleHover.hovered
                color: card.openTarget !== "" ? Theme.primary : Theme.text

                HoverHandler { id: titleHover; enabled: card.openTarget !== "" }
                TapHandler {
                    enabled: card.openTarget !== ""
                    onTapped: card.openRequested()
                }
            }
            Label {
                text: card.whenText
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
            }
            AppButton {
                objectName: "dismissButton"
                primary: false
                text: qsTr("Dismiss")
                onClicked: card.dismissRequested()
            }
        }

        Label {
            objectName: "headline"
            Layout.fillWidth: true
            text: card.refusal ? card.headline : qsTr("Changed on this tablet and on the server: %1").arg(card.headline)
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: Theme.text
        }
        Label {
            objectName: "reason"
            Layout.fillWidth: true
            visible: card.refusal
            text: card.reason
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontBody
            color: Theme.danger
        }
        Label {
            objectName: "settlement"
            Layout.fillWidth: true
            visible: card.settled
            text: card.settlement
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: Theme.success
        }
        RowLayout {
            Layout.fillWidth: true
            visible: !card.refusal
            spacing: 12

            ValueBox {
                objectName: "serverValue"
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                caption: card.settled ? qsTr("On the server before review") : qsTr("On the server (shown now)")
                value: card.serverValue
                tone: Theme.primary
            }
            ValueBox {
                objectName: "deviceValue"
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                caption: card.settled ? qsTr("Yours") : qsTr("Yours (kept for review)")
                value: card.deviceValue
                tone: Theme.warning
            }
        }
    }
}
