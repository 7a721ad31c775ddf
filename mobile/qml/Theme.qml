pragma Singleton
import QtQuick

// The app's colours and sizes, in one place: screens never spell a colour.
QtObject {
    readonly property color primary: "#1E5AA8"
    readonly property color primaryLight: "#E8F0FB"
    readonly property color background: "#F2F4F7"
    readonly property color surface: "#FFFFFF"
    readonly property color border: "#DDE2E8"
    readonly property color text: "#1F2933"
    readonly property color textMuted: "#5F6B7A"
    readonly property color success: "#2E7D32"
    readonly property color successLight: "#E8F5E9"
    readonly property color warning: "#C25E00"
    readonly property color warningLight: "#FFF3E0"
    readonly property color danger: "#C62828"
    readonly property color dangerLight: "#FDECEA"

    readonly property int gap: 16
    readonly property int margin: 24
    readonly property int radius: 10
    readonly property int barHeight: 56

    readonly property int fontSmall: 13
    readonly property int fontBody: 15
    readonly property int fontLarge: 17
    readonly property int fontTitle: 20
    readonly property int fontHeading: 26
}
