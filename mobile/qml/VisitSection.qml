pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import FieldVisit

// One titled list of visits on the Today screen, with what to say when empty.
Column {
    id: section

    property alias model: repeater.model
    property string title
    property string emptyText
    property color tone: Theme.primary
    property bool showDate: false

    spacing: 10

    SectionHeader {
        width: section.width
        title: section.title
        count: repeater.count
        tone: section.tone
    }

    Repeater {
        id: repeater

        delegate: VisitCard {
            width: section.width
            showDate: section.showDate
        }
    }

    Label {
        objectName: "emptyText"
        visible: repeater.count === 0
        width: section.width
        leftPadding: 4
        text: section.emptyText
        font.pixelSize: Theme.fontBody
        color: Theme.textMuted
    }
}
