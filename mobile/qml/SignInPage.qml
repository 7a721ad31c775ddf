import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import FieldVisit

// Sign-in: server address, user and password. The checks and the words of
// every failure come from Session; this page only shows them.
Page {
    id: page

    function submit() {
        Session.signIn(serverField.text, userField.text, passwordField.text)
    }

    background: Rectangle { color: Theme.background }

    Connections {
        target: Session
        function onErrorChanged() {
            if (Session.errorField === "server") serverField.forceActiveFocus()
            else if (Session.errorField === "user") userField.forceActiveFocus()
            else if (Session.errorField === "password") passwordField.forceActiveFocus()
        }
    }

    Rectangle {
        id: card
        anchors.centerIn: parent
        width: 480
        height: form.implicitHeight + 2 * 40
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.border

        ColumnLayout {
            id: form
            anchors.fill: parent
            anchors.margins: 40
            spacing: 10

            Label {
                text: qsTr("FieldVisit")
                font.pixelSize: Theme.fontHeading + 4
                font.bold: true
                color: Theme.primary
            }
            Label {
                Layout.fillWidth: true
                Layout.bottomMargin: 12
                text: qsTr("Sign in to see your visits and projects. After the first sign-in the app also works without a network.")
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
            }

            FieldLabel { text: qsTr("Server address") }
            TextField {
                id: serverField
                objectName: "serverField"
                Layout.fillWidth: true
                text: Session.serverUrl
                placeholderText: qsTr("e.g. 192.168.1.20:8080")
                inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
                onAccepted: userField.forceActiveFocus()
            }

            FieldLabel { text: qsTr("User name") }
            TextField {
                id: userField
                objectName: "userField"
                Layout.fillWidth: true
                text: Session.userId
                placeholderText: qsTr("Your user name")
                inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
                onAccepted: passwordField.forceActiveFocus()
            }

            FieldLabel { text: qsTr("Password") }
            TextField {
                id: passwordField
                objectName: "passwordField"
                Layout.fillWidth: true
                echoMode: TextInput.Password
                placeholderText: qsTr("Your password")
                onAccepted: page.submit()
            }

            Label {
                id: errorLabel
                objectName: "signInError"
                Layout.fillWidth: true
                Layout.topMargin: 4
                visible: text !== ""
                text: Session.errorString
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.fontBody
                color: Theme.danger
            }

            AppButton {
                id: signInButton
                objectName: "signInButton"
                Layout.fillWidth: true
                Layout.topMargin: 12
                Layout.preferredHeight: 52
                text: Session.busy ? qsTr("Signing in…") : qsTr("Sign in")
                font.pixelSize: Theme.fontLarge
                enabled: !Session.busy
                onClicked: page.submit()
            }
        }
    }

    Label {
        anchors.bottom: parent.bottom
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottomMargin: Theme.margin
        text: qsTr("Device %1").arg(Session.deviceId)
        font.pixelSize: Theme.fontSmall
        color: Theme.textMuted
    }
}
