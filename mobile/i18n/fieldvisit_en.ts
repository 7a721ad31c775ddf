<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AcceptanceEditor</name>
    <message>
        <source>This acceptance report is not on this tablet.</source>
        <translation>This acceptance report is not on this tablet.</translation>
    </message>
    <message>
        <source>Sign in first: reports are kept in your database on this tablet.</source>
        <translation>Sign in first: reports are kept in your database on this tablet.</translation>
    </message>
    <message>
        <source>This project is not on this tablet.</source>
        <translation>This project is not on this tablet.</translation>
    </message>
    <message>
        <source>%1 acceptance</source>
        <translation>%1 acceptance</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>The report could not be saved: %1</translation>
    </message>
    <message>
        <source>The report needs a title.</source>
        <translation>The report needs a title.</translation>
    </message>
    <message>
        <source>Unknown result: %1</source>
        <translation>Unknown result: %1</translation>
    </message>
    <message>
        <source>The acceptance can pass only when every deliverable is accepted and every rectification item is done.</source>
        <translation>The acceptance can pass only when every deliverable is accepted and every rectification item is done.</translation>
    </message>
    <message>
        <source>Describe the deliverable first.</source>
        <translation>Describe the deliverable first.</translation>
    </message>
    <message>
        <source>Write the date as year-month-day, e.g. 2026-11-29.</source>
        <translation>Write the date as year-month-day, e.g. 2026-11-29.</translation>
    </message>
    <message>
        <source>That deliverable is no longer on the list.</source>
        <translation>That deliverable is no longer on the list.</translation>
    </message>
    <message>
        <source>Describe what must be fixed first.</source>
        <translation>Describe what must be fixed first.</translation>
    </message>
    <message>
        <source>That rectification item is no longer on the list.</source>
        <translation>That rectification item is no longer on the list.</translation>
    </message>
    <message>
        <source>Open an acceptance report first.</source>
        <translation>Open an acceptance report first.</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>The change could not be saved: %1</translation>
    </message>
</context>
<context>
    <name>AcceptancePage</name>
    <message>
        <source>Acceptance report</source>
        <translation>Acceptance report</translation>
    </message>
    <message>
        <source>Customer&apos;s signature</source>
        <translation>Customer&apos;s signature</translation>
    </message>
    <message>
        <source>Company&apos;s signature</source>
        <translation>Company&apos;s signature</translation>
    </message>
</context>
<context>
    <name>AcceptanceVerdictCard</name>
    <message>
        <source>Customer opinion and result</source>
        <translation>Customer opinion and result</translation>
    </message>
    <message>
        <source>Customer opinion</source>
        <translation>Customer opinion</translation>
    </message>
    <message>
        <source>What the customer says about the delivery</source>
        <translation>What the customer says about the delivery</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Needs rectification</source>
        <translation>Needs rectification</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>Passing needs every deliverable accepted and every rectification item done.</source>
        <translation>Passing needs every deliverable accepted and every rectification item done.</translation>
    </message>
</context>
<context>
    <name>AppHeader</name>
    <message>
        <source>FieldVisit</source>
        <translation>FieldVisit</translation>
    </message>
    <message>
        <source>Follow-up visits and project tracking</source>
        <translation>Follow-up visits and project tracking</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
</context>
<context>
    <name>BackButton</name>
    <message>
        <source>‹ Back</source>
        <translation>‹ Back</translation>
    </message>
</context>
<context>
    <name>BlobFetcher</name>
    <message>
        <source>the photo no longer exists</source>
        <translation>the photo no longer exists</translation>
    </message>
    <message>
        <source>No connection to the server. The full photo can be downloaded once the tablet is online.</source>
        <translation>No connection to the server. The full photo can be downloaded once the tablet is online.</translation>
    </message>
    <message>
        <source>The server does not have this photo yet: the tablet that took it has not sent it.</source>
        <translation>The server does not have this photo yet: the tablet that took it has not sent it.</translation>
    </message>
    <message>
        <source>The full photo could not be downloaded. %1</source>
        <translation>The full photo could not be downloaded. %1</translation>
    </message>
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <source>The camera cannot be used on this tablet.</source>
        <translation>The camera cannot be used on this tablet.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation>Take photo</translation>
    </message>
</context>
<context>
    <name>DateText</name>
    <message>
        <source>MMM d, yyyy</source>
        <translation>MMM d, yyyy</translation>
    </message>
    <message>
        <source>MMM d, yyyy HH:mm</source>
        <translation>MMM d, yyyy HH:mm</translation>
    </message>
</context>
<context>
    <name>DeliverableRow</name>
    <message>
        <source>Delivered on</source>
        <translation>Delivered on</translation>
    </message>
    <message>
        <source>How delivered</source>
        <translation>How delivered</translation>
    </message>
</context>
<context>
    <name>DeliverablesCard</name>
    <message>
        <source>Deliverables · %1 of %2 accepted</source>
        <translation>Deliverables · %1 of %2 accepted</translation>
    </message>
    <message>
        <source>No deliverables listed yet.</source>
        <translation>No deliverables listed yet.</translation>
    </message>
    <message>
        <source>New deliverable, e.g. user manual</source>
        <translation>New deliverable, e.g. user manual</translation>
    </message>
    <message>
        <source>2026-11-29</source>
        <translation>2026-11-29</translation>
    </message>
    <message>
        <source>How delivered</source>
        <translation>How delivered</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
