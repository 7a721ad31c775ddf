import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldVisit

// The visit record form (《项目回访记录表》) of one visit. Every field is saved
// on the tablet as soon as the user leaves it (VisitEditor); lists and
// issues as soon as they change. Two columns in landscape, one in portrait.
Page {
    id: page

    required property string visitId
    readonly property bool wide: width > height

    objectName: "visitPage"
    background: Rectangle { color: Theme.background }

    // Leaving the page (back, or another page pushed over it) takes the focus
    // off the field being typed in: the field's editingFinished saves its text.
    StackView.onDeactivating: {
        const focused = page.Window.activeFocusItem
        if (focused) focused.focus = false
    }

    VisitEditor {
        id: editor
        objectName: "visitEditor"
        store: Session.store
        visitId: page.visitId
    }
    VisitIssueModel {
        id: issues
        objectName: "visitIssues"
        store: Session.store
        visitId: page.visitId
        projectId: editor.projectId
    }
    RecordProblemModel {
        id: problems
        objectName: "visitProblems"
        store: Session.store
        recordId: page.visitId
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        VisitPageHeader {
            Layout.fillWidth: true
            Layout.margins: Theme.margin
            Layout.bottomMargin: Theme.gap
            editor: editor
            page: page
        }

        ScrollView {
            id: scroll
            objectName: "visitScroll"
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentWidth: availableWidth
            clip: true

            ColumnLayout {
                width: scroll.availableWidth - 2 * Theme.margin
                x: Theme.margin
                spacing: Theme.gap

                RecordProblemsPanel {
                    Layout.fillWidth: true
                    problems: problems
                }

                Rectangle {
                    objectName: "reviewComment"
                    Layout.fillWidth: true
                    visible: editor.reviewComment !== ""
                    implicitHeight: visible ? reviewLabel.implicitHeight + 24 : 0
                    radius: Theme.radius
                    color: editor.status === "returned" ? Theme.dangerLight : Theme.successLight

                    Label {
                        id: reviewLabel
                        anchors.fill: parent
                        anchors.margins: 12
                        wrapMode: Text.WordWrap
                        font.pixelSize: Theme.fontBody
                        color: editor.status === "returned" ? Theme.danger : Theme.success
                        text: (editor.status === "returned" ? qsTr("Returned for rework: %1")
                                                            : qsTr("Review comment: %1")).arg(editor.reviewComment)
                    }
                }

                GridLayout {
                    Layout.fillWidth: true
                    columns: page.wide ? 2 : 1
                    columnSpacing: Theme.gap
                    rowSpacing: Theme.gap

                    VisitFormLeftColumn {
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        Layout.alignment: Qt.AlignTop
                        editor: editor
                        conflictFields: problems.conflictFields
                    }
                    VisitFormRightColumn {
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        Layout.alignment: Qt.AlignTop
                        editor: editor
                        issues: issues
                        conflictFields: problems.conflictFields
                    }
                }

                Item { implicitHeight: Theme.gap }
            }
        }

        ErrorBanner {
            objectName: "visitError"
            Layout.fillWidth: true
            Layout.leftMargin: Theme.margin
            Layout.rightMargin: Theme.margin
            Layout.bottomMargin: visible ? 8 : 0
            text: editor.errorString || issues.errorString || problems.errorString
        }

        VisitSubmitBar {
            Layout.fillWidth: true
            editor: editor
        }
    }
}
