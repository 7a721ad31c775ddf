import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import FieldVisit

// The photos of one record (a visit, an acceptance, an issue): thumbnails
// with captions, adding from the camera (where the tablet has one) or from
// image files, progress while photos are processed, and what went wrong.
// Tapping a photo opens it full size, where its caption is edited.
ColumnLayout {
    id: strip

    property string ownerId
    property string projectId
    property bool readOnly: false
    // Where the work happens (a visit's address): recorded with each new photo.
    property string placeAddress

    readonly property alias count: photos.count
    readonly property bool hasCamera: cameraProbe.status === Loader.Ready && cameraProbe.item.available

    objectName: "photoStrip"
    spacing: 10

    PhotoListModel {
        id: photos
        store: Session.store
        ownerId: strip.ownerId
        projectId: strip.projectId
    }

    PhotoImporter {
        id: importer
        objectName: "photoImporter"
        store: Session.store
        ownerId: strip.ownerId
        projectId: strip.projectId
        placeAddress: strip.placeAddress
        placeSource: tabletPlace
    }

    // The tablet's position while photos can be added here: a camera photo
    // carries no GPS of its own. Without positioning it just has no fix.
    PlaceSource {
        id: tabletPlace
        active: !strip.readOnly && strip.visible
    }

    // Loaded by URL, not by type: a tablet without the multimedia module
    // still loads the strip, and then offers files only.
    Loader {
        id: cameraProbe
        visible: false // nothing to show: hidden, it takes no row (and no spacing) in the strip
        source: strip.readOnly ? "" : "CameraProbe.qml"
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: 12

        SectionHeader {
            Layout.fillWidth: true
            title: qsTr("Photos")
            count: photos.count
        }
        AppButton {
            objectName: "takePhotoButton"
            visible: !strip.readOnly && strip.hasCamera
            text: qsTr("Take photo")
            onClicked: cameraDialog.open()
        }
        AppButton {
            objectName: "choosePhotosButton"
            visible: !strip.readOnly
            primary: !strip.hasCamera
            text: qsTr("Choose photos")
            onClicked: fileDialog.open()
        }
    }

    ListView {
        id: list
        objectName: "photoList"
        Layout.fillWidth: true
        Layout.preferredHeight: 196
        orientation: ListView.Horizontal
        spacing: 12
        clip: true
        model: photos
        visible: photos.count > 0 || importer.busy

        delegate: PhotoTile {
            onOpened: viewer.show(attachmentId, imageUrl, caption, takenAtText, place, thumbnailUrl)
        }

        footer: Item {
            width: importer.busy ? progressTile.width + list.spacing : 0
            height: list.height
            PhotoProgressTile {
                id: progressTile
                x: list.count > 0 ? list.spacing : 0
                visible: importer.busy
                done: importer.batchDone
                total: importer.batchTotal
            }
        }
    }

    Label {
        objectName: "noPhotos"
        visible: photos.count === 0 && !importer.busy
        text: strip.readOnly ? qsTr("No photos.") : qsTr("No photos yet. Take one or choose image files.")
        font.pixelSize: Theme.fontBody
        color: Theme.textMuted
    }

    ErrorBanner {
        Layout.fillWidth: true
        text: importer.errorString || photos.editError || photos.errorString
    }

    FileDialog {
        id: fileDialog
        title: qsTr("Choose photos")
        fileMode: FileDialog.OpenFiles
        nameFilters: [qsTr("Images (*.jpg *.jpeg *.png *.webp *.bmp)")]
        onAccepted: {
            importer.clearError()
            importer.importFiles(selectedFiles)
        }
    }

    CameraDialog {
        id: cameraDialog
        photoImporter: importer
    }

    PhotoViewer {
        id: viewer
        model: photos
        readOnly: strip.readOnly
    }
}