</context>
<context>
    <name>DocumentLine</name>
    <message>
        <source>%1 side: %2</source>
        <translation>%1 side: %2</translation>
    </message>
    <message>
        <source>Not signed yet</source>
        <translation>Not signed yet</translation>
    </message>
    <message>
        <source>Void: %1</source>
        <translation>Void: %1</translation>
    </message>
    <message>
        <source>Awaiting signatures</source>
        <translation>Awaiting signatures</translation>
    </message>
    <message>
        <source>VOID</source>
        <translation>VOID</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
</context>
<context>
    <name>DocumentSummary</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Visitors</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <source>Running status</source>
        <translation>Running status</translation>
    </message>
    <message>
        <source>Solved on site</source>
        <translation>Solved on site</translation>
    </message>
    <message>
        <source>Customer&apos;s words</source>
        <translation>Customer&apos;s words</translation>
    </message>
    <message>
        <source>Satisfaction scores</source>
        <translation>Satisfaction scores</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>Deliverables</translation>
    </message>
    <message>
        <source>%1 of %2 accepted</source>
        <translation>%1 of %2 accepted</translation>
    </message>
    <message>
        <source>Rectification items</source>
        <translation>Rectification items</translation>
    </message>
    <message>
        <source>%1 open of %2</source>
        <translation>%1 open of %2</translation>
    </message>
    <message>
        <source>Customer opinion</source>
        <translation>Customer opinion</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
</context>
<context>
    <name>DomainLabels</name>
    <message>
        <source>First visit</source>
        <translation>First visit</translation>
    </message>
    <message>
        <source>Periodic visit</source>
        <translation>Periodic visit</translation>
    </message>
    <message>
        <source>Special visit</source>
        <translation>Special visit</translation>
    </message>
    <message>
        <source>Start-up visit</source>
        <translation>Start-up visit</translation>
    </message>
    <message>
        <source>In-progress visit</source>
        <translation>In-progress visit</translation>
    </message>
    <message>
        <source>Close-out visit</source>
        <translation>Close-out visit</translation>
    </message>
    <message>
        <source>After-sales visit</source>
        <translation>After-sales visit</translation>
    </message>
    <message>
        <source>Trial-run support</source>
        <translation>Trial-run support</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>On site</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Start-up</source>
        <translation>Start-up</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Survey</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Implementation</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>Acceptance</translation>
    </message>
    <message>
        <source>Trial run</source>
        <translation>Trial run</translation>
    </message>
    <message>
        <source>After-sales</source>
        <translation>After-sales</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Technical</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Quality</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Requirement change</source>
        <translation>Requirement change</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Minor</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Major</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Being solved</source>
        <translation>Being solved</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>Needs rectification</source>
        <translation>Needs rectification</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Visit record</source>
        <translation>Visit record</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Photo or file</source>
        <translation>Photo or file</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Acceptance report</source>
        <translation>Acceptance report</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>Cannot reach the server. Your work is saved on this tablet and will be sent when the connection is back.</source>
        <translation>Cannot reach the server. Your work is saved on this tablet and will be sent when the connection is back.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Sync will try again shortly.</source>
        <translation>The server did not answer in time. Sync will try again shortly.</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Sign in again to continue syncing.</source>
        <translation>Your sign-in has expired. Sign in again to continue syncing.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <source>The server no longer accepts this version of the app. Please update the app.</source>
        <translation>The server no longer accepts this version of the app. Please update the app.</translation>
    </message>
    <message>
        <source>There is too much data to transfer in one go. Please tell your administrator.</source>
        <translation>There is too much data to transfer in one go. Please tell your administrator.</translation>
    </message>
    <message>
        <source>The server gave an answer this app does not understand (%1).</source>
        <translation>The server gave an answer this app does not understand (%1).</translation>
    </message>
    <message>
        <source>The tablet&apos;s database is busy. Sync will try again shortly.</source>
        <translation>The tablet&apos;s database is busy. Sync will try again shortly.</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Sign in first.</translation>
    </message>
    <message>
        <source>The server address is not valid. Enter it like 192.168.1.20:8080.</source>
        <translation>The server address is not valid. Enter it like 192.168.1.20:8080.</translation>
    </message>
    <message>
        <source>The server refused the request: %1</source>
        <translation>The server refused the request: %1</translation>
    </message>
    <message>
        <source>The data on this tablet was written by a newer version of the app. Please update the app.</source>
        <translation>The data on this tablet was written by a newer version of the app. Please update the app.</translation>
    </message>
    <message>
        <source>The database on this tablet could not be used: %1</source>
        <translation>The database on this tablet could not be used: %1</translation>
    </message>
    <message>
        <source>Something went wrong inside the app: %1</source>
        <translation>Something went wrong inside the app: %1</translation>
    </message>
