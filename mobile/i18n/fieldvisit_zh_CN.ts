<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AppHeader</name>
    <message>
        <source>FieldVisit</source>
        <translation>FieldVisit</translation>
    </message>
    <message>
        <source>Follow-up visits and project tracking</source>
        <translation>项目跟踪与回访</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
</context>
<context>
    <name>DomainLabels</name>
    <message>
        <source>First visit</source>
        <translation>首次回访</translation>
    </message>
    <message>
        <source>Periodic visit</source>
        <translation>定期回访</translation>
    </message>
    <message>
        <source>Special visit</source>
        <translation>专项回访</translation>
    </message>
    <message>
        <source>Start-up visit</source>
        <translation>启动回访</translation>
    </message>
    <message>
        <source>In-progress visit</source>
        <translation>过程回访</translation>
    </message>
    <message>
        <source>Close-out visit</source>
        <translation>结项回访</translation>
    </message>
    <message>
        <source>After-sales visit</source>
        <translation>售后回访</translation>
    </message>
    <message>
        <source>Trial-run support</source>
        <translation>磨合期现场支持</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>实地</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>线上</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>已审核</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Start-up</source>
        <translation>启动</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>调研</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>实施</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>交付</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>验收</translation>
    </message>
    <message>
        <source>Trial run</source>
        <translation>磨合期</translation>
    </message>
    <message>
        <source>After-sales</source>
        <translation>售后</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>Cannot reach the server. Your work is saved on this tablet and will be sent when the connection is back.</source>
        <translation>服务器无法连接。您的工作已保存在本机，网络恢复后会自动发送。</translation>
    </message>
    <message>
        <source>The server did not answer in time. Sync will try again shortly.</source>
        <translation>服务器响应超时，稍后将自动重试同步。</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Sign in again to continue syncing.</source>
        <translation>登录已失效，请重新登录以继续同步。</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>The server no longer accepts this version of the app. Please update the app.</source>
        <translation>服务器不再接受此版本的应用，请更新应用。</translation>
    </message>
    <message>
        <source>There is too much data to transfer in one go. Please tell your administrator.</source>
        <translation>数据量过大，无法一次传输，请联系管理员。</translation>
    </message>
    <message>
        <source>The server gave an answer this app does not understand (%1).</source>
        <translation>服务器返回了本应用无法识别的应答（%1）。</translation>
    </message>
    <message>
        <source>The tablet&apos;s database is busy. Sync will try again shortly.</source>
        <translation>本机数据库正忙，稍后将自动重试同步。</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>请先登录。</translation>
    </message>
    <message>
        <source>The server address is not valid. Enter it like 192.168.1.20:8080.</source>
        <translation>服务器地址无效，请按 192.168.1.20:8080 的格式输入。</translation>
    </message>
    <message>
        <source>The server refused the request: %1</source>
        <translation>服务器拒绝了请求：%1</translation>
    </message>
    <message>
        <source>The data on this tablet was written by a newer version of the app. Please update the app.</source>
        <translation>本机数据由更新版本的应用写入，请更新应用。</translation>
    </message>
    <message>
        <source>The database on this tablet could not be used: %1</source>
        <translation>无法使用本机数据库：%1</translation>
    </message>
    <message>
        <source>Something went wrong inside the app: %1</source>
        <translation>应用内部出错：%1</translation>
    </message>
</context>
<context>
    <name>LanguageButton</name>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>FieldVisit</source>
        <translation>FieldVisit 现场回访</translation>
    </message>
</context>
<context>
    <name>ProjectPanel</name>
    <message>
        <source>My projects</source>
        <translation>我的项目</translation>
    </message>
    <message>
        <source>No projects on this tablet yet. They arrive with the next sync.</source>
        <translation>本机还没有项目，下次同步后会显示在这里。</translation>
    </message>
</context>
<context>
    <name>ProjectRow</name>
    <message numerus="yes">
        <source>%n open issue(s)</source>
        <translation>
            <numerusform>%n 个待解决问题</numerusform>
        </translation>
    </message>
    <message>
        <source>No open issues</source>
        <translation>没有待解决问题</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Enter the server address.</source>
        <translation>请输入服务器地址。</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>请输入密码。</translation>
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
        <translation>登录后即可查看您的回访和项目。首次登录后，没有网络也能正常使用。</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.20:8080</source>
        <translation>例如 192.168.1.20:8080</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Your user name</source>
        <translation>您的用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>您的密码</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Device %1</source>
        <translation>设备 %1</translation>
    </message>
</context>
<context>
    <name>SignOutDialog</name>
    <message>
        <source>Sign out?</source>
        <translation>退出登录？</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) have not been sent to the server yet. They stay on this tablet and are sent after you sign in again.</source>
        <translation>
            <numerusform>还有 %n 项更改尚未发送到服务器。这些更改会保留在本机，您再次登录后会自动发送。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoreListModel</name>
    <message>
        <source>This list could not be read from the tablet&apos;s database: %1</source>
        <translation>无法从本机数据库读取此列表：%1</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <source>Never synced</source>
        <translation>尚未同步过</translation>
    </message>
    <message>
        <source>MMM d HH:mm</source>
        <translation>M月d日 HH:mm</translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation>上次同步 %1</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>同步失败</translation>
    </message>
    <message>
        <source>All synced</source>
        <translation>已全部同步</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not yet sent</source>
        <translation>
            <numerusform>待同步 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waiting to sync</source>
        <translation>没有待同步的更改</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) need your attention</source>
        <translation>
            <numerusform>%n 项更改需要您处理</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Waiting to sync</source>
        <translation>等待同步</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today&apos;s visits</source>
        <translation>今日回访</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Open issues</source>
        <translation>待解决问题</translation>
    </message>
    <message>
        <source>No visits planned for today.</source>
        <translation>今天没有安排回访。</translation>
    </message>
    <message>
        <source>Nothing overdue.</source>
        <translation>没有逾期的回访。</translation>
    </message>
    <message>
        <source>Recently done</source>
        <translation>最近完成</translation>
    </message>
    <message>
        <source>No visits done in the last two weeks.</source>
        <translation>最近两周没有完成的回访。</translation>
    </message>
</context>
<context>
    <name>VisitCard</name>
    <message>
        <source>Any time</source>
        <translation>时间待定</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisitListModel</name>
    <message>
        <source>MMM d</source>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>dddd, MMMM d</source>
        <translation>M月d日 dddd</translation>
    </message>
</context>
</TS>
