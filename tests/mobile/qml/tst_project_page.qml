import QtQuick
import QtQuick.Controls
import QtTest
import FieldVisit

// ProjectPage over a real database: a project in Today's "My projects" opens
// it; it shows its visits and issues; tapping a visit asks the window to open
// it; Back leaves the page.
Item {
    id: root
    width: 1280
    height: 800

    // Stands in for Main.qml: a window with a page stack and the open* functions.
    // (A Qt Quick Test's root cannot be a window itself.)
    ApplicationWindow {
        id: appWindow
        width: 1280
        height: 688
        visible: true

        property var openedVisits: []
        function openVisit(visitId) {
            openedVisits = openedVisits.concat([visitId])
        }
        property var openedProjects: []
        function openProject(projectId) {
            openedProjects = openedProjects.concat([projectId])
        }

        StackView {
            id: stack
            anchors.fill: parent
        }
    }

    Component {
        id: projectPage
        ProjectPage {}
    }
    Component {
        id: emptyPage
        Item {}
    }
    Component {
        id: myProjects
        ProjectPanel {
            model: ProjectListModel { store: Session.store }
        }
    }

    TestCase {
        name: "ProjectPage"
        when: windowShown

        property var ids

        function init() {
            Language.choice = "en"
            testSupport.signInOffline()
            ids = testSupport.addProjectWithHistory()
            appWindow.openedVisits = []
            appWindow.openedProjects = []
            stack.push(emptyPage, {}, StackView.Immediate)
            stack.push(projectPage, {projectId: ids.projectId}, StackView.Immediate)
            tryCompare(stack, "busy", false)
        }

        function cleanup() {
            stack.clear()
            testSupport.signOut()
        }

        function item(name) {
            const found = findChild(stack.currentItem, name)
            verify(found !== null, "no item named " + name)
            return found
        }

        function test_showsTheProjectItsVisitsAndItsIssues() {
            compare(item("projectTitle").text, "MES 系统实施项目")
            const visits = item("projectVisitList")
            tryCompare(visits, "count", 2)
            tryVerify(() => visits.itemAtIndex(1) !== null)
            // Latest planned first: the visit still to come, then the one done.
            compare(findChild(visits.itemAtIndex(0), "visitDate").text, "Dec 10")
            compare(findChild(visits.itemAtIndex(1), "visitDate").text, "Nov 30")

            mouseClick(item("issuesTab"))
            verify(item("issuesTab").checked)
            const issues = item("projectIssueList")
            tryCompare(issues, "count", 1)
            tryVerify(() => issues.itemAtIndex(0) !== null)
            compare(findChild(issues.itemAtIndex(0), "issueTitle").text, ids.issueTitle)
            compare(item("issuesTab").text, "Issues (1)")
        }

        function test_tappingAVisitAsksTheWindowToOpenIt() {
            const visits = item("projectVisitList")
            tryCompare(visits, "count", 2)
            tryVerify(() => visits.itemAtIndex(1) !== null)
            mouseClick(visits.itemAtIndex(1))
            compare(appWindow.openedVisits, [ids.doneVisitId])
        }

        function test_aProjectInMyProjectsOpensIt() {
            stack.push(myProjects, {}, StackView.Immediate)
            tryCompare(stack, "busy", false)
            const list = findChild(stack.currentItem, "projectList")
            tryCompare(list, "count", 1)
            tryVerify(() => list.itemAtIndex(0) !== null)
            mouseClick(list.itemAtIndex(0))
            compare(appWindow.openedProjects, [ids.projectId])
        }

        function test_backLeavesThePage() {
            compare(stack.depth, 2)
            mouseClick(item("backButton"))
            tryCompare(stack, "depth", 1)
        }
    }
}