</context>
<context>
    <name>FieldWords</name>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kind of visit</source>
        <translation>Kind of visit</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <source>Planned date</source>
        <translation>Planned date</translation>
    </message>
    <message>
        <source>Planned time</source>
        <translation>Planned time</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Visitors</translation>
    </message>
    <message>
        <source>Customer attendees</source>
        <translation>Customer attendees</translation>
    </message>
    <message>
        <source>Running status</source>
        <translation>Running status</translation>
    </message>
    <message>
        <source>Changed needs</source>
        <translation>Changed needs</translation>
    </message>
    <message>
        <source>Potential needs</source>
        <translation>Potential needs</translation>
    </message>
    <message>
        <source>Competitor information</source>
        <translation>Competitor information</translation>
    </message>
    <message>
        <source>Customer&apos;s own words</source>
        <translation>Customer&apos;s own words</translation>
    </message>
    <message>
        <source>Solved on site</source>
        <translation>Solved on site</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>Review comment</source>
        <translation>Review comment</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>Customer confirmed</source>
        <translation>Customer confirmed</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Key dates</source>
        <translation>Key dates</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Milestones</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Caption</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Signer</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>Deliverables</translation>
    </message>
    <message>
        <source>Customer opinion</source>
        <translation>Customer opinion</translation>
    </message>
    <message>
        <source>Rectification items</source>
        <translation>Rectification items</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
</context>
<context>
    <name>FormCard</name>
    <message>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
</context>
<context>
    <name>FormTextArea</name>
    <message>
        <source>conflict, see above</source>
        <translation>conflict, see above</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <source>Raise an issue</source>
        <translation>Raise an issue</translation>
    </message>
    <message>
        <source>Edit issue</source>
        <translation>Edit issue</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>What the customer reported, in a few words</source>
        <translation>What the customer reported, in a few words</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Solved on the spot (minor issues)</source>
        <translation>Solved on the spot (minor issues)</translation>
    </message>
    <message>
        <source>Save issue</source>
        <translation>Save issue</translation>
    </message>
</context>
<context>
    <name>IssueLine</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Owner %1</source>
        <translation>Owner %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Due %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
</context>
<context>
    <name>LanguageButton</name>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>FieldVisit</source>
        <translation>FieldVisit</translation>
    </message>
</context>
<context>
    <name>MilestoneLine</name>
    <message>
        <source>Planned %1</source>
        <translation>Planned %1</translation>
    </message>
    <message>
        <source>Reached %1</source>
        <translation>Reached %1</translation>
    </message>
</context>
<context>
    <name>MilestoneListModel</name>
    <message>
        <source>Not due yet</source>
        <translation>Not due yet</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>On time</source>
        <translation>On time</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n day late</numerusform>
            <numerusform>%n days late</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleEditor</name>
    <message>
        <source>conflict, see above</source>
        <translation>conflict, see above</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Remove %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
</context>
<context>
    <name>PhotoImporter</name>
    <message>
        <source>Photos can be added once the record they belong to has been saved.</source>
        <translation>Photos can be added once the record they belong to has been saved.</translation>
    </message>
    <message>
        <source>The photo could not be saved: %1</source>
        <translation>The photo could not be saved: %1</translation>
    </message>
</context>
<context>
    <name>PhotoListModel</name>
    <message>
        <source>MMM d, HH:mm</source>
        <translation>MMM d, HH:mm</translation>
    </message>
    <message>
        <source>This photo has been removed.</source>
        <translation>This photo has been removed.</translation>
    </message>
    <message>
        <source>The caption could not be saved: %1</source>
        <translation>The caption could not be saved: %1</translation>
    </message>
    <message>
        <source>The photo could not be removed: %1</source>
        <translation>The photo could not be removed: %1</translation>
    </message>
</context>
<context>
    <name>PhotoPipeline</name>
    <message>
        <source>The file %1 could not be opened: %2</source>
        <translation>The file %1 could not be opened: %2</translation>
    </message>
    <message>
        <source>The file %1 is empty.</source>
        <translation>The file %1 is empty.</translation>
    </message>
    <message>
        <source>The file %1 is not a photo this app can read. Choose a JPEG, PNG or WebP image.</source>
        <translation>The file %1 is not a photo this app can read. Choose a JPEG, PNG or WebP image.</translation>
    </message>
    <message>
        <source>The photo %1 could not be read: the file is damaged or incomplete.</source>
        <translation>The photo %1 could not be read: the file is damaged or incomplete.</translation>
    </message>
    <message>
        <source>The file %1 is too large to open on this tablet.</source>
        <translation>The file %1 is too large to open on this tablet.</translation>
    </message>
    <message>
        <source>The photo could not be converted to JPEG: %1</source>
        <translation>The photo could not be converted to JPEG: %1</translation>
    </message>
    <message>
        <source>The photo could not be saved on this tablet: %1</source>
        <translation>The photo could not be saved on this tablet: %1</translation>
    </message>
</context>
<context>
    <name>PhotoProgressTile</name>
    <message>
        <source>Processing photo %1 of %2…</source>
        <translation>Processing photo %1 of %2…</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation>Take photo</translation>
    </message>
    <message>
        <source>Choose photos</source>
        <translation>Choose photos</translation>
    </message>
    <message>
        <source>No photos.</source>
        <translation>No photos.</translation>
    </message>
    <message>
        <source>No photos yet. Take one or choose image files.</source>
        <translation>No photos yet. Take one or choose image files.</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp *.bmp)</source>
        <translation>Images (*.jpg *.jpeg *.png *.webp *.bmp)</translation>
    </message>
