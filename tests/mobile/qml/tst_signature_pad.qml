import QtQuick
import QtTest
import FieldVisit

// The signature pad page over a real database: strokes drawn with the mouse
// and fingers become stroke data and a PNG; undo, clear and rotating the
// tablet; and a signature that an edit to the signed document voids, then a
// new one.
Item {
    id: root
    width: 1280
    height: 800

    property var docs: ({})

    Component {
        id: padPage
        SignaturePadPage { anchors.fill: parent }
    }

    Component {
        id: block
        SignatureBlock { width: 500 }
    }

    Component {
        id: acceptanceEditor
        AcceptanceEditor { store: Session.store }
    }

    TestCase {
        name: "SignaturePad"
        when: windowShown

        function init() {
            root.width = 1280
            root.height = 800
            testSupport.signInOffline()
            root.docs = testSupport.addSignableDocuments()
        }

        function cleanup() {
            testSupport.signOut()
        }

        function openPad(documentType, documentId, side) {
            const page = createTemporaryObject(padPage, root,
                                               {documentType: documentType, documentId: documentId, side: side})
            verify(page !== null)
            waitForRendering(page)
            return page
        }

        // A stroke from (x0, y) to (x1, y) in `steps` mouse moves.
        function drawLine(pad, x0, x1, y, steps) {
            mousePress(pad, x0, y)
            for (let i = 1; i <= steps; ++i) mouseMove(pad, x0 + (x1 - x0) * i / steps, y + (i % 2) * 6, 5)
            mouseRelease(pad, x1, y)
        }

        function sign(page, name) {
            findChild(page, "signerNameField").text = name
            findChild(page, "signerRoleField").text = "信息部经理"
            mouseClick(findChild(page, "confirmSignButton"))
            compare(page.controller.errorString, "")
        }

        function test_strokesBecomePointsWithTimes() {
            const page = openPad("visit", root.docs.visitId, "customer")
            const pad = page.pad
            verify(pad.empty)
            drawLine(pad, 40, 400, 120, 8)
            compare(pad.strokeCount, 1)
            verify(!pad.empty)
            const points = pad.strokePoints(0)
            verify(points.length >= 8, "points: " + points.length)
            compare(points[0].t, 0) // times count from the first touch
            for (let i = 1; i < points.length; ++i)
                verify(points[i].t >= points[i - 1].t, "time went back at point " + i)
            verify(points[points.length - 1].t > 0)
            fuzzyCompare(points[0].x, 40, 1)
            fuzzyCompare(points[points.length - 1].x, 400, 1)
            compare(pad.canvasSize.width, pad.width)
        }

        function test_fingersDrawToo() {
            const page = openPad("visit", root.docs.visitId, "customer")
            const touch = touchEvent(page.pad)
            // One move a frame, as a screen samples a finger (moves within a frame are merged).
            touch.press(0, page.pad, 100, 100).commit()
            wait(20)
            touch.move(0, page.pad, 160, 130).commit()
            wait(20)
            touch.move(0, page.pad, 220, 110).commit()
            wait(20)
            touch.release(0, page.pad, 220, 110).commit()
            compare(page.pad.strokeCount, 1)
            verify(page.pad.strokePoints(0).length >= 3)
        }

        function test_undoRemovesTheLastStrokeAndClearAll() {
            const page = openPad("visit", root.docs.visitId, "customer")
            drawLine(page.pad, 40, 300, 80, 4)
            drawLine(page.pad, 40, 300, 160, 4)
            drawLine(page.pad, 40, 300, 240, 4)
            compare(page.pad.strokeCount, 3)
            mouseClick(findChild(page, "undoButton"))
            compare(page.pad.strokeCount, 2)
            fuzzyCompare(page.pad.strokePoints(1)[0].y, 160, 1) // the last one went, not another
            mouseClick(findChild(page, "clearButton"))
            compare(page.pad.strokeCount, 0)
            verify(page.pad.empty)
            verify(!findChild(page, "confirmSignButton").enabled)
        }

        function test_rotatingKeepsEveryStroke() {
            const page = openPad("visit", root.docs.visitId, "customer")
            const pad = page.pad
            drawLine(pad, 60, 600, 100, 6)
            drawLine(pad, 60, 600, 200, 6)
            const canvas = pad.canvasSize
            const before = [pad.strokePoints(0), pad.strokePoints(1)]

            root.width = 800 // the tablet turned to portrait
            root.height = 1280
            waitForRendering(page)
            verify(pad.width < canvas.width)
            compare(pad.strokeCount, 2)
            compare(pad.canvasSize, canvas)
            compare(pad.strokePoints(0), before[0])
            compare(pad.strokePoints(1), before[1])

            // The strokes are drawn scaled to fit: ink where the first line now lies.
            const scale = Math.min(pad.width / canvas.width, pad.height / canvas.height)
            const top = (pad.height - canvas.height * scale) / 2
            const image = grabImage(page)
            let ink = 0
            for (let x = 100; x < 560; x += 10) {
                const at = pad.mapToItem(page, x * scale, top + 103 * scale)
                for (let dy = -4; dy <= 4; ++dy)
                    if (image.pixel(Math.round(at.x), Math.round(at.y) + dy).r < 0.5) { ++ink; break }
            }
            verify(ink > 40, "ink found at " + ink + " of 46 places")

            drawLine(pad, 100, 500, pad.height / 2, 4) // signing goes on in portrait
            compare(pad.strokeCount, 3)
            root.width = 1280
            root.height = 800
            compare(pad.strokeCount, 3)
        }

        function test_signingSavesStrokesAndImage() {
            const page = openPad("visit", root.docs.visitId, "customer")
            verify(page.controller.documentFound)
            compare(page.controller.contentSha256.length, 64)
            drawLine(page.pad, 40, 500, 120, 8)
            drawLine(page.pad, 80, 300, 220, 5)
            sign(page, "王丽")

            const saved = testSupport.signaturesOf(root.docs.visitId)
            compare(saved.length, 1)
            compare(saved[0].side, "customer")
            compare(saved[0].voided, false)
            compare(saved[0].strokeCount, 2)
            for (let i = 1; i < saved[0].times.length; ++i) verify(saved[0].times[i] >= saved[0].times[i - 1])
            compare(saved[0].imageSha256.length, 64)
            verify(saved[0].imageQueued, "the PNG is in the blob queue")
            verify(saved[0].imageMatches, "the PNG file is the one the hash names")
            compare(page.controller.state, SigningController.Valid)
        }

        function test_anEmptyPadOrNoNameIsNotASignature() {
            const page = openPad("visit", root.docs.visitId, "customer")
            verify(!page.controller.sign(page.pad, "王丽", ""))
            compare(page.controller.errorString, "Nothing is signed yet: sign on the pad first.")
            drawLine(page.pad, 40, 300, 120, 4)
            verify(!page.controller.sign(page.pad, "  ", ""))
            compare(page.controller.errorString, "Enter the signer's name.")
            compare(testSupport.signaturesOf(root.docs.visitId).length, 0)
        }

        function test_editingTheSignedVisitVoidsThenANewSignature() {
            const shown = createTemporaryObject(block, root, {documentType: "visit", documentId: root.docs.visitId,
                                                              projectId: root.docs.projectId, side: "customer"})
            compare(findChild(shown, "signatureState").text, "Not signed yet")
            let page = openPad("visit", root.docs.visitId, "customer")
            drawLine(page.pad, 40, 500, 120, 6)
            sign(page, "王丽")
            compare(shown.controller.state, SigningController.Valid)
            compare(findChild(shown, "signatureState").text, "Signed")

            testSupport.editCustomerWords(root.docs.visitId, "“下周再来看看。”")
            compare(shown.controller.state, SigningController.Void)
            compare(findChild(shown, "signatureState").text, "VOID")
            verify(findChild(shown, "voidReason").text.indexOf("Customer's own words") >= 0)
            let saved = testSupport.signaturesOf(root.docs.visitId)
            compare(saved.length, 1)
            compare(saved[0].voided, true)
            compare(saved[0].voidReason, "signed content changed after signing: customerWords")
            compare(findChild(shown, "signButton").text, "Sign again")

            page = openPad("visit", root.docs.visitId, "customer")
            drawLine(page.pad, 40, 500, 140, 6)
            sign(page, "王丽")
            saved = testSupport.signaturesOf(root.docs.visitId)
            compare(saved.length, 2) // the void one stays on record
            compare(saved[0].voided, true)
            compare(saved[1].voided, false)
            compare(shown.controller.state, SigningController.Valid)
            compare(shown.controller.signatureCount, 2)
        }

        function test_editingTheAcceptanceVoidsBothSides() {
            for (const side of ["customer", "company"]) {
                const page = openPad("acceptance", root.docs.acceptanceId, side)
                drawLine(page.pad, 40, 500, 120, 6)
                sign(page, side === "customer" ? "王丽" : "刘洋")
            }
            const editor = createTemporaryObject(acceptanceEditor, root)
            verify(editor.open(root.docs.acceptanceId))
            verify(editor.setCustomerOpinion("手册已补充，同意验收。"))
            const saved = testSupport.signaturesOf(root.docs.acceptanceId)
            compare(saved.length, 2)
            for (const signature of saved) {
                compare(signature.voided, true)
                compare(signature.voidReason, "signed content changed after signing: customerOpinion")
            }
        }
    }
}
