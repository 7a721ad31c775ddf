import QtQuick
import QtTest
import FieldVisit

// PhotoStrip on a real signed-in database, with real image files: photos are
// added off the UI thread and appear, a broken file says why, captions are
// edited in the viewer, removing asks first, read-only offers no changes, a
// photo from another tablet opened offline says why it cannot be shown.
TestCase {
    id: testCase
    name: "PhotoStrip"
    when: windowShown
    width: 1280
    height: 800
    visible: true

    Component {
        id: stripComponent
        PhotoStrip {
            width: 1100
        }
    }

    function init() {
        testSupport.signInOffline()
    }

    function cleanup() {
        testSupport.signOut()
    }

    function makeStrip(readOnly) {
        const target = testSupport.addPhotoTarget()
        return createTemporaryObject(stripComponent, testCase,
                                     { ownerId: target.visitId, projectId: target.projectId, readOnly: readOnly })
    }

    function addPhoto(strip, label) {
        const before = strip.count
        findChild(strip, "photoImporter").importFiles([testSupport.writePhotoFile(label, false)])
        tryCompare(strip, "count", before + 1, 20000)
    }

    function test_choosingAFileAddsAPhoto() {
        const strip = makeStrip(false)
        compare(strip.count, 0)
        verify(findChild(strip, "noPhotos").visible)
        verify(findChild(strip, "choosePhotosButton").visible)

        findChild(strip, "photoImporter").importFiles([testSupport.writePhotoFile("配电柜", false)])
        verify(findChild(strip, "photoImporter").busy) // processed on the worker: the call returns at once
        tryCompare(strip, "count", 1, 20000)

        const tile = findChild(strip, "photoTile")
        verify(tile)
        compare(findChild(tile, "caption").text, "No caption")
        verify(findChild(tile, "waitingMark").visible) // not uploaded yet
        verify(!findChild(strip, "noPhotos").visible)
        verify(!findChild(strip, "errorBanner").visible)
    }

    function test_brokenFileSaysWhy() {
        const strip = makeStrip(false)
        findChild(strip, "photoImporter").importFiles([testSupport.writePhotoFile("cut-off", true)])
        const banner = findChild(strip, "errorBanner")
        tryVerify(() => banner.visible, 20000)
        verify(banner.text.indexOf("cut-off.jpg") >= 0, banner.text)
        compare(strip.count, 0)
    }

    function test_captionIsEditedInTheViewer() {
        const strip = makeStrip(false)
        addPhoto(strip, "铭牌")
        const viewer = findChild(strip, "photoViewer")

        mouseClick(findChild(strip, "photoTile"))
        tryCompare(viewer, "opened", true)
        findChild(viewer, "captionField").text = "配电柜铭牌"
        findChild(viewer, "saveCaptionButton").clicked()

        tryCompare(findChild(findChild(strip, "photoTile"), "caption"), "text", "配电柜铭牌")
    }

    function test_removingAsksFirst() {
        const strip = makeStrip(false)
        addPhoto(strip, "多余")
        const viewer = findChild(strip, "photoViewer")
        mouseClick(findChild(strip, "photoTile"))
        tryCompare(viewer, "opened", true)

        findChild(viewer, "removePhotoButton").clicked()
        const confirm = findChild(viewer, "confirmRemoveDialog")
        tryCompare(confirm, "opened", true)
        compare(strip.count, 1)
        confirm.accept()

        tryCompare(strip, "count", 0)
        tryCompare(viewer, "visible", false)
    }

    function test_aPhotoFromAnotherTabletOpenedOfflineSaysSo() {
        const target = testSupport.addPhotoTarget()
        testSupport.addColleaguesPhoto(target.projectId, target.visitId)
        const strip = createTemporaryObject(stripComponent, testCase,
                                            { ownerId: target.visitId, projectId: target.projectId, readOnly: true })
        tryCompare(strip, "count", 1)
        const tile = findChild(strip, "photoTile")
        verify(findChild(tile, "notDownloaded").visible)
        verify(!findChild(tile, "waitingMark").visible) // not this tablet's to send

        const viewer = findChild(strip, "photoViewer")
        mouseClick(tile)
        tryCompare(viewer, "opened", true)
        // Signed in offline (testSupport.signInOffline): the download is tried and fails in plain words.
        const text = findChild(viewer, "photoMissingText")
        tryVerify(() => text.text.indexOf("No connection to the server") >= 0, 10000, text.text)
        verify(findChild(viewer, "retryDownloadButton").visible)
    }

    function test_readOnlyOffersNoChanges() {
        const strip = makeStrip(true)
        verify(!findChild(strip, "choosePhotosButton").visible)
        verify(!findChild(strip, "takePhotoButton").visible)
        compare(findChild(strip, "noPhotos").text, "No photos.")
    }
}
