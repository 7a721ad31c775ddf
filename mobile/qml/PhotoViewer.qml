import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import FieldVisit

// One photo full size, with its caption (edited here unless read-only),
// when and where it was taken, and removing it from its record. A photo taken
// on another tablet is downloaded when opened (BlobFetcher).
Popup {
    id: viewer

    required property PhotoListModel model
    property bool readOnly: false

    property string attachmentId
    property url imageUrl
    property url thumbnailUrl // shown, enlarged, until the full photo is here
    property string takenAtText
    property string place

    function show(id, url, caption, takenAt, where, thumbnail) {
        attachmentId = id
        imageUrl = url
        thumbnailUrl = thumbnail || ""
        captionField.text = caption
        takenAtText = takenAt
        place = where
        open()
        if (url.toString() === "")
            fetcher.fetchPhoto(id)
    }

    // This photo's full image is on its way (the fetcher does one at a time).
    readonly property bool downloading: fetcher.busy && fetcher.fetchingId === attachmentId

    BlobFetcher {
        id: fetcher
        session: Session
        onPhotoArrived: (id, url) => {
            if (id === viewer.attachmentId)
                viewer.imageUrl = url
        }
    }

    objectName: "photoViewer"
    parent: Overlay.overlay
    width: parent ? parent.width : 1280
    height: parent ? parent.height : 800
    modal: true
    padding: 0
    Material.elevation: 0 // see AppButton.qml

    background: Rectangle { color: "#111111" }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Image {
            objectName: "fullImage"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: Theme.gap
            source: viewer.imageUrl.toString() !== "" ? viewer.imageUrl : viewer.thumbnailUrl
            fillMode: Image.PreserveAspectFit
            asynchronous: true
            // The stored photo is at most a few thousand pixels; decode it no larger than the screen.
            sourceSize.width: width
            sourceSize.height: height

            BusyIndicator {
                anchors.centerIn: parent
                running: parent.status === Image.Loading
            }
            Rectangle {
                anchors.centerIn: parent
                width: photoMissing.width + 2 * Theme.gap
                height: photoMissing.implicitHeight + 2 * Theme.gap
                visible: photoMissing.visible
                radius: Theme.radius
                color: "#cc111111" // readable over the enlarged thumbnail
            }
            ColumnLayout {
                id: photoMissing
                objectName: "photoMissing"
                anchors.centerIn: parent
                width: Math.min(parent.width, 640)
                visible: viewer.imageUrl.toString() === ""
                spacing: Theme.gap

                BusyIndicator {
                    Layout.alignment: Qt.AlignHCenter
                    visible: viewer.downloading
                    running: viewer.downloading
                }
                Label {
                    objectName: "photoMissingText"
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.WordWrap
                    text: viewer.downloading ? qsTr("Downloading the full photo…")
                                       : fetcher.errorString !== "" ? fetcher.errorString
                                                                    : qsTr("This photo is not on this tablet yet.")
                    color: "white"
                    font.pixelSize: Theme.fontLarge
                }
                AppButton {
                    objectName: "retryDownloadButton"
                    Layout.alignment: Qt.AlignHCenter
                    visible: !viewer.downloading
                    enabled: !fetcher.busy
                    text: fetcher.errorString !== "" ? qsTr("Try again") : qsTr("Download the full photo")
                    onClicked: fetcher.fetchPhoto(viewer.attachmentId)
                }
            }
        }

        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: panel.implicitHeight + 2 * Theme.gap
            color: Theme.surface

            ColumnLayout {
                id: panel
                anchors.fill: parent
                anchors.margins: Theme.gap
                spacing: 8

                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.gap

                    TextField {
                        id: captionField
                        objectName: "captionField"
                        Layout.fillWidth: true
                        readOnly: viewer.readOnly
                        placeholderText: qsTr("Caption: what the photo shows")
                        font.pixelSize: Theme.fontBody
                        onAccepted: saveButton.clicked()
                    }
                    AppButton {
                        id: saveButton
                        objectName: "saveCaptionButton"
                        visible: !viewer.readOnly
                        text: qsTr("Save caption")
                        onClicked: viewer.model.setCaption(viewer.attachmentId, captionField.text)
                    }
                    AppButton {
                        objectName: "removePhotoButton"
                        visible: !viewer.readOnly
                        primary: false
                        text: qsTr("Remove photo")
                        onClicked: confirmRemove.open()
                    }
                    AppButton {
                        objectName: "closeViewerButton"
                        primary: false
                        text: qsTr("Close")
                        onClicked: viewer.close()
                    }
                }
                Label {
                    Layout.fillWidth: true
                    text: [viewer.takenAtText, viewer.place].filter(part => part !== "").join("  ·  ")
                    elide: Text.ElideRight
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textMuted
                }
                ErrorBanner {
                    Layout.fillWidth: true
                    text: viewer.model.editError
                }
            }
        }
    }

    Dialog {
        id: confirmRemove
        objectName: "confirmRemoveDialog"
        anchors.centerIn: parent
        width: 440
        modal: true
        Material.elevation: 0
        title: qsTr("Remove this photo?")
        standardButtons: Dialog.Ok | Dialog.Cancel

        Label {
            width: confirmRemove.availableWidth
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontBody
            text: qsTr("The photo is removed from this record on every device once the change is synced.")
        }

        onAccepted: {
            if (viewer.model.remove(viewer.attachmentId))
                viewer.close()
        }
    }
}
