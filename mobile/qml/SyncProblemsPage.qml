import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldVisit

// What sync could not settle on its own: changes the server refused (they are
// not sent again) and fields changed both here and on the server (the
// server's value is shown; yours is kept for the back office to review, and
// shows as resolved once a reviewer settles it). Each stays until dismissed;
// tapping its record opens the visit or project.
Page {
    id: page

    objectName: "syncProblemsPage"
    background: Rectangle { color: Theme.background }

    function open(target, id) {
        const window = ApplicationWindow.window
        const opener = target === "visit" ? "openVisit" : target === "project" ? "openProject" : ""
        if (window && opener !== "" && typeof window[opener] === "function") window[opener](id)
    }

    SyncProblemsModel {
        id: problems
        store: Session.store
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.gap

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap

            BackButton { page: page }
            Label {
                Layout.fillWidth: true
                text: qsTr("Sync problems")
                font.pixelSize: Theme.fontHeading
                font.bold: true
                color: Theme.text
            }
            CountChip {
                objectName: "refusalCount"
                label: qsTr("Refused")
                value: problems.refusalCount
                tone: problems.refusalCount > 0 ? Theme.danger : Theme.textMuted
            }
            CountChip {
                objectName: "conflictCount"
                label: qsTr("Conflicts")
                value: problems.conflictCount
                tone: problems.conflictCount > 0 ? Theme.warning : Theme.textMuted
            }
        }

        Label {
            Layout.fillWidth: true
            text: qsTr("A refused change is not sent again: if it is still needed, make it again in a way the server "
                       + "accepts. In a conflict the server's value is shown and yours is kept for the back office "
                       + "until a reviewer settles it; a settled one says who decided and how. "
                       + "Dismiss a problem once you have dealt with it.")
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontBody
            color: Theme.textMuted
        }

        ErrorBanner {
            Layout.fillWidth: true
            text: problems.actionError || problems.errorString
        }

        ListView {
            id: list
            objectName: "syncProblemList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 12
            model: problems
            delegate: SyncProblemCard {
                required property string targetId
                width: list.width
                onOpenRequested: page.open(openTarget, targetId)
                onDismissRequested: problems.dismiss(index)
            }
            EmptyListText {
                visible: list.count === 0
                text: qsTr("Nothing to review: no change was refused and no conflict was reported.")
            }
        }
    }
}
