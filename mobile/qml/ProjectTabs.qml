pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import FieldVisit

// The project's lists, one tab each: its visits (latest first), its issues
// (what needs doing first) and its signed documents.
ColumnLayout {
    id: tabs

    required property ProjectDetails details

    signal visitRequested(string visitId)
    signal documentRequested(string documentType, string documentId)

    spacing: 12

    TabBar {
        id: bar
        objectName: "projectTabBar"
        Layout.fillWidth: true
        Material.background: "transparent"

        TabButton {
            objectName: "visitsTab"
            text: qsTr("Visits (%1)").arg(tabs.details.visits.count)
            font.pixelSize: Theme.fontLarge
            font.capitalization: Font.MixedCase
        }
        TabButton {
            objectName: "issuesTab"
            text: qsTr("Issues (%1)").arg(tabs.details.issues.count)
            font.pixelSize: Theme.fontLarge
            font.capitalization: Font.MixedCase
        }
        TabButton {
            objectName: "documentsTab"
            text: qsTr("Signed documents (%1)").arg(tabs.details.documents.count)
            font.pixelSize: Theme.fontLarge
            font.capitalization: Font.MixedCase
        }
    }

    StackLayout {
        Layout.fillWidth: true
        Layout.fillHeight: true
        currentIndex: bar.currentIndex

        ListView {
            id: visitList
            objectName: "projectVisitList"
            clip: true
            spacing: 10
            model: tabs.details.visits
            delegate: ProjectVisitRow {
                width: visitList.width
                onTapped: tabs.visitRequested(visitId)
            }
            EmptyListText {
                visible: visitList.count === 0
                text: qsTr("No visits planned for this project yet.")
            }
        }

        ColumnLayout {
            spacing: 10

            Label {
                objectName: "issueSummary"
                text: qsTr("%n open", "", tabs.details.issues.openCount)
                      + (tabs.details.issues.overdueCount > 0
                         ? "  ·  " + qsTr("%n past due", "", tabs.details.issues.overdueCount) : "")
                font.pixelSize: Theme.fontBody
                color: tabs.details.issues.overdueCount > 0 ? Theme.danger : Theme.textMuted
            }
            ListView {
                id: issueList
                objectName: "projectIssueList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                spacing: 10
                model: tabs.details.issues
                delegate: IssueLine { width: issueList.width }
                EmptyListText {
                    visible: issueList.count === 0
                    text: qsTr("No issues raised for this project.")
                }
            }
        }

        ListView {
            id: documentList
            objectName: "projectDocumentList"
            clip: true
            spacing: 10
            model: tabs.details.documents
            delegate: DocumentLine {
                required property string documentType
                required property string documentId
                width: documentList.width
                onTapped: tabs.documentRequested(documentType, documentId)
            }
            EmptyListText {
                visible: documentList.count === 0
                text: qsTr("Nothing signed for this project yet.")
            }
        }
    }
}
