import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import FieldVisit

// The app's button. Material's own draws its elevation with a shader effect,
// which the software renderer (tests, screenshots, devices without a usable
// GPU) cannot show: the button would vanish. This one is flat and draws the
// same everywhere. `primary`: filled; otherwise outlined.
Button {
    id: control

    property bool primary: true

    font.pixelSize: Theme.fontBody
    font.capitalization: Font.MixedCase
    Material.foreground: primary ? "white" : Theme.primary

    background: Rectangle {
        implicitWidth: 96
        implicitHeight: 44
        radius: 8
        border.width: control.primary ? 0 : 1
        border.color: control.enabled ? Theme.primary : Theme.border
        color: {
            if (!control.enabled) return control.primary ? Theme.border : "transparent"
            if (!control.primary) return control.down ? Theme.primaryLight : "transparent"
            return control.down ? Qt.darker(Theme.primary, 1.25) : control.hovered ? Qt.lighter(Theme.primary, 1.12)
                                                                                  : Theme.primary
        }
    }
}