</context>
<context>
    <name>PhotoTile</name>
    <message>
        <source>Not sent</source>
        <translation>Not sent</translation>
    </message>
    <message>
        <source>No caption</source>
        <translation>No caption</translation>
    </message>
    <message>
        <source>Not downloaded yet</source>
        <translation>Not downloaded yet</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <source>Caption: what the photo shows</source>
        <translation>Caption: what the photo shows</translation>
    </message>
    <message>
        <source>Save caption</source>
        <translation>Save caption</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Remove photo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Remove this photo?</source>
        <translation>Remove this photo?</translation>
    </message>
    <message>
        <source>The photo is removed from this record on every device once the change is synced.</source>
        <translation>The photo is removed from this record on every device once the change is synced.</translation>
    </message>
    <message>
        <source>Downloading the full photo…</source>
        <translation>Downloading the full photo…</translation>
    </message>
    <message>
        <source>This photo is not on this tablet yet.</source>
        <translation>This photo is not on this tablet yet.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Download the full photo</source>
        <translation>Download the full photo</translation>
    </message>
</context>
<context>
    <name>ProjectDetails</name>
    <message>
        <source>This project could not be read from the tablet&apos;s database: %1</source>
        <translation>This project could not be read from the tablet&apos;s database: %1</translation>
    </message>
    <message>
        <source>Contract signed</source>
        <translation>Contract signed</translation>
    </message>
    <message>
        <source>Implementation notice</source>
        <translation>Implementation notice</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Trial run ends</source>
        <translation>Trial run ends</translation>
    </message>
    <message>
        <source>Handed over to service</source>
        <translation>Handed over to service</translation>
    </message>
</context>
<context>
    <name>ProjectInfoPanel</name>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Leadership</source>
        <translation>Leadership</translation>
    </message>
    <message>
        <source>No contacts recorded.</source>
        <translation>No contacts recorded.</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Milestones</translation>
    </message>
    <message>
        <source>%1 of %2 reached</source>
        <translation>%1 of %2 reached</translation>
    </message>
    <message numerus="yes">
        <source>%n late</source>
        <translation>
            <numerusform>%n late</numerusform>
            <numerusform>%n late</numerusform>
        </translation>
    </message>
    <message>
        <source>No work plan recorded yet.</source>
        <translation>No work plan recorded yet.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Project lead</source>
        <translation>Project lead</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
</context>
<context>
    <name>ProjectPage</name>
    <message>
        <source>Project not on this tablet</source>
        <translation>Project not on this tablet</translation>
    </message>
    <message>
        <source>Lead %1</source>
        <translation>Lead %1</translation>
    </message>
    <message>
        <source>Open issues</source>
        <translation>Open issues</translation>
    </message>
    <message>
        <source>Late milestones</source>
        <translation>Late milestones</translation>
    </message>
</context>
<context>
    <name>ProjectPanel</name>
    <message>
        <source>My projects</source>
        <translation>My projects</translation>
    </message>
    <message>
        <source>No projects on this tablet yet. They arrive with the next sync.</source>
        <translation>No projects on this tablet yet. They arrive with the next sync.</translation>
    </message>
</context>
<context>
    <name>ProjectRow</name>
    <message numerus="yes">
        <source>%n open issue(s)</source>
        <translation>
            <numerusform>%n open issue</numerusform>
            <numerusform>%n open issues</numerusform>
        </translation>
    </message>
    <message>
        <source>No open issues</source>
        <translation>No open issues</translation>
    </message>
</context>
<context>
    <name>ProjectTabs</name>
    <message>
        <source>Visits (%1)</source>
        <translation>Visits (%1)</translation>
    </message>
    <message>
        <source>Issues (%1)</source>
        <translation>Issues (%1)</translation>
    </message>
    <message>
        <source>Signed documents (%1)</source>
        <translation>Signed documents (%1)</translation>
    </message>
    <message>
        <source>No visits planned for this project yet.</source>
        <translation>No visits planned for this project yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n open</numerusform>
            <numerusform>%n open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n past due</source>
        <translation>
            <numerusform>%n past due</numerusform>
            <numerusform>%n past due</numerusform>
        </translation>
    </message>
    <message>
        <source>No issues raised for this project.</source>
        <translation>No issues raised for this project.</translation>
    </message>
    <message>
        <source>Nothing signed for this project yet.</source>
        <translation>Nothing signed for this project yet.</translation>
    </message>
</context>
<context>
    <name>ProjectVisitRow</name>
    <message>
        <source>Any time</source>
        <translation>Any time</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordProblemModel</name>
    <message>
        <source>You may not make this change (%1).</source>
        <translation>You may not make this change (%1).</translation>
    </message>
    <message>
        <source>The server found this change invalid: %1</source>
        <translation>The server found this change invalid: %1</translation>
    </message>
</context>
<context>
    <name>RecordProblemsPanel</name>
    <message>
        <source>The server reported problems with this record</source>
        <translation>The server reported problems with this record</translation>
    </message>
    <message>
        <source>Change refused (%1): %2</source>
        <translation>Change refused (%1): %2</translation>
    </message>
    <message>
        <source>%1: another device&apos;s value is kept for now: “%2”. Yours was: “%3”.</source>
        <translation>%1: another device&apos;s value is kept for now: “%2”. Yours was: “%3”.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
</context>
<context>
    <name>RectificationRow</name>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
</context>
<context>
    <name>RectificationsCard</name>
    <message numerus="yes">
        <source>Rectification items · %n open</source>
        <translation>
            <numerusform>Rectification items · %n open</numerusform>
            <numerusform>Rectification items · %n open</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to rectify.</source>
        <translation>Nothing to rectify.</translation>
    </message>
    <message>
        <source>What must be fixed</source>
        <translation>What must be fixed</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
