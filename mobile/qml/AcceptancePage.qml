import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldVisit

// The acceptance report (项目实施验收单) at the customer's site: deliverables
// and rectification items on one side; the customer's opinion, the result,
// and the customer's and the company's signatures on the other, both taken on
// this tablet, offline. Every change is saved at once; a change to what was
// signed voids the signatures, which then ask to be signed again.
Page {
    id: page

    property string acceptanceId // empty: a new report for projectId
    property string projectId
    readonly property alias editor: report

    objectName: "acceptancePage"
    background: Rectangle { color: Theme.background }

    AcceptanceEditor {
        id: report
        store: Session.store
    }

    Component.onCompleted: {
        if (page.acceptanceId !== "") report.open(page.acceptanceId)
        else if (report.create(page.projectId)) page.acceptanceId = report.acceptanceId
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
                    objectName: "acceptanceTitle"
                    Layout.fillWidth: true
                    text: report.title
                    elide: Text.ElideRight
                    font.pixelSize: Theme.fontHeading
                    font.bold: true
                    color: Theme.text
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Acceptance report") + (report.projectName !== "" ? "  ·  " + report.projectName : "")
                    font.pixelSize: Theme.fontBody
                    color: Theme.textMuted
                }
            }
            StatusChip {
                objectName: "resultChip"
                visible: report.loaded
                status: report.result === "passed" ? "done" : report.result === "needs_rectification" ? "overdue"
                                                                                                      : "waiting"
                text: report.resultLabel
            }
        }

        ErrorBanner {
            Layout.fillWidth: true
            text: report.errorString
        }

        ScrollView {
            id: scroll
            objectName: "acceptanceScroll"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: report.loaded
            contentWidth: availableWidth
            clip: true

            GridLayout {
                width: scroll.availableWidth
                columns: page.width > page.height ? 2 : 1
                columnSpacing: Theme.gap
                rowSpacing: Theme.gap

                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 3
                    Layout.alignment: Qt.AlignTop
                    spacing: Theme.gap

                    DeliverablesCard { Layout.fillWidth: true; editor: report }
                    RectificationsCard { Layout.fillWidth: true; editor: report }
                }

                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 2
                    Layout.alignment: Qt.AlignTop
                    spacing: Theme.gap

                    AcceptanceVerdictCard { Layout.fillWidth: true; editor: report }
                    FormCard {
                        Layout.fillWidth: true
                        title: qsTr("Customer's signature")
                        SignatureBlock {
                            objectName: "customerSignature"
                            Layout.fillWidth: true
                            documentType: "acceptance"
                            documentId: report.acceptanceId
                            projectId: report.projectId
                            side: "customer"
                        }
                    }
                    FormCard {
                        Layout.fillWidth: true
                        title: qsTr("Company's signature")
                        SignatureBlock {
                            objectName: "companySignature"
                            Layout.fillWidth: true
                            documentType: "acceptance"
                            documentId: report.acceptanceId
                            projectId: report.projectId
                            side: "company"
                        }
                    }
                }
            }
        }
    }
}
