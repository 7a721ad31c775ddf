import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldVisit

// The top of the visit form: back, whose visit it is, and where it stands.
RowLayout {
    id: header

    required property VisitEditor editor
    property Item page // the page Back leaves

    spacing: 14

    BackButton {
        page: header.page
    }

    ColumnLayout {
        Layout.fillWidth: true
        spacing: 2

        Label {
            objectName: "visitTitle"
            Layout.fillWidth: true
            text: header.editor.customerName
            elide: Text.ElideRight
            font.pixelSize: Theme.fontHeading
            font.bold: true
            color: Theme.text
        }
        Label {
            Layout.fillWidth: true
            text: [header.editor.projectName, header.editor.kindLabel, header.editor.methodLabel]
                  .filter(part => part !== "").join("  ·  ")
            elide: Text.ElideRight
            font.pixelSize: Theme.fontBody
            color: Theme.textMuted
        }
    }

    StatusChip {
        objectName: "visitStatus"
        status: header.editor.status
        text: header.editor.statusLabel
    }
}
