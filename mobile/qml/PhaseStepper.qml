pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldVisit

// The phases a project lives through, the ones passed filled, the current one marked.
RowLayout {
    id: stepper

    property var labels: []
    property int current: -1

    spacing: 4

    Repeater {
        model: stepper.labels

        delegate: ColumnLayout {
            id: step

            required property string modelData
            required property int index
            readonly property bool passed: index < stepper.current
            readonly property bool here: index === stepper.current

            Layout.fillWidth: true
            Layout.preferredWidth: 1 // equal shares
            spacing: 6

            Rectangle {
                Layout.fillWidth: true
                Layout.preferredHeight: 6
                radius: 3
                color: step.passed || step.here ? Theme.primary : Theme.border
            }
            Label {
                Layout.fillWidth: true
                text: step.modelData
                horizontalAlignment: Text.AlignHCenter
                elide: Text.ElideRight
                font.pixelSize: Theme.fontSmall
                font.bold: step.here
                color: step.here ? Theme.primary : step.passed ? Theme.text : Theme.textMuted
            }
        }
    }
}
