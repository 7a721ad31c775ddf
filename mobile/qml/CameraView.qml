import QtQuick
import QtMultimedia

// The live camera picture; capture() writes a photo to the given file.
Item {
    id: view

    readonly property bool ready: imageCapture.readyForCapture
    readonly property string errorString: camera.errorString !== "" ? camera.errorString : imageCapture.errorString

    signal captured(string path)

    function capture(path) {
        imageCapture.captureToFile(path)
    }

    CaptureSession {
        camera: Camera {
            id: camera
            active: true
        }
        imageCapture: ImageCapture {
            id: imageCapture
            onImageSaved: (requestId, path) => view.captured(path)
        }
        videoOutput: output
    }

    VideoOutput {
        id: output
        anchors.fill: parent
        fillMode: VideoOutput.PreserveAspectFit
    }
}
