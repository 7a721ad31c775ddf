pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldVisit

// "My projects": each with its customer, phase and open issues.
Rectangle {
    id: panel

    property alias model: list.model

    objectName: "projectPanel"
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.border

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 20
        spacing: 12

        SectionHeader {
            Layout.fillWidth: true
            title: qsTr("My projects")
            count: list.count
        }

        ListView {
            id: list
            objectName: "projectList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 0
            delegate: ProjectRow { width: list.width }

            Label {
                anchors.top: parent.top
                anchors.topMargin: 8
                visible: list.count === 0
                text: qsTr("No projects on this tablet yet. They arrive with the next sync.")
                width: list.width
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
            }
        }
    }
}
