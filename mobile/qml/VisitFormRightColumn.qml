import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldVisit

// The visit form's second column: what was found (the record's sections and
// the customer's words), issues raised, photos and the customer's signature.
ColumnLayout {
    id: column

    required property VisitEditor editor
    required property VisitIssueModel issues
    property var conflictFields: []

    function flagged(field) { return conflictFields.indexOf(field) >= 0 }

    spacing: Theme.gap

    FormCard {
        Layout.fillWidth: true
        title: qsTr("Visit record")

        FormTextArea {
            objectName: "runningStatus"
            Layout.fillWidth: true
            label: qsTr("Running status *")
            placeholder: qsTr("Does the system run as expected? Faults, performance, how it is used")
            value: column.editor.runningStatus
            readOnly: column.editor.readOnly
            flagged: column.flagged("runningStatus")
            onCommitted: text => column.editor.runningStatus = text
        }
        FormTextArea {
            objectName: "needsChanges"
            Layout.fillWidth: true
            label: qsTr("Changed needs")
            placeholder: qsTr("New functions or services the customer now needs")
            value: column.editor.needsChanges
            readOnly: column.editor.readOnly
            flagged: column.flagged("needsChanges")
            onCommitted: text => column.editor.needsChanges = text
        }
        FormTextArea {
            objectName: "potentialNeeds"
            Layout.fillWidth: true
            label: qsTr("Potential needs")
            placeholder: qsTr("Expansion plans, upgrades, interest in other products")
            value: column.editor.potentialNeeds
            readOnly: column.editor.readOnly
            flagged: column.flagged("potentialNeeds")
            onCommitted: text => column.editor.potentialNeeds = text
        }
        FormTextArea {
            objectName: "competitorInfo"
            Layout.fillWidth: true
            label: qsTr("Competitor information")
            placeholder: qsTr("Competitors' products, strengths and weaknesses, why the customer chose us")
            value: column.editor.competitorInfo
            readOnly: column.editor.readOnly
            flagged: column.flagged("competitorInfo")
            onCommitted: text => column.editor.competitorInfo = text
        }
    }

    FormCard {
        Layout.fillWidth: true
        title: qsTr("In the customer's words")

        FormTextArea {
            objectName: "customerWords"
            Layout.fillWidth: true
            label: qsTr("The customer's own words")
            placeholder: qsTr("Important remarks, word for word")
            value: column.editor.customerWords
            readOnly: column.editor.readOnly
            flagged: column.flagged("customerWords")
            onCommitted: text => column.editor.customerWords = text
        }
        FormTextArea {
            objectName: "solvedOnSite"
            Layout.fillWidth: true
            label: qsTr("Solved on the spot")
            placeholder: qsTr("What was solved during the visit, and how")
            value: column.editor.solvedOnSite
            readOnly: column.editor.readOnly
            flagged: column.flagged("solvedOnSite")
            onCommitted: text => column.editor.solvedOnSite = text
        }
    }

    VisitIssuesCard {
        Layout.fillWidth: true
        issues: column.issues
        readOnly: column.editor.readOnly
    }

    FormCard {
        Layout.fillWidth: true

        PhotoStrip {
            Layout.fillWidth: true
            ownerId: column.editor.visitId
            projectId: column.editor.projectId
            placeAddress: column.editor.address
            readOnly: column.editor.readOnly
        }
    }

    FormCard {
        Layout.fillWidth: true
        title: qsTr("Customer's signature")
        visible: column.editor.signatureNeeded

        SignatureBlock {
            Layout.fillWidth: true
            documentType: "visit"
            documentId: column.editor.visitId
            projectId: column.editor.projectId
            side: "customer"
            readOnly: column.editor.readOnly
        }
    }
}
