import QtQuick
import QtMultimedia

// Whether this tablet has a camera. Kept apart so that only it and
// CameraView need the multimedia module (see PhotoStrip's loader).
Item {
    readonly property bool available: devices.videoInputs.length > 0

    MediaDevices {
        id: devices
    }
}
