import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldVisit

// The field worker's day: visits for today, overdue and recently done on the
// left, their projects with open issues on the right. Every list is a C++
// model over the tablet's database and refreshes itself after saves and syncs.
Page {
    id: page

    background: Rectangle { color: Theme.background }

    // Under another page (an open visit form) the lists wait, and re-read when shown again.
    readonly property bool shown: page.StackView.view === null || page.StackView.status !== StackView.Inactive

    VisitListModel {
        id: todayVisits
        store: Session.store
        active: page.shown
        filter: VisitListModel.Today
    }
    VisitListModel {
        id: overdueVisits
        store: Session.store
        active: page.shown
        filter: VisitListModel.Overdue
    }
    VisitListModel {
        id: doneVisits
        store: Session.store
        active: page.shown
        filter: VisitListModel.RecentlyDone
    }
    ProjectListModel {
        id: projects
        store: Session.store
        active: page.shown
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.gap

        RowLayout {
            Layout.fillWidth: true
            spacing: 12

            Label {
                objectName: "todayDate"
                text: todayVisits.asOfText
                font.pixelSize: Theme.fontHeading
                font.bold: true
                color: Theme.text
            }
            Item { Layout.fillWidth: true }
            CountChip {
                objectName: "todayCount"
                label: qsTr("Today's visits")
                value: todayVisits.count
                tone: Theme.primary
            }
            CountChip {
                objectName: "overdueCount"
                label: qsTr("Overdue")
                value: overdueVisits.count
                tone: overdueVisits.count > 0 ? Theme.danger : Theme.textMuted
            }
            CountChip {
                objectName: "openIssueCount"
                label: qsTr("Open issues")
                value: projects.openIssueTotal
                tone: projects.openIssueTotal > 0 ? Theme.warning : Theme.textMuted
            }
        }

        ErrorBanner {
            Layout.fillWidth: true
            text: todayVisits.errorString || overdueVisits.errorString || doneVisits.errorString
                  || projects.errorString
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.gap

            ScrollView {
                id: visitsScroll
                objectName: "visitsScroll"
                Layout.fillWidth: true
                Layout.fillHeight: true
                contentWidth: availableWidth
                clip: true

                Column {
                    width: visitsScroll.availableWidth
                    spacing: Theme.gap + 8

                    VisitSection {
                        objectName: "todaySection"
                        width: parent.width
                        title: qsTr("Today's visits")
                        model: todayVisits
                        emptyText: qsTr("No visits planned for today.")
                    }
                    VisitSection {
                        objectName: "overdueSection"
                        width: parent.width
                        title: qsTr("Overdue")
                        model: overdueVisits
                        tone: Theme.danger
                        emptyText: qsTr("Nothing overdue.")
                    }
                    VisitSection {
                        objectName: "recentSection"
                        width: parent.width
                        title: qsTr("Recently done")
                        model: doneVisits
                        tone: Theme.success
                        showDate: true
                        emptyText: qsTr("No visits done in the last two weeks.")
                    }
                }
            }

            ProjectPanel {
                Layout.preferredWidth: 420
                Layout.fillHeight: true
                model: projects
            }
        }
    }
}
