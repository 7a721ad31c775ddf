import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldVisit

// One project: its name, customer and phase on top; its visits, issues and
// signed documents in tabs on the left; customer contacts, milestones, team
// and contract dates on the right (below, in portrait). Everything is read
// from the tablet's database by ProjectDetails and follows saves and syncs.
Page {
    id: page

    property string projectId
    readonly property bool landscape: width >= height

    objectName: "projectPage"
    background: Rectangle { color: Theme.background }

    // Pages another helper adds: opened when the window offers them.
    function openVisit(visitId) {
        const window = ApplicationWindow.window
        if (window && typeof window.openVisit === "function") window.openVisit(visitId)
    }
    function openAcceptance(acceptanceId) {
        const window = ApplicationWindow.window
        if (window && typeof window.openAcceptance === "function") window.openAcceptance(acceptanceId, page.projectId)
    }

    ProjectDetails {
        id: details
        store: Session.store
        projectId: page.projectId
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.gap

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap

            BackButton { page: page }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2
                Label {
                    objectName: "projectTitle"
                    Layout.fillWidth: true
                    text: details.found ? details.name : qsTr("Project not on this tablet")
                    elide: Text.ElideRight
                    font.pixelSize: Theme.fontHeading
                    font.bold: true
                    color: Theme.text
                }
                Label {
                    Layout.fillWidth: true
                    visible: details.found
                    text: [details.customerName, details.contractNo,
                           details.leadName !== "" ? qsTr("Lead %1").arg(details.leadName) : ""]
                          .filter(part => part !== "").join("  ·  ")
                    // Portrait leaves it little room beside the chips: two lines rather than cut.
                    wrapMode: page.landscape ? Text.NoWrap : Text.Wrap
                    maximumLineCount: 2
                    elide: Text.ElideRight
                    font.pixelSize: Theme.fontBody
                    color: Theme.textMuted
                }
            }
            CountChip {
                objectName: "openIssuesChip"
                label: qsTr("Open issues")
                value: details.issues.openCount
                tone: details.issues.overdueCount > 0 ? Theme.danger
                                                      : details.issues.openCount > 0 ? Theme.warning : Theme.textMuted
            }
            CountChip {
                objectName: "lateMilestonesChip"
                label: qsTr("Late milestones")
                value: details.milestones.lateCount
                tone: details.milestones.lateCount > 0 ? Theme.danger : Theme.textMuted
            }
        }

        PhaseStepper {
            objectName: "phaseStepper"
            Layout.fillWidth: true
            visible: details.found
            labels: details.phaseLabels
            current: details.phaseIndex
        }

        ErrorBanner {
            Layout.fillWidth: true
            text: details.errorString || details.visits.errorString || details.issues.errorString
                  || details.documents.errorString || details.milestones.errorString || details.team.errorString
                  || details.contacts.errorString
        }

        // Placed by hand rather than by a GridLayout whose column count follows the
        // orientation: the two columns side by side, or the lists above the details.
        Item {
            id: body
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: details.found

            readonly property int sideWidth: 460

            ProjectTabs {
                id: tabs
                width: page.landscape ? body.width - body.sideWidth - Theme.gap : body.width
                height: page.landscape ? body.height : Math.round(body.height * 0.55)
                details: details
                onVisitRequested: visitId => page.openVisit(visitId)
                onDocumentRequested: (documentType, documentId) => documentType === "acceptance"
                                     ? page.openAcceptance(documentId) : page.openVisit(documentId)
            }
            ProjectInfoPanel {
                x: page.landscape ? body.width - body.sideWidth : 0
                y: page.landscape ? 0 : tabs.height + Theme.gap
                width: page.landscape ? body.sideWidth : body.width
                height: page.landscape ? body.height : body.height - y
                details: details
            }
        }
    }
}
