<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
    <name>StoreListModel</name>
    <message>
        <source>This list could not be read from the tablet&apos;s database: %1</source>
        <translation>This list could not be read from the tablet&apos;s database: %1</translation>
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
</TS>
