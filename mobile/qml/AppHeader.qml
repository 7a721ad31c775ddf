import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import FieldVisit

// The bar above every page once signed in: the product, who is signed in,
// the language, and signing out.
ToolBar {
    id: bar

    signal signOutRequested()

    height: Theme.barHeight
    Material.background: Theme.primary
    Material.foreground: "white"
    // No elevation: Material draws it with a shader effect the software renderer cannot show.
    Material.elevation: 0

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: 8
        spacing: Theme.gap

        Label {
            text: qsTr("FieldVisit")
            font.pixelSize: Theme.fontTitle
            font.bold: true
        }

        Label {
            text: qsTr("Follow-up visits and project tracking")
            font.pixelSize: Theme.fontBody
            opacity: 0.8
        }

        Item { Layout.fillWidth: true }

        LanguageButton {}

        Label {
            objectName: "userLabel"
            text: Session.userName !== "" ? Session.userName : Session.userId
            font.pixelSize: Theme.fontBody
        }

        ToolButton {
            objectName: "signOutButton"
            text: qsTr("Sign out")
            font.pixelSize: Theme.fontBody
            font.capitalization: Font.MixedCase
            onClicked: bar.signOutRequested()
        }
    }
}
