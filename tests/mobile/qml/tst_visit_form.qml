import QtQuick
import QtQuick.Controls
import QtTest
import FieldVisit

// The visit record form (VisitPage) over a real database: what is typed is
// saved with its outbox entry when the field is left, scores and issues are
// saved as they are made, submit names what is missing and, once the form is
// complete, submits it and leaves it read-only. A visit card on Today opens it.
Item {
    id: root
    width: 1280
    height: 800

    // Stands in for Main.qml's window and its openVisit (a Qt Quick Test's root cannot be a window).
    ApplicationWindow {
        id: appWindow
        width: 800
        height: 200
        visible: true

        property var openedVisits: []
        function openVisit(visitId) {
            openedVisits = openedVisits.concat([visitId])
        }

        VisitCard {
            id: card
            width: parent.width
            visitId: "0190f5c2-0000-7000-8000-000000000001"
            customerName: "华东精密制造有限公司"
            projectName: "MES 系统实施项目"
            kindLabel: "Periodic visit"
            methodLabel: "On site"
            status: "planned"
            statusLabel: "Planned"
            plannedTime: "09:30"
            plannedDateText: "Nov 30"
            address: "上海市浦东新区张江路 88 号"
            daysOverdue: 0
        }
    }

    TestCase {
        name: "VisitCard"
        when: windowShown

        function test_tappingAVisitCardOpensItsForm() {
            mouseClick(card)
            compare(appWindow.openedVisits, ["0190f5c2-0000-7000-8000-000000000001"])
        }
    }

    Component {
        id: pageComponent
        VisitPage {}
    }

    TestCase {
        id: testCase
        name: "VisitForm"
        when: windowShown

        property var target
        property var page

        function item(name, parent) {
            const found = findChild(parent || page, name)
            verify(found !== null, "no item named " + name)
            return found
        }

        // Scrolls the form until `target` is on screen, then taps it.
        function tap(target) {
            waitForRendering(page) // laid out: positions are final
            const flick = item("visitScroll").contentItem
            const y = target.mapToItem(flick.contentItem, 0, 0).y
            flick.contentY = Math.max(0, Math.min(y - 120, flick.contentHeight - flick.height))
            waitForRendering(page)
            mouseClick(target)
        }

        function typeInto(field, text) {
            tap(field)
            verify(field.activeFocus, "the field did not take the focus")
            for (const c of text) keyClick(c)
        }

        function init() {
            Language.choice = "en"
            testSupport.signInOffline()
            target = testSupport.addBlankVisit()
            page = createTemporaryObject(pageComponent, root, {visitId: target.visitId, width: root.width,
                                                               height: root.height})
            verify(page !== null)
            tryCompare(item("visitEditor"), "loaded", true)
        }

        function cleanup() {
            testSupport.signOut()
        }

        function test_aTypedFieldIsSavedWhenLeft() {
            const running = item("runningStatusInput")
            typeInto(running, "Runs fine")
            compare(testSupport.storedFields(target.visitId).runningStatus, "") // not yet: still typing
            tap(item("needsChangesInput")) // leaving the field saves it
            compare(testSupport.storedFields(target.visitId).runningStatus, "Runs fine")
            verify(testSupport.queuedFields(target.visitId).indexOf("runningStatus") >= 0)
            compare(running.text, "Runs fine")
        }

        function test_scoresAndReasonsAreSaved() {
            const quality = item("score_project_quality")
            tap(item("scoreButton4", quality))
            let scores = testSupport.storedFields(target.visitId).satisfaction
            compare(scores.length, 1)
            compare(scores[0].dimension, "project_quality")
            compare(scores[0].score, 4)

            typeInto(item("reason", quality), "Stable")
            tap(item("runningStatusInput"))
            compare(testSupport.storedFields(target.visitId).satisfaction[0].reason, "Stable")
        }

        function test_anIssueIsRaisedAsARecordOfItsOwn() {
            const dialog = item("issueDialog")
            tap(item("addIssueButton"))
            tryCompare(dialog, "opened", true)
            item("issueTitle", dialog.contentItem).text = "Label printer misaligned"
            mouseClick(item("issueSaveButton", dialog.contentItem))
            tryCompare(dialog, "visible", false)
            tryVerify(() => findChild(page, "issueRow") !== null)
            verify(!item("noIssues").visible)
            compare(testSupport.queuedFields(target.visitId).indexOf("title"), -1) // not on the visit
        }

        function test_conflictsAndRefusalsShowOnTheFormUntilDismissed() {
            typeInto(item("runningStatusInput"), "Mine")
            tap(item("needsChangesInput"))
            testSupport.answerLastChange(target.visitId, "runningStatus", "Theirs", "Mine")
            tryVerify(() => findChild(page, "conflictRow") !== null)
            const conflict = item("conflictRow")
            const words = findChild(conflict, "problemText").text
            verify(words.indexOf("Running status") >= 0 && words.indexOf("Theirs") >= 0
                   && words.indexOf("Mine") >= 0, words)
            verify(item("runningStatus").flagged)

            typeInto(item("competitorInfoInput"), "Rival")
            tap(item("runningStatusInput"))
            testSupport.answerLastChange(target.visitId, "", "", "")
            tryVerify(() => findChild(page, "refusalRow") !== null)
            const refusal = findChild(item("refusalRow"), "problemText").text
            verify(refusal.indexOf("You may not make this change") >= 0, refusal)

            tap(item("dismissProblem", item("conflictRow"))) // found again: the rows were re-read
            tryVerify(() => findChild(page, "conflictRow") === null)
            verify(!item("runningStatus").flagged)
            verify(findChild(page, "refusalRow") !== null) // dismissed one by one
        }

        function test_submitNamesWhatIsMissingThenSubmitsACompleteRecord() {
            const editor = item("visitEditor")
            mouseClick(item("startButton"))
            compare(editor.status, "in_progress")
            mouseClick(item("finishButton"))
            compare(editor.status, "completed")
            mouseClick(item("submitButton"))
            compare(editor.status, "completed")
            const error = item("visitError").text
            verify(error.indexOf("who visited") >= 0, error)
            verify(error.indexOf("the running status") >= 0, error)
            verify(error.indexOf("the customer's signature") >= 0, error)

            editor.visitors.add("Liu Yang", "Engineer", "")
            editor.customerAttendees.add("Wang Jianguo", "Production manager", "")
            editor.runningStatus = "Runs fine"
            for (const dimension of ["project_quality", "delivery_time", "service_attitude", "technical_support"]) {
                const row = item("score_" + dimension)
                tap(item("scoreButton5", row))
                typeInto(item("reason", row), "Good")
                tap(item("competitorInfoInput"))
            }
            testSupport.signVisitAsCustomer(target.visitId, target.projectId)
            compare(item("missingLabel").text, "Everything the form needs is there.")

            mouseClick(item("submitButton"))
            compare(editor.status, "submitted")
            compare(testSupport.storedFields(target.visitId).status, "submitted")
            verify(item("runningStatusInput").readOnly)
            verify(!item("addIssueButton").visible)
            verify(!item("submitButton").visible)
            compare(item("missingLabel").text, "This record is Submitted and can no longer be changed.")
        }
    }
}
