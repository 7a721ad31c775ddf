import QtQuick
import QtQuick.Controls
import QtTest
import FieldVisit

// SyncProblemsPage over a real database: a refused change and a conflict are
// listed with their reasons and values; tapping the conflict's record asks
// the window to open the visit; Dismiss removes a problem. And the status
// bar's count of them asks for this page.
Item {
    id: root
    width: 1280
    height: 800

    // Stands in for Main.qml: a window with a page stack, the status bar and the open* functions.
    ApplicationWindow {
        id: appWindow
        width: 1280
        height: 760
        visible: true

        property var openedVisits: []
        function openVisit(visitId) {
            openedVisits = openedVisits.concat([visitId])
        }

        footer: SyncStatusBar {
            id: bar
            controller: controller
        }

        StackView {
            id: stack
            anchors.fill: parent
        }
    }

    SyncController {
        id: controller
        autoSync: false
        session: Session
    }

    Component {
        id: problemsPage
        SyncProblemsPage {}
    }

    SignalSpy {
        id: problemsRequested
        target: bar
        signalName: "problemsRequested"
    }

    TestCase {
        name: "SyncProblemsPage"
        when: windowShown

        property var ids

        function init() {
            Language.choice = "en"
            testSupport.signInOffline()
            ids = testSupport.addSyncProblems()
            appWindow.openedVisits = []
            problemsRequested.clear()
            stack.push(problemsPage, {}, StackView.Immediate)
            tryCompare(stack, "busy", false)
        }

        function cleanup() {
            stack.clear()
            testSupport.signOut()
        }

        function list() {
            const found = findChild(stack.currentItem, "syncProblemList")
            verify(found !== null)
            tryCompare(found, "count", 2)
            tryVerify(() => found.itemAtIndex(1) !== null)
            return found
        }

        function test_listsTheRefusalAndTheConflictNewestFirst() {
            const problems = list()
            const conflict = problems.itemAtIndex(0)
            compare(findChild(conflict, "headline").text,
                    "Changed on this tablet and on the server: Running status")
            compare(findChild(findChild(conflict, "serverValue"), "value").text, "系统运行稳定。")
            compare(findChild(findChild(conflict, "deviceValue"), "value").text, "交接班时偶有卡顿。")
            const refusal = problems.itemAtIndex(1)
            compare(findChild(refusal, "recordTitle").text, "Customer: 华东精密制造有限公司")
            compare(findChild(refusal, "headline").text, "Changes to: Address")
            verify(findChild(refusal, "reason").text.startsWith("You may not change this record"))
        }

        function test_tappingARecordAsksTheWindowToOpenIt() {
            mouseClick(findChild(list().itemAtIndex(0), "recordTitle"))
            compare(appWindow.openedVisits, [ids.visitId])
        }

        function test_dismissRemovesTheProblemAndTheStatusBarCountsFollow() {
            tryCompare(controller, "conflictsCount", 1)
            compare(controller.refusalsCount, 1)
            mouseClick(findChild(list().itemAtIndex(0), "dismissButton"))
            const problems = findChild(stack.currentItem, "syncProblemList")
            tryCompare(problems, "count", 1)
            tryCompare(controller, "conflictsCount", 0)
            compare(controller.refusalsCount, 1)
        }

        function test_aSettledConflictSaysSoAndNoLongerCounts() {
            tryCompare(controller, "conflictsCount", 1)
            testSupport.settleSyncConflict()
            tryCompare(controller, "conflictsCount", 0)
            const conflict = list().itemAtIndex(0)
            tryCompare(findChild(conflict, "settlement"), "visible", true)
            verify(findChild(conflict, "settlement").text.startsWith("Resolved by 张伟 on "))
            verify(findChild(conflict, "settlement").text.endsWith(": kept your value"))
            compare(findChild(conflict, "kindChip").text, "Resolved")
            compare(findChild(stack.currentItem, "conflictCount").value, 0)
            mouseClick(findChild(conflict, "dismissButton"))
            tryCompare(findChild(stack.currentItem, "syncProblemList"), "count", 1)
        }

        function test_theStatusBarCountAsksForThisPage() {
            const count = findChild(bar, "refusalsLabel")
            tryCompare(count, "visible", true)
            compare(count.text, "2 changes need your attention")
            mouseClick(count)
            compare(problemsRequested.count, 1)
        }
    }
}
