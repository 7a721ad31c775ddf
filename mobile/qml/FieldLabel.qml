import QtQuick
import QtQuick.Controls
import FieldVisit

// The caption above a form field.
Label {
    font.pixelSize: Theme.fontSmall
    font.bold: true
    color: Theme.textMuted
}
