import QtQuick
import QtTest
import FieldVisit

// The acceptance sign-off screen over a real database: what the report holds,
// ticking and adding lines saves them at once (a second reader sees them), a
// new report for a project, and both sides' signature blocks.
Item {
    id: root
    width: 1280
    height: 800

    property var docs: ({})

    Component {
        id: acceptancePage
        AcceptancePage { anchors.fill: parent }
    }

    Component {
        id: reader
        AcceptanceEditor { store: Session.store }
    }

    TestCase {
        name: "AcceptancePage"
        when: windowShown

        function init() {
            testSupport.signInOffline()
            root.docs = testSupport.addSignableDocuments()
        }

        function cleanup() {
            testSupport.signOut()
        }

        function open(acceptanceId, projectId) {
            const page = createTemporaryObject(acceptancePage, root, {acceptanceId: acceptanceId, projectId: projectId})
            verify(page !== null)
            waitForRendering(page)
            return page
        }

        // What someone opening the report afterwards reads from the database.
        function stored() {
            const editor = createTemporaryObject(reader, root)
            verify(editor.open(root.docs.acceptanceId))
            return editor
        }

        function test_showsTheReportAndBothSignatureBlocks() {
            const page = open(root.docs.acceptanceId, root.docs.projectId)
            compare(findChild(page, "acceptanceTitle").text, "MES 一期验收")
            compare(findChild(page, "resultChip").text, "Needs rectification")
            compare(findChild(findChild(page, "deliverableRow1"), "contentField").text, "用户操作手册")
            compare(findChild(findChild(page, "rectificationRow0"), "descriptionField").text, "补充质量模块操作手册")
            for (const side of ["customerSignature", "companySignature"]) {
                const block = findChild(page, side)
                compare(findChild(block, "signatureState").text, "Not signed yet")
                verify(findChild(block, "signButton").visible)
            }
        }

        function test_tickingAndAddingSaveAtOnce() {
            const page = open(root.docs.acceptanceId, root.docs.projectId)
            mouseClick(findChild(findChild(page, "deliverableRow1"), "acceptedBox"))
            compare(stored().deliverables.acceptedCount, 2)

            findChild(page, "newDeliverableContent").text = "培训记录"
            findChild(page, "newDeliverableDate").text = "2026-11-20"
            mouseClick(findChild(page, "addDeliverableButton"))
            compare(page.editor.errorString, "")
            compare(findChild(page, "newDeliverableContent").text, "") // ready for the next line
            compare(stored().deliverables.count, 3)

            mouseClick(findChild(findChild(page, "rectificationRow0"), "doneBox"))
            compare(stored().rectifications.openCount, 0)
            verify(!findChild(page, "result_passed").enabled) // the new line is not accepted yet
            mouseClick(findChild(findChild(page, "deliverableRow2"), "acceptedBox"))
            verify(findChild(page, "result_passed").enabled) // now everything is accepted and done
            mouseClick(findChild(page, "result_passed"))
            compare(stored().result, "passed")
        }

        function test_aBadDateIsRefusedInWords() {
            const page = open(root.docs.acceptanceId, root.docs.projectId)
            findChild(page, "newRectificationDescription").text = "更换打印机驱动"
            findChild(page, "newRectificationDue").text = "下周"
            mouseClick(findChild(page, "addRectificationButton"))
            compare(findChild(page, "errorBanner").text, "Write the date as year-month-day, e.g. 2026-11-29.")
            compare(stored().rectifications.count, 1)
            compare(findChild(page, "newRectificationDescription").text, "更换打印机驱动") // nothing typed is lost
        }

        function test_aNewReportForAProject() {
            const page = open("", root.docs.projectId)
            verify(page.editor.loaded)
            verify(page.acceptanceId !== "")
            compare(findChild(page, "acceptanceTitle").text, "MES 系统实施项目 acceptance")
            compare(page.editor.deliverables.count, 0)
            compare(findChild(page, "customerSignature").documentId, page.acceptanceId)
        }
    }
}
