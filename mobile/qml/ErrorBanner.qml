import QtQuick
import QtQuick.Controls
import FieldVisit

// A failure a screen could not work around, in plain words; hidden when there is none.
Rectangle {
    id: banner

    property alias text: label.text

    objectName: "errorBanner"
    visible: label.text !== ""
    implicitHeight: visible ? label.implicitHeight + 20 : 0
    radius: Theme.radius
    color: Theme.dangerLight

    Label {
        id: label
        anchors.fill: parent
        anchors.margins: 10
        wrapMode: Text.WordWrap
        font.pixelSize: Theme.fontBody
        color: Theme.danger
    }
}
