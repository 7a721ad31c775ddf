import QtQuick
import QtTest
import FieldVisit

// SignInPage: what a person sees when a field is missing, the password is
// wrong, or all is well — in English and, after switching, in Chinese.
Item {
    id: root
    width: 1280
    height: 800

    SignInPage {
        id: page
        anchors.fill: parent
    }

    TestCase {
        name: "SignInPage"
        when: windowShown

        function item(name) {
            const found = findChild(page, name)
            verify(found !== null, "no item named " + name)
            return found
        }

        function fill(server, user, password) {
            item("serverField").text = server
            item("userField").text = user
            item("passwordField").text = password
        }

        function submit() {
            mouseClick(item("signInButton"))
        }

        function init() {
            Language.choice = "en"
            Session.clearError()
        }

        function test_emptyFieldsGiveReadableErrors() {
            verify(!item("signInError").visible)
            fill("", "liuyang", "secret")
            submit()
            compare(item("signInError").text, "Enter the server address.")
            verify(item("signInError").visible)
            verify(item("serverField").activeFocus)

            fill(testSupport.serverUrl, "", "secret")
            submit()
            compare(item("signInError").text, "Enter your user name.")
            verify(item("userField").activeFocus)

            fill(testSupport.serverUrl, "liuyang", "")
            submit()
            compare(item("signInError").text, "Enter your password.")
        }

        function test_wrongPasswordSaysSo() {
            fill(testSupport.serverUrl, "liuyang", "not-the-password")
            submit()
            tryCompare(item("signInError"), "text", "Wrong user name or password.", 10000)
            verify(!Session.signedIn)
            verify(item("signInButton").enabled)
        }

        function test_errorsSwitchToChineseAtOnce() {
            fill("", "liuyang", "secret")
            submit()
            compare(item("signInError").text, "Enter the server address.")
            Language.choice = "zh_CN"
            compare(item("signInError").text, "请输入服务器地址。")
            compare(item("signInButton").text, "登录")
        }

        function test_theRightPasswordSignsIn() {
            fill(testSupport.serverUrl, "liuyang", testSupport.password)
            submit()
            tryCompare(Session, "signedIn", true, 10000)
            compare(item("signInError").text, "")
            compare(Session.userName, "刘洋")
            testSupport.signOut()
        }
    }
}
