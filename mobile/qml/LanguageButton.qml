import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import FieldVisit

// Chooses the app's language; each language is named in itself.
ToolButton {
    id: button

    objectName: "languageButton"
    text: Language.current === "zh_CN" ? "中文" : "English"
    font.pixelSize: Theme.fontBody
    font.capitalization: Font.MixedCase
    onClicked: menu.open()

    Menu {
        id: menu
        y: button.height
        Material.elevation: 0 // see AppButton.qml: shadows do not draw in the software renderer
        Material.foreground: Theme.text

        MenuItem {
            text: qsTr("Follow the system")
            checkable: true
            checked: Language.choice === ""
            onTriggered: Language.choice = ""
        }
        MenuItem {
            text: "中文（简体）"
            checkable: true
            checked: Language.choice === "zh_CN"
            onTriggered: Language.choice = "zh_CN"
        }
        MenuItem {
            text: "English"
            checkable: true
            checked: Language.choice === "en"
            onTriggered: Language.choice = "en"
        }
    }
}