</context>
<context>
    <name>RuleWords</name>
    <message>
        <source>a delete carries no field changes</source>
        <translation>a delete carries no field changes</translation>
    </message>
    <message>
        <source>a record must be an object</source>
        <translation>a record must be an object</translation>
    </message>
    <message>
        <source>an update must change at least one field</source>
        <translation>an update must change at least one field</translation>
    </message>
    <message>
        <source>cannot be passed while a deliverable is not accepted</source>
        <translation>cannot be passed while a deliverable is not accepted</translation>
    </message>
    <message>
        <source>cannot be passed while a rectification item is open</source>
        <translation>cannot be passed while a rectification item is open</translation>
    </message>
    <message>
        <source>is not a known field</source>
        <translation>is not a known field</translation>
    </message>
    <message>
        <source>is not a known operation</source>
        <translation>is not a known operation</translation>
    </message>
    <message>
        <source>is out of range</source>
        <translation>is out of range</translation>
    </message>
    <message>
        <source>is required for an issue raised during a visit</source>
        <translation>is required for an issue raised during a visit</translation>
    </message>
    <message>
        <source>is required once the issue is assigned</source>
        <translation>is required once the issue is assigned</translation>
    </message>
    <message>
        <source>is required once the visit has started</source>
        <translation>is required once the visit has started</translation>
    </message>
    <message>
        <source>is required once the visit is completed</source>
        <translation>is required once the visit is completed</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>is required</translation>
    </message>
    <message>
        <source>is scored twice in this visit</source>
        <translation>is scored twice in this visit</translation>
    </message>
    <message>
        <source>is too large</source>
        <translation>is too large</translation>
    </message>
    <message>
        <source>must be 0 for a create</source>
        <translation>must be 0 for a create</translation>
    </message>
    <message>
        <source>must be a SHA-256 digest: 64 lowercase hex digits</source>
        <translation>must be a SHA-256 digest: 64 lowercase hex digits</translation>
    </message>
    <message>
        <source>must be a date like 2026-03-31</source>
        <translation>must be a date like 2026-03-31</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>must be a list</translation>
    </message>
    <message>
        <source>must be a media type such as image/jpeg</source>
        <translation>must be a media type such as image/jpeg</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>must be a number</translation>
    </message>
    <message>
        <source>must be a record id (a UUID such as 0190f5c2-…)</source>
        <translation>must be a record id (a UUID such as 0190f5c2-…)</translation>
    </message>
    <message>
        <source>must be a time like 2026-03-31T09:30:00.000Z</source>
        <translation>must be a time like 2026-03-31T09:30:00.000Z</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>must be a whole number</translation>
    </message>
    <message>
        <source>must be an email address</source>
        <translation>must be an email address</translation>
    </message>
    <message>
        <source>must be an image type for a photo</source>
        <translation>must be an image type for a photo</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>must be an object</translation>
    </message>
    <message>
        <source>must be between -180 and 180</source>
        <translation>must be between -180 and 180</translation>
    </message>
    <message>
        <source>must be between -90 and 90</source>
        <translation>must be between -90 and 90</translation>
    </message>
    <message>
        <source>must be between 0 and 1</source>
        <translation>must be between 0 and 1</translation>
    </message>
    <message>
        <source>must be more than 0</source>
        <translation>must be more than 0</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>must be text</translation>
    </message>
    <message>
        <source>must be true before the issue is closed</source>
        <translation>must be true before the issue is closed</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>must be true or false</translation>
    </message>
    <message>
        <source>must be visit or acceptance: only those are signed</source>
        <translation>must be visit or acceptance: only those are signed</translation>
    </message>
    <message>
        <source>must hold at least one point</source>
        <translation>must hold at least one point</translation>
    </message>
    <message>
        <source>must hold the signature&apos;s strokes</source>
        <translation>must hold the signature&apos;s strokes</translation>
    </message>
    <message>
        <source>must not be before createdAt</source>
        <translation>must not be before createdAt</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>must not be negative</translation>
    </message>
    <message>
        <source>no such record</source>
        <translation>no such record</translation>
    </message>
    <message>
        <source>only a minor issue can be recorded as solved on the spot</source>
        <translation>only a minor issue can be recorded as solved on the spot</translation>
    </message>
    <message>
        <source>the pad size must be positive</source>
        <translation>the pad size must be positive</translation>
    </message>
    <message>
        <source>this record has been deleted</source>
        <translation>this record has been deleted</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>must be between %1 and %2</translation>
    </message>
    <message>
        <source>cannot go from %1 to %2</source>
        <translation>cannot go from %1 to %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>this record is too large to send: shorten its texts</source>
        <translation>this record is too large to send: shorten its texts</translation>
    </message>
</context>
<context>
    <name>SatisfactionCard</name>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>1 = very dissatisfied, 5 = very satisfied. Ask the reason for every score.</source>
        <translation>1 = very dissatisfied, 5 = very satisfied. Ask the reason for every score.</translation>
    </message>
    <message>
        <source>A low score is saved with its reason: why?</source>
        <translation>A low score is saved with its reason: why?</translation>
    </message>
    <message>
        <source>Why this score, in the customer&apos;s words</source>
        <translation>Why this score, in the customer&apos;s words</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Enter the server address.</source>
        <translation>Enter the server address.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Enter your user name.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Enter your password.</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>FieldVisit</source>
        <translation>FieldVisit</translation>
    </message>
    <message>
        <source>Sign in to see your visits and projects. After the first sign-in the app also works without a network.</source>
        <translation>Sign in to see your visits and projects. After the first sign-in the app also works without a network.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.20:8080</source>
        <translation>e.g. 192.168.1.20:8080</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Your user name</source>
        <translation>Your user name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Your password</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Device %1</source>
        <translation>Device %1</translation>
    </message>
