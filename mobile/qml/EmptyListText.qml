import QtQuick
import QtQuick.Controls
import FieldVisit

// What an empty list says, at its top.
Label {
    objectName: "emptyText"
    anchors.top: parent ? parent.top : undefined
    anchors.topMargin: 8
    width: parent ? parent.width : implicitWidth
    wrapMode: Text.WordWrap
    font.pixelSize: Theme.fontBody
    color: Theme.textMuted
}
