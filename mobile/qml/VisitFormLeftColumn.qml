import QtQuick
import QtQuick.Layouts
import FieldVisit

// The visit form's first column: the visit, who took part, and satisfaction.
ColumnLayout {
    id: column

    required property VisitEditor editor
    property var conflictFields: []

    spacing: Theme.gap

    VisitFactsCard {
        Layout.fillWidth: true
        editor: column.editor
        conflictFields: column.conflictFields
    }

    FormCard {
        Layout.fillWidth: true
        title: qsTr("Who took part")
        flagged: column.conflictFields.indexOf("visitors") >= 0
                 || column.conflictFields.indexOf("customerAttendees") >= 0

        PeopleEditor {
            objectName: "visitors"
            Layout.fillWidth: true
            title: qsTr("Visitors (our staff)")
            model: column.editor.visitors
            readOnly: column.editor.readOnly
            flagged: column.conflictFields.indexOf("visitors") >= 0
        }
        PeopleEditor {
            objectName: "customerAttendees"
            Layout.fillWidth: true
            Layout.topMargin: 8
            title: qsTr("Present at the customer")
            model: column.editor.customerAttendees
            readOnly: column.editor.readOnly
            flagged: column.conflictFields.indexOf("customerAttendees") >= 0
        }
    }

    SatisfactionCard {
        Layout.fillWidth: true
        editor: column.editor
        conflictFields: column.conflictFields
    }
}