</context>
<context>
    <name>SignOutDialog</name>
    <message>
        <source>Sign out?</source>
        <translation>Sign out?</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) have not been sent to the server yet. They stay on this tablet and are sent after you sign in again.</source>
        <translation>
            <numerusform>%n change has not been sent to the server yet. It stays on this tablet and is sent after you sign in again.</numerusform>
            <numerusform>%n changes have not been sent to the server yet. They stay on this tablet and are sent after you sign in again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignatureBlock</name>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>VOID</source>
        <translation>VOID</translation>
    </message>
    <message>
        <source>Not signed yet</source>
        <translation>Not signed yet</translation>
    </message>
    <message>
        <source>Ask for a new signature.</source>
        <translation>Ask for a new signature.</translation>
    </message>
    <message>
        <source>Sign again</source>
        <translation>Sign again</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Sign</translation>
    </message>
    <message>
        <source>The signature image is not on this tablet yet; it arrives with the next sync.</source>
        <translation>The signature image is not on this tablet yet; it arrives with the next sync.</translation>
    </message>
</context>
<context>
    <name>SignaturePadPage</name>
    <message>
        <source>Company&apos;s signature</source>
        <translation>Company&apos;s signature</translation>
    </message>
    <message>
        <source>Customer&apos;s signature</source>
        <translation>Customer&apos;s signature</translation>
    </message>
    <message>
        <source>Sign here</source>
        <translation>Sign here</translation>
    </message>
    <message>
        <source>Signer&apos;s name</source>
        <translation>Signer&apos;s name</translation>
    </message>
    <message>
        <source>Role, e.g. IT manager</source>
        <translation>Role, e.g. IT manager</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Sign</translation>
    </message>
</context>
<context>
    <name>SignedContentCard</name>
    <message numerus="yes">
        <source>%n photo(s) included in what is signed</source>
        <translation>
            <numerusform>%n photo included in what is signed</numerusform>
            <numerusform>%n photos included in what is signed</numerusform>
        </translation>
    </message>
    <message>
        <source>Fingerprint %1…</source>
        <translation>Fingerprint %1…</translation>
    </message>
</context>
<context>
    <name>SignedDocumentListModel</name>
    <message>
        <source>Acceptance report: %1</source>
        <translation>Acceptance report: %1</translation>
    </message>
    <message>
        <source>Visit record: %1, %2</source>
        <translation>Visit record: %1, %2</translation>
    </message>
</context>
<context>
    <name>SigningController</name>
    <message>
        <source>What was signed changed after signing.</source>
        <translation>What was signed changed after signing.</translation>
    </message>
    <message>
        <source>What was signed changed after signing (%1).</source>
        <translation>What was signed changed after signing (%1).</translation>
    </message>
    <message>
        <source>This document could not be read from the tablet&apos;s database: %1</source>
        <translation>This document could not be read from the tablet&apos;s database: %1</translation>
    </message>
    <message>
        <source>Nothing is signed yet: sign on the pad first.</source>
        <translation>Nothing is signed yet: sign on the pad first.</translation>
    </message>
    <message>
        <source>Enter the signer&apos;s name.</source>
        <translation>Enter the signer&apos;s name.</translation>
    </message>
    <message>
        <source>Sign in first: signatures are kept in your database on this tablet.</source>
        <translation>Sign in first: signatures are kept in your database on this tablet.</translation>
    </message>
    <message>
        <source>This document is no longer on this tablet.</source>
        <translation>This document is no longer on this tablet.</translation>
    </message>
    <message>
        <source>The signature could not be saved: %1</source>
        <translation>The signature could not be saved: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>StoreListModel</name>
    <message>
        <source>This list could not be read from the tablet&apos;s database: %1</source>
        <translation>This list could not be read from the tablet&apos;s database: %1</translation>
    </message>
</context>
<context>
    <name>SyncProblemCard</name>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <source>Changed on this tablet and on the server: %1</source>
        <translation>Changed on this tablet and on the server: %1</translation>
    </message>
    <message>
        <source>On the server (shown now)</source>
        <translation>On the server (shown now)</translation>
    </message>
    <message>
        <source>Yours (kept for review)</source>
        <translation>Yours (kept for review)</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>On the server before review</source>
        <translation>On the server before review</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Yours</translation>
    </message>
