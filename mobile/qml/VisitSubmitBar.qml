import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldVisit

// The foot of the visit form: the next step (start, finish, submit for
// review) and what is still missing before the record can be submitted.
Rectangle {
    id: bar

    required property VisitEditor editor

    implicitHeight: row.implicitHeight + 20
    color: Theme.surface
    border.color: Theme.border

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        spacing: Theme.gap

        Label {
            objectName: "missingLabel"
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            maximumLineCount: 3
            elide: Text.ElideRight
            font.pixelSize: Theme.fontBody
            color: bar.editor.readOnly || bar.editor.missingItems.length === 0 ? Theme.textMuted : Theme.warning
            text: bar.editor.readOnly ? qsTr("This record is %1 and can no longer be changed.")
                                        .arg(bar.editor.statusLabel)
                  : bar.editor.missingItems.length === 0 ? qsTr("Everything the form needs is there.")
                  : qsTr("Still missing: %1").arg(bar.editor.missingItems.join(qsTr("; ")))
        }
        AppButton {
            objectName: "startButton"
            visible: bar.editor.canStart
            text: qsTr("Start visit")
            onClicked: bar.editor.start()
        }
        AppButton {
            objectName: "finishButton"
            visible: bar.editor.canFinish
            text: qsTr("Finish visit")
            onClicked: bar.editor.finish()
        }
        AppButton {
            objectName: "submitButton"
            visible: bar.editor.canSubmit
            text: qsTr("Submit for review")
            onClicked: bar.editor.submit()
        }
    }
}
