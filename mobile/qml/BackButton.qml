import QtQuick
import QtQuick.Controls
import FieldVisit

// "Back" at the top left of every page pushed over Today: it leaves the page
// it sits on (pops the window's page stack).
AppButton {
    id: button

    // The page to leave; its StackView is the one popped.
    property Item page

    objectName: "backButton"
    primary: false
    text: qsTr("‹ Back")
    onClicked: if (page && page.StackView.view) page.StackView.view.pop()
}