</context>
<context>
    <name>SyncProblemWords</name>
    <message>
        <source>Creating it</source>
        <translation>Creating it</translation>
    </message>
    <message>
        <source>Deleting it</source>
        <translation>Deleting it</translation>
    </message>
    <message>
        <source>Changes to: %1</source>
        <translation>Changes to: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>You may not change this record: it is not in one of your projects, or your role does not allow this change.</source>
        <translation>You may not change this record: it is not in one of your projects, or your role does not allow this change.</translation>
    </message>
    <message>
        <source>The server cannot accept it as it is:</source>
        <translation>The server cannot accept it as it is:</translation>
    </message>
    <message>
        <source>A record not on this tablet</source>
        <translation>A record not on this tablet</translation>
    </message>
    <message>
        <source>Deleted on one side, changed on the other</source>
        <translation>Deleted on one side, changed on the other</translation>
    </message>
    <message>
        <source>Signature of %1</source>
        <translation>Signature of %1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>kept the server&apos;s value</source>
        <translation>kept the server&apos;s value</translation>
    </message>
    <message>
        <source>kept your value</source>
        <translation>kept your value</translation>
    </message>
    <message>
        <source>a new value: %1</source>
        <translation>a new value: %1</translation>
    </message>
    <message>
        <source>Resolved by %1 on %2: %3</source>
        <translation>Resolved by %1 on %2: %3</translation>
    </message>
</context>
<context>
    <name>SyncProblemsModel</name>
    <message>
        <source>This could not be dismissed: %1</source>
        <translation>This could not be dismissed: %1</translation>
    </message>
</context>
<context>
    <name>SyncProblemsPage</name>
    <message>
        <source>Sync problems</source>
        <translation>Sync problems</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Nothing to review: no change was refused and no conflict was reported.</source>
        <translation>Nothing to review: no change was refused and no conflict was reported.</translation>
    </message>
    <message>
        <source>A refused change is not sent again: if it is still needed, make it again in a way the server accepts. In a conflict the server&apos;s value is shown and yours is kept for the back office until a reviewer settles it; a settled one says who decided and how. Dismiss a problem once you have dealt with it.</source>
        <translation>A refused change is not sent again: if it is still needed, make it again in a way the server accepts. In a conflict the server&apos;s value is shown and yours is kept for the back office until a reviewer settles it; a settled one says who decided and how. Dismiss a problem once you have dealt with it.</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <source>Never synced</source>
        <translation>Never synced</translation>
    </message>
    <message>
        <source>MMM d HH:mm</source>
        <translation>MMM d HH:mm</translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation>Last sync %1</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Sync failed</translation>
    </message>
    <message>
        <source>All synced</source>
        <translation>All synced</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not yet sent</source>
        <translation>
            <numerusform>%n change not yet sent</numerusform>
            <numerusform>%n changes not yet sent</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waiting to sync</source>
        <translation>Nothing waiting to sync</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) need your attention</source>
        <translation>
            <numerusform>%n change needs your attention</numerusform>
            <numerusform>%n changes need your attention</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Waiting to sync</source>
        <translation>Waiting to sync</translation>
    </message>
    <message>
        <source>Sign-in needed</source>
        <translation>Sign-in needed</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) waiting to upload</source>
        <translation>
            <numerusform>%n photo waiting to upload</numerusform>
            <numerusform>%n photos waiting to upload</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Sign in again</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today&apos;s visits</source>
        <translation>Today&apos;s visits</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Open issues</source>
        <translation>Open issues</translation>
    </message>
    <message>
        <source>No visits planned for today.</source>
        <translation>No visits planned for today.</translation>
    </message>
    <message>
        <source>Nothing overdue.</source>
        <translation>Nothing overdue.</translation>
    </message>
    <message>
        <source>Recently done</source>
        <translation>Recently done</translation>
    </message>
    <message>
        <source>No visits done in the last two weeks.</source>
        <translation>No visits done in the last two weeks.</translation>
    </message>
</context>
<context>
    <name>VisitCard</name>
    <message>
        <source>Any time</source>
        <translation>Any time</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisitEditor</name>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>This visit is not on this tablet: it may have been deleted.</source>
        <translation>This visit is not on this tablet: it may have been deleted.</translation>
    </message>
    <message>
        <source>This visit could not be read from the tablet&apos;s database: %1</source>
        <translation>This visit could not be read from the tablet&apos;s database: %1</translation>
    </message>
    <message>
        <source>No visit is open.</source>
        <translation>No visit is open.</translation>
    </message>
    <message>
        <source>This visit has been submitted and can no longer be changed.</source>
        <translation>This visit has been submitted and can no longer be changed.</translation>
    </message>
    <message>
        <source>A visit that is %1 cannot become %2.</source>
        <translation>A visit that is %1 cannot become %2.</translation>
    </message>
    <message>
        <source>Not submitted yet. Still missing: %1.</source>
        <translation>Not submitted yet. Still missing: %1.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>VisitFactsCard</name>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Kind of visit</source>
        <translation>Kind of visit</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Started %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Address of the visit</source>
        <translation>Address of the visit</translation>
    </message>
</context>
<context>
    <name>VisitFormLeftColumn</name>
    <message>
        <source>Who took part</source>
        <translation>Who took part</translation>
    </message>
    <message>
        <source>Visitors (our staff)</source>
        <translation>Visitors (our staff)</translation>
    </message>
    <message>
        <source>Present at the customer</source>
        <translation>Present at the customer</translation>
    </message>
