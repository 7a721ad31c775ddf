import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldVisit

// Raises an issue during the visit, or edits one: category × severity, what
// it is, and whether it was solved on the spot. The model saves it; what it
// refuses is said here and the dialog stays open.
Dialog {
    id: dialog

    required property VisitIssueModel issues
    property string issueId // empty: a new issue

    function openNew() {
        issueId = ""
        categoryBox.currentIndex = 0
        severityBox.currentIndex = 0
        titleField.text = ""
        descriptionField.text = ""
        solvedBox.checked = false
        errorLabel.text = ""
        open()
    }

    function openIssue(row) {
        issueId = row.issueId
        categoryBox.currentIndex = categoryBox.indexOfValue(row.category)
        severityBox.currentIndex = severityBox.indexOfValue(row.severity)
        titleField.text = row.title
        descriptionField.text = row.description
        solvedBox.checked = row.solvedOnSite
        errorLabel.text = ""
        open()
    }

    objectName: "issueDialog"
    title: issueId === "" ? qsTr("Raise an issue") : qsTr("Edit issue")
    modal: true
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 48 : 560, 560)
    standardButtons: Dialog.Cancel

    ColumnLayout {
        anchors.fill: parent
        spacing: 8

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap
            ColumnLayout {
                Layout.fillWidth: true
                FieldLabel { text: qsTr("Category") }
                ComboBox {
                    id: categoryBox
                    objectName: "issueCategory"
                    Layout.fillWidth: true
                    model: dialog.issues.categoryOptions
                    textRole: "label"
                    valueRole: "value"
                }
            }
            ColumnLayout {
                Layout.fillWidth: true
                FieldLabel { text: qsTr("Severity") }
                ComboBox {
                    id: severityBox
                    objectName: "issueSeverity"
                    Layout.fillWidth: true
                    model: dialog.issues.severityOptions
                    textRole: "label"
                    valueRole: "value"
                }
            }
        }
        FieldLabel { text: qsTr("Title") }
        TextField {
            id: titleField
            objectName: "issueTitle"
            Layout.fillWidth: true
            placeholderText: qsTr("What the customer reported, in a few words")
        }
        FieldLabel { text: qsTr("Description") }
        TextArea {
            id: descriptionField
            objectName: "issueDescription"
            Layout.fillWidth: true
            Layout.minimumHeight: 80
            wrapMode: TextEdit.Wrap
        }
        CheckBox {
            id: solvedBox
            objectName: "issueSolved"
            text: qsTr("Solved on the spot (minor issues)")
        }
        Label {
            id: errorLabel
            objectName: "issueError"
            Layout.fillWidth: true
            visible: text !== ""
            wrapMode: Text.WordWrap
            color: Theme.danger
        }
        AppButton {
            objectName: "issueSaveButton"
            Layout.alignment: Qt.AlignRight
            text: qsTr("Save issue")
            onClicked: {
                const args = [categoryBox.currentValue, severityBox.currentValue, titleField.text,
                              descriptionField.text, solvedBox.checked]
                const error = dialog.issueId === "" ? dialog.issues.add(...args)
                                                    : dialog.issues.update(dialog.issueId, ...args)
                errorLabel.text = error
                if (error === "") dialog.close()
            }
        }
    }
}