</context>
<context>
    <name>VisitFormRightColumn</name>
    <message>
        <source>Visit record</source>
        <translation>Visit record</translation>
    </message>
    <message>
        <source>Running status *</source>
        <translation>Running status *</translation>
    </message>
    <message>
        <source>Does the system run as expected? Faults, performance, how it is used</source>
        <translation>Does the system run as expected? Faults, performance, how it is used</translation>
    </message>
    <message>
        <source>Changed needs</source>
        <translation>Changed needs</translation>
    </message>
    <message>
        <source>New functions or services the customer now needs</source>
        <translation>New functions or services the customer now needs</translation>
    </message>
    <message>
        <source>Potential needs</source>
        <translation>Potential needs</translation>
    </message>
    <message>
        <source>Expansion plans, upgrades, interest in other products</source>
        <translation>Expansion plans, upgrades, interest in other products</translation>
    </message>
    <message>
        <source>Competitor information</source>
        <translation>Competitor information</translation>
    </message>
    <message>
        <source>Competitors&apos; products, strengths and weaknesses, why the customer chose us</source>
        <translation>Competitors&apos; products, strengths and weaknesses, why the customer chose us</translation>
    </message>
    <message>
        <source>In the customer&apos;s words</source>
        <translation>In the customer&apos;s words</translation>
    </message>
    <message>
        <source>The customer&apos;s own words</source>
        <translation>The customer&apos;s own words</translation>
    </message>
    <message>
        <source>Important remarks, word for word</source>
        <translation>Important remarks, word for word</translation>
    </message>
    <message>
        <source>Solved on the spot</source>
        <translation>Solved on the spot</translation>
    </message>
    <message>
        <source>What was solved during the visit, and how</source>
        <translation>What was solved during the visit, and how</translation>
    </message>
    <message>
        <source>Customer&apos;s signature</source>
        <translation>Customer&apos;s signature</translation>
    </message>
</context>
<context>
    <name>VisitIssueModel</name>
    <message>
        <source>Solved on the spot during the visit</source>
        <translation>Solved on the spot during the visit</translation>
    </message>
    <message>
        <source>Give the issue a title.</source>
        <translation>Give the issue a title.</translation>
    </message>
    <message>
        <source>Only a minor issue can be recorded as solved on the spot.</source>
        <translation>Only a minor issue can be recorded as solved on the spot.</translation>
    </message>
    <message>
        <source>The issue was not saved: %1</source>
        <translation>The issue was not saved: %1</translation>
    </message>
    <message>
        <source>No visit is open.</source>
        <translation>No visit is open.</translation>
    </message>
    <message>
        <source>This issue is no longer on this tablet.</source>
        <translation>This issue is no longer on this tablet.</translation>
    </message>
</context>
<context>
    <name>VisitIssuesCard</name>
    <message>
        <source>Issues raised</source>
        <translation>Issues raised</translation>
    </message>
    <message>
        <source>Solved on the spot</source>
        <translation>Solved on the spot</translation>
    </message>
    <message>
        <source>No issues raised.</source>
        <translation>No issues raised.</translation>
    </message>
    <message>
        <source>Raise an issue</source>
        <translation>Raise an issue</translation>
    </message>
</context>
<context>
    <name>VisitLabels</name>
    <message>
        <source>Project quality</source>
        <translation>Project quality</translation>
    </message>
    <message>
        <source>Delivery time</source>
        <translation>Delivery time</translation>
    </message>
    <message>
        <source>Service attitude</source>
        <translation>Service attitude</translation>
    </message>
    <message>
        <source>Technical support</source>
        <translation>Technical support</translation>
    </message>
    <message>
        <source>Communication and collaboration</source>
        <translation>Communication and collaboration</translation>
    </message>
    <message>
        <source>Professional ability</source>
        <translation>Professional ability</translation>
    </message>
    <message>
        <source>Problem solving</source>
        <translation>Problem solving</translation>
    </message>
    <message>
        <source>start the visit and finish it (the actual times)</source>
        <translation>start the visit and finish it (the actual times)</translation>
    </message>
    <message>
        <source>finish the visit (the actual end time)</source>
        <translation>finish the visit (the actual end time)</translation>
    </message>
    <message>
        <source>who visited</source>
        <translation>who visited</translation>
    </message>
    <message>
        <source>who was present at the customer</source>
        <translation>who was present at the customer</translation>
    </message>
    <message>
        <source>the running status</source>
        <translation>the running status</translation>
    </message>
    <message>
        <source>a score for %1</source>
        <translation>a score for %1</translation>
    </message>
    <message>
        <source>the reason for the %1 score</source>
        <translation>the reason for the %1 score</translation>
    </message>
    <message>
        <source>the customer&apos;s signature</source>
        <translation>the customer&apos;s signature</translation>
    </message>
</context>
<context>
    <name>VisitListModel</name>
    <message>
        <source>MMM d</source>
        <translation>MMM d</translation>
    </message>
    <message>
        <source>dddd, MMMM d</source>
        <translation>dddd, MMMM d</translation>
    </message>
</context>
<context>
    <name>VisitPage</name>
    <message>
        <source>Returned for rework: %1</source>
        <translation>Returned for rework: %1</translation>
    </message>
    <message>
        <source>Review comment: %1</source>
        <translation>Review comment: %1</translation>
    </message>
</context>
<context>
    <name>VisitSubmitBar</name>
    <message>
        <source>This record is %1 and can no longer be changed.</source>
        <translation>This record is %1 and can no longer be changed.</translation>
    </message>
    <message>
        <source>Everything the form needs is there.</source>
        <translation>Everything the form needs is there.</translation>
    </message>
    <message>
        <source>Still missing: %1</source>
        <translation>Still missing: %1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Start visit</source>
        <translation>Start visit</translation>
    </message>
    <message>
        <source>Finish visit</source>
        <translation>Finish visit</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>Submit for review</translation>
    </message>
</context>
</TS>
