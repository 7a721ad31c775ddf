<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AcceptanceEditor</name>
    <message>
        <source>This acceptance report is not on this tablet.</source>
        <translation>本机上没有此验收单。</translation>
    </message>
    <message>
        <source>Sign in first: reports are kept in your database on this tablet.</source>
        <translation>请先登录：验收单保存在本机您的数据库中。</translation>
    </message>
    <message>
        <source>This project is not on this tablet.</source>
        <translation>本机上没有此项目。</translation>
    </message>
    <message>
        <source>%1 acceptance</source>
        <translation>%1验收单</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>验收单保存失败：%1</translation>
    </message>
    <message>
        <source>The report needs a title.</source>
        <translation>请填写验收单标题。</translation>
    </message>
    <message>
        <source>Unknown result: %1</source>
        <translation>未知的验收结论：%1</translation>
    </message>
    <message>
        <source>The acceptance can pass only when every deliverable is accepted and every rectification item is done.</source>
        <translation>所有交付物均已验收、所有整改项均已完成后，验收才能通过。</translation>
    </message>
    <message>
        <source>Describe the deliverable first.</source>
        <translation>请先填写交付物内容。</translation>
    </message>
    <message>
        <source>Write the date as year-month-day, e.g. 2026-11-29.</source>
        <translation>日期请按“年-月-日”格式填写，例如 2026-11-29。</translation>
    </message>
    <message>
        <source>That deliverable is no longer on the list.</source>
        <translation>该交付物已不在清单中。</translation>
    </message>
    <message>
        <source>Describe what must be fixed first.</source>
        <translation>请先填写需要整改的内容。</translation>
    </message>
    <message>
        <source>That rectification item is no longer on the list.</source>
        <translation>该整改项已不在清单中。</translation>
    </message>
    <message>
        <source>Open an acceptance report first.</source>
        <translation>请先打开一份验收单。</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>修改保存失败：%1</translation>
    </message>
</context>
<context>
    <name>AcceptancePage</name>
    <message>
        <source>Acceptance report</source>
        <translation>验收单</translation>
    </message>
    <message>
        <source>Customer&apos;s signature</source>
        <translation>客户签字</translation>
    </message>
    <message>
        <source>Company&apos;s signature</source>
        <translation>公司签字</translation>
    </message>
</context>
<context>
    <name>AcceptanceVerdictCard</name>
    <message>
        <source>Customer opinion and result</source>
        <translation>客户意见及验收结论</translation>
    </message>
    <message>
        <source>Customer opinion</source>
        <translation>客户意见</translation>
    </message>
    <message>
        <source>What the customer says about the delivery</source>
        <translation>客户对交付成果的意见</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>验收结论</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待定</translation>
    </message>
    <message>
        <source>Needs rectification</source>
        <translation>需整改</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Passing needs every deliverable accepted and every rectification item done.</source>
        <translation>所有交付物均已验收、所有整改项均已完成后才能通过。</translation>
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
        <translation>项目跟踪与回访</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
</context>
<context>
    <name>BackButton</name>
    <message>
        <source>‹ Back</source>
        <translation>‹ 返回</translation>
    </message>
</context>
<context>
    <name>BlobFetcher</name>
    <message>
        <source>the photo no longer exists</source>
        <translation>照片已不存在</translation>
    </message>
    <message>
        <source>No connection to the server. The full photo can be downloaded once the tablet is online.</source>
        <translation>无法连接服务器。本机联网后即可下载完整照片。</translation>
    </message>
    <message>
        <source>The server does not have this photo yet: the tablet that took it has not sent it.</source>
        <translation>服务器上还没有此照片：拍摄该照片的设备尚未上传。</translation>
    </message>
    <message>
        <source>The full photo could not be downloaded. %1</source>
        <translation>完整照片下载失败。%1</translation>
    </message>
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <source>The camera cannot be used on this tablet.</source>
        <translation>本机无法使用相机。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation>拍照</translation>
    </message>
</context>
<context>
    <name>DateText</name>
    <message>
        <source>MMM d, yyyy</source>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>MMM d, yyyy HH:mm</source>
        <translation>yyyy年M月d日 HH:mm</translation>
    </message>
</context>
<context>
    <name>DeliverableRow</name>
    <message>
        <source>Delivered on</source>
        <translation>交付日期</translation>
    </message>
    <message>
        <source>How delivered</source>
        <translation>交付方式</translation>
    </message>
</context>
<context>
    <name>DeliverablesCard</name>
    <message>
        <source>Deliverables · %1 of %2 accepted</source>
        <translation>交付物 · 已验收 %1/%2</translation>
    </message>
    <message>
        <source>No deliverables listed yet.</source>
        <translation>尚未列出交付物。</translation>
    </message>
    <message>
        <source>New deliverable, e.g. user manual</source>
        <translation>新增交付物，如：用户手册</translation>
    </message>
    <message>
        <source>2026-11-29</source>
        <translation>2026-11-29</translation>
    </message>
    <message>
        <source>How delivered</source>
        <translation>交付方式</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
</context>
<context>
    <name>DocumentLine</name>
    <message>
        <source>%1 side: %2</source>
        <translation>%1方：%2</translation>
    </message>
    <message>
        <source>Not signed yet</source>
        <translation>尚未签字</translation>
    </message>
    <message>
        <source>Void: %1</source>
        <translation>已作废：%1</translation>
    </message>
    <message>
        <source>Awaiting signatures</source>
        <translation>待签字</translation>
    </message>
    <message>
        <source>VOID</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
</context>
<context>
    <name>DocumentSummary</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>回访人员</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>客户参加人员</translation>
    </message>
    <message>
        <source>Running status</source>
        <translation>运行情况</translation>
    </message>
    <message>
        <source>Solved on site</source>
        <translation>现场解决</translation>
    </message>
    <message>
        <source>Customer&apos;s words</source>
        <translation>客户原话</translation>
    </message>
    <message>
        <source>Satisfaction scores</source>
        <translation>满意度评分</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>交付物</translation>
    </message>
    <message>
        <source>%1 of %2 accepted</source>
        <translation>已验收 %1/%2</translation>
    </message>
    <message>
        <source>Rectification items</source>
        <translation>整改项</translation>
    </message>
    <message>
        <source>%1 open of %2</source>
        <translation>未完成 %1/%2</translation>
    </message>
    <message>
        <source>Customer opinion</source>
        <translation>客户意见</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>验收结论</translation>
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
    <message>
        <source>Technical</source>
        <translation>技术</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>质量</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Requirement change</source>
        <translation>需求变更</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>轻微</translation>
    </message>
    <message>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>重大</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待解决</translation>
    </message>
    <message>
        <source>Being solved</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待定</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Needs rectification</source>
        <translation>需整改</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Visit record</source>
        <translation>回访记录</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Photo or file</source>
        <translation>照片或文件</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签字</translation>
    </message>
    <message>
        <source>Acceptance report</source>
        <translation>验收单</translation>
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
    <name>FieldWords</name>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Kind of visit</source>
        <translation>回访类型</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>回访方式</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>执行人</translation>
    </message>
    <message>
        <source>Planned date</source>
        <translation>计划日期</translation>
    </message>
    <message>
        <source>Planned time</source>
        <translation>计划时间</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>回访人员</translation>
    </message>
    <message>
        <source>Customer attendees</source>
        <translation>客户参加人员</translation>
    </message>
    <message>
        <source>Running status</source>
        <translation>运行情况</translation>
    </message>
    <message>
        <source>Changed needs</source>
        <translation>需求变化</translation>
    </message>
    <message>
        <source>Potential needs</source>
        <translation>潜在需求</translation>
    </message>
    <message>
        <source>Competitor information</source>
        <translation>竞争对手信息</translation>
    </message>
    <message>
        <source>Customer&apos;s own words</source>
        <translation>客户原话</translation>
    </message>
    <message>
        <source>Solved on site</source>
        <translation>现场解决情况</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Review comment</source>
        <translation>审核意见</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Customer confirmed</source>
        <translation>客户已确认</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>实施范围</translation>
    </message>
    <message>
        <source>Key dates</source>
        <translation>关键日期</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>项目组</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>照片说明</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>签字人</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>交付物</translation>
    </message>
    <message>
        <source>Customer opinion</source>
        <translation>客户意见</translation>
    </message>
    <message>
        <source>Rectification items</source>
        <translation>整改项</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>验收结论</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
</context>
<context>
    <name>FormCard</name>
    <message>
        <source>Conflict</source>
        <translation>有冲突</translation>
    </message>
</context>
<context>
    <name>FormTextArea</name>
    <message>
        <source>conflict, see above</source>
        <translation>有冲突，见上方</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <source>Raise an issue</source>
        <translation>登记问题</translation>
    </message>
    <message>
        <source>Edit issue</source>
        <translation>编辑问题</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>What the customer reported, in a few words</source>
        <translation>简要概括客户反映的问题</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <source>Solved on the spot (minor issues)</source>
        <translation>已现场解决（仅限轻微问题）</translation>
    </message>
    <message>
        <source>Save issue</source>
        <translation>保存问题</translation>
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
        <translation>责任人 %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>截止 %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
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
    <name>MilestoneLine</name>
    <message>
        <source>Planned %1</source>
        <translation>计划 %1</translation>
    </message>
    <message>
        <source>Reached %1</source>
        <translation>完成 %1</translation>
    </message>
</context>
<context>
    <name>MilestoneListModel</name>
    <message>
        <source>Not due yet</source>
        <translation>未到期</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>On time</source>
        <translation>按时完成</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>延迟 %n 天完成</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleEditor</name>
    <message>
        <source>conflict, see above</source>
        <translation>有冲突，见上方</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>移除 %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
</context>
<context>
    <name>PhotoImporter</name>
    <message>
        <source>Photos can be added once the record they belong to has been saved.</source>
        <translation>请先保存记录，再添加照片。</translation>
    </message>
    <message>
        <source>The photo could not be saved: %1</source>
        <translation>照片保存失败：%1</translation>
    </message>
</context>
<context>
    <name>PhotoListModel</name>
    <message>
        <source>MMM d, HH:mm</source>
        <translation>M月d日 HH:mm</translation>
    </message>
    <message>
        <source>This photo has been removed.</source>
        <translation>此照片已被删除。</translation>
    </message>
    <message>
        <source>The caption could not be saved: %1</source>
        <translation>照片说明保存失败：%1</translation>
    </message>
    <message>
        <source>The photo could not be removed: %1</source>
        <translation>照片删除失败：%1</translation>
    </message>
</context>
<context>
    <name>PhotoPipeline</name>
    <message>
        <source>The file %1 could not be opened: %2</source>
        <translation>无法打开文件 %1：%2</translation>
    </message>
    <message>
        <source>The file %1 is empty.</source>
        <translation>文件 %1 为空。</translation>
    </message>
    <message>
        <source>The file %1 is not a photo this app can read. Choose a JPEG, PNG or WebP image.</source>
        <translation>文件 %1 不是本应用能读取的照片，请选择 JPEG、PNG 或 WebP 格式的图片。</translation>
    </message>
    <message>
        <source>The photo %1 could not be read: the file is damaged or incomplete.</source>
        <translation>无法读取照片 %1：文件已损坏或不完整。</translation>
    </message>
    <message>
        <source>The file %1 is too large to open on this tablet.</source>
        <translation>文件 %1 过大，本机无法打开。</translation>
    </message>
    <message>
        <source>The photo could not be converted to JPEG: %1</source>
        <translation>照片无法转换为 JPEG：%1</translation>
    </message>
    <message>
        <source>The photo could not be saved on this tablet: %1</source>
        <translation>照片无法保存到本机：%1</translation>
    </message>
</context>
<context>
    <name>PhotoProgressTile</name>
    <message>
        <source>Processing photo %1 of %2…</source>
        <translation>正在处理照片 %1/%2…</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation>拍照</translation>
    </message>
    <message>
        <source>Choose photos</source>
        <translation>选择照片</translation>
    </message>
    <message>
        <source>No photos.</source>
        <translation>无照片。</translation>
    </message>
    <message>
        <source>No photos yet. Take one or choose image files.</source>
        <translation>还没有照片。请拍照或选择图片文件。</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp *.bmp)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.webp *.bmp)</translation>
    </message>
</context>
<context>
    <name>PhotoTile</name>
    <message>
        <source>Not sent</source>
        <translation>未上传</translation>
    </message>
    <message>
        <source>No caption</source>
        <translation>无说明</translation>
    </message>
    <message>
        <source>Not downloaded yet</source>
        <translation>尚未下载</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <source>Caption: what the photo shows</source>
        <translation>照片说明：拍摄的是什么</translation>
    </message>
    <message>
        <source>Save caption</source>
        <translation>保存说明</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>删除照片</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Remove this photo?</source>
        <translation>删除此照片？</translation>
    </message>
    <message>
        <source>The photo is removed from this record on every device once the change is synced.</source>
        <translation>同步后，所有设备上的这条记录都会删除此照片。</translation>
    </message>
    <message>
        <source>Downloading the full photo…</source>
        <translation>正在下载完整照片…</translation>
    </message>
    <message>
        <source>This photo is not on this tablet yet.</source>
        <translation>本机上还没有此照片。</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Download the full photo</source>
        <translation>下载完整照片</translation>
    </message>
</context>
<context>
    <name>ProjectDetails</name>
    <message>
        <source>This project could not be read from the tablet&apos;s database: %1</source>
        <translation>无法从本机数据库读取此项目：%1</translation>
    </message>
    <message>
        <source>Contract signed</source>
        <translation>合同签订</translation>
    </message>
    <message>
        <source>Implementation notice</source>
        <translation>实施通知</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>验收通过</translation>
    </message>
    <message>
        <source>Trial run ends</source>
        <translation>磨合期结束</translation>
    </message>
    <message>
        <source>Handed over to service</source>
        <translation>移交客服</translation>
    </message>
</context>
<context>
    <name>ProjectInfoPanel</name>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Leadership</source>
        <translation>领导小组</translation>
    </message>
    <message>
        <source>No contacts recorded.</source>
        <translation>未登记联系人。</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <source>%1 of %2 reached</source>
        <translation>已完成 %1/%2</translation>
    </message>
    <message numerus="yes">
        <source>%n late</source>
        <translation>
            <numerusform>%n 项延期</numerusform>
        </translation>
    </message>
    <message>
        <source>No work plan recorded yet.</source>
        <translation>尚未录入工作计划。</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>项目组</translation>
    </message>
    <message>
        <source>Project lead</source>
        <translation>项目负责人</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
</context>
<context>
    <name>ProjectPage</name>
    <message>
        <source>Project not on this tablet</source>
        <translation>本机上没有此项目</translation>
    </message>
    <message>
        <source>Lead %1</source>
        <translation>负责人 %1</translation>
    </message>
    <message>
        <source>Open issues</source>
        <translation>待解决问题</translation>
    </message>
    <message>
        <source>Late milestones</source>
        <translation>延期里程碑</translation>
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
    <name>ProjectTabs</name>
    <message>
        <source>Visits (%1)</source>
        <translation>回访（%1）</translation>
    </message>
    <message>
        <source>Issues (%1)</source>
        <translation>问题（%1）</translation>
    </message>
    <message>
        <source>Signed documents (%1)</source>
        <translation>签字单据（%1）</translation>
    </message>
    <message>
        <source>No visits planned for this project yet.</source>
        <translation>本项目尚未安排回访。</translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n 个待解决</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n past due</source>
        <translation>
            <numerusform>%n 个已逾期</numerusform>
        </translation>
    </message>
    <message>
        <source>No issues raised for this project.</source>
        <translation>本项目尚无登记的问题。</translation>
    </message>
    <message>
        <source>Nothing signed for this project yet.</source>
        <translation>本项目尚无签字单据。</translation>
    </message>
</context>
<context>
    <name>ProjectVisitRow</name>
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
    <name>RecordProblemModel</name>
    <message>
        <source>You may not make this change (%1).</source>
        <translation>您无权进行此修改（%1）。</translation>
    </message>
    <message>
        <source>The server found this change invalid: %1</source>
        <translation>服务器认为此修改无效：%1</translation>
    </message>
</context>
<context>
    <name>RecordProblemsPanel</name>
    <message>
        <source>The server reported problems with this record</source>
        <translation>服务器报告此记录存在问题</translation>
    </message>
    <message>
        <source>Change refused (%1): %2</source>
        <translation>修改被拒绝（%1）：%2</translation>
    </message>
    <message>
        <source>%1: another device&apos;s value is kept for now: “%2”. Yours was: “%3”.</source>
        <translation>%1：暂时保留其他设备上的值“%2”。您填写的是“%3”。</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>已处理</translation>
    </message>
</context>
<context>
    <name>RectificationRow</name>
    <message>
        <source>Due date</source>
        <translation>截止日期</translation>
    </message>
</context>
<context>
    <name>RectificationsCard</name>
    <message numerus="yes">
        <source>Rectification items · %n open</source>
        <translation>
            <numerusform>整改项 · %n 项未完成</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to rectify.</source>
        <translation>无需整改。</translation>
    </message>
    <message>
        <source>What must be fixed</source>
        <translation>需整改的内容</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
</context>
<context>
    <name>RuleWords</name>
    <message>
        <source>a delete carries no field changes</source>
        <translation>删除操作不能包含字段修改</translation>
    </message>
    <message>
        <source>a record must be an object</source>
        <translation>记录必须是对象</translation>
    </message>
    <message>
        <source>an update must change at least one field</source>
        <translation>修改至少要更改一个字段</translation>
    </message>
    <message>
        <source>cannot be passed while a deliverable is not accepted</source>
        <translation>尚有交付物未验收，不能通过</translation>
    </message>
    <message>
        <source>cannot be passed while a rectification item is open</source>
        <translation>尚有整改项未完成，不能通过</translation>
    </message>
    <message>
        <source>is not a known field</source>
        <translation>不是已知字段</translation>
    </message>
    <message>
        <source>is not a known operation</source>
        <translation>不是已知操作</translation>
    </message>
    <message>
        <source>is out of range</source>
        <translation>超出范围</translation>
    </message>
    <message>
        <source>is required for an issue raised during a visit</source>
        <translation>回访中提出的问题必须填写</translation>
    </message>
    <message>
        <source>is required once the issue is assigned</source>
        <translation>问题指派后必须填写</translation>
    </message>
    <message>
        <source>is required once the visit has started</source>
        <translation>回访开始后必须填写</translation>
    </message>
    <message>
        <source>is required once the visit is completed</source>
        <translation>回访完成后必须填写</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>必须填写</translation>
    </message>
    <message>
        <source>is scored twice in this visit</source>
        <translation>在本次回访中重复评分</translation>
    </message>
    <message>
        <source>is too large</source>
        <translation>过大</translation>
    </message>
    <message>
        <source>must be 0 for a create</source>
        <translation>新建时必须为 0</translation>
    </message>
    <message>
        <source>must be a SHA-256 digest: 64 lowercase hex digits</source>
        <translation>必须是 SHA-256 摘要：64 位小写十六进制数字</translation>
    </message>
    <message>
        <source>must be a date like 2026-03-31</source>
        <translation>必须是日期，如 2026-03-31</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>必须是列表</translation>
    </message>
    <message>
        <source>must be a media type such as image/jpeg</source>
        <translation>必须是媒体类型，如 image/jpeg</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>必须是数字</translation>
    </message>
    <message>
        <source>must be a record id (a UUID such as 0190f5c2-…)</source>
        <translation>必须是记录 ID（UUID，如 0190f5c2-…）</translation>
    </message>
    <message>
        <source>must be a time like 2026-03-31T09:30:00.000Z</source>
        <translation>必须是时间，如 2026-03-31T09:30:00.000Z</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>必须是整数</translation>
    </message>
    <message>
        <source>must be an email address</source>
        <translation>必须是电子邮件地址</translation>
    </message>
    <message>
        <source>must be an image type for a photo</source>
        <translation>照片必须是图片类型</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <source>must be between -180 and 180</source>
        <translation>必须在 -180 到 180 之间</translation>
    </message>
    <message>
        <source>must be between -90 and 90</source>
        <translation>必须在 -90 到 90 之间</translation>
    </message>
    <message>
        <source>must be between 0 and 1</source>
        <translation>必须在 0 到 1 之间</translation>
    </message>
    <message>
        <source>must be more than 0</source>
        <translation>必须大于 0</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>必须是文本</translation>
    </message>
    <message>
        <source>must be true before the issue is closed</source>
        <translation>问题关闭前必须为“是”</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>必须为“是”或“否”</translation>
    </message>
    <message>
        <source>must be visit or acceptance: only those are signed</source>
        <translation>必须是回访记录或验收单：只有这两类单据需要签字</translation>
    </message>
    <message>
        <source>must hold at least one point</source>
        <translation>至少要有一个点</translation>
    </message>
    <message>
        <source>must hold the signature&apos;s strokes</source>
        <translation>必须包含签字笔画</translation>
    </message>
    <message>
        <source>must not be before createdAt</source>
        <translation>不能早于创建时间</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>不能为负数</translation>
    </message>
    <message>
        <source>no such record</source>
        <translation>没有此记录</translation>
    </message>
    <message>
        <source>only a minor issue can be recorded as solved on the spot</source>
        <translation>只有轻微问题才能记为现场解决</translation>
    </message>
    <message>
        <source>the pad size must be positive</source>
        <translation>签字板尺寸必须大于 0</translation>
    </message>
    <message>
        <source>this record has been deleted</source>
        <translation>此记录已被删除</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>必须在 %1 到 %2 之间</translation>
    </message>
    <message>
        <source>cannot go from %1 to %2</source>
        <translation>不能从“%1”变为“%2”</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>this record is too large to send: shorten its texts</source>
        <translation>此记录太大，无法同步：请缩短其中的文字</translation>
    </message>
</context>
<context>
    <name>SatisfactionCard</name>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>1 = very dissatisfied, 5 = very satisfied. Ask the reason for every score.</source>
        <translation>1 分 = 非常不满意，5 分 = 非常满意。每项评分都请询问原因。</translation>
    </message>
    <message>
        <source>A low score is saved with its reason: why?</source>
        <translation>低分须注明原因：为什么不满意？</translation>
    </message>
    <message>
        <source>Why this score, in the customer&apos;s words</source>
        <translation>评分原因（客户原话）</translation>
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
    <name>SignatureBlock</name>
    <message>
        <source>Signed</source>
        <translation>已签字</translation>
    </message>
    <message>
        <source>VOID</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>Not signed yet</source>
        <translation>尚未签字</translation>
    </message>
    <message>
        <source>Ask for a new signature.</source>
        <translation>需重新签字。</translation>
    </message>
    <message>
        <source>Sign again</source>
        <translation>重新签字</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>签字</translation>
    </message>
    <message>
        <source>The signature image is not on this tablet yet; it arrives with the next sync.</source>
        <translation>本机上还没有签字图片，下次同步后即可显示。</translation>
    </message>
</context>
<context>
    <name>SignaturePadPage</name>
    <message>
        <source>Company&apos;s signature</source>
        <translation>公司签字</translation>
    </message>
    <message>
        <source>Customer&apos;s signature</source>
        <translation>客户签字</translation>
    </message>
    <message>
        <source>Sign here</source>
        <translation>请在此处签字</translation>
    </message>
    <message>
        <source>Signer&apos;s name</source>
        <translation>签字人姓名</translation>
    </message>
    <message>
        <source>Role, e.g. IT manager</source>
        <translation>职务，如：信息中心主任</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>确认签字</translation>
    </message>
</context>
<context>
    <name>SignedContentCard</name>
    <message numerus="yes">
        <source>%n photo(s) included in what is signed</source>
        <translation>
            <numerusform>签字内容包含 %n 张照片</numerusform>
        </translation>
    </message>
    <message>
        <source>Fingerprint %1…</source>
        <translation>内容指纹 %1…</translation>
    </message>
</context>
<context>
    <name>SignedDocumentListModel</name>
    <message>
        <source>Acceptance report: %1</source>
        <translation>验收单：%1</translation>
    </message>
    <message>
        <source>Visit record: %1, %2</source>
        <translation>回访记录：%1，%2</translation>
    </message>
</context>
<context>
    <name>SigningController</name>
    <message>
        <source>What was signed changed after signing.</source>
        <translation>签字后，所签内容已被修改。</translation>
    </message>
    <message>
        <source>What was signed changed after signing (%1).</source>
        <translation>签字后，所签内容已被修改（%1）。</translation>
    </message>
    <message>
        <source>This document could not be read from the tablet&apos;s database: %1</source>
        <translation>无法从本机数据库读取此单据：%1</translation>
    </message>
    <message>
        <source>Nothing is signed yet: sign on the pad first.</source>
        <translation>尚未签字，请先在签字板上签字。</translation>
    </message>
    <message>
        <source>Enter the signer&apos;s name.</source>
        <translation>请输入签字人姓名。</translation>
    </message>
    <message>
        <source>Sign in first: signatures are kept in your database on this tablet.</source>
        <translation>请先登录：签字保存在本机您的数据库中。</translation>
    </message>
    <message>
        <source>This document is no longer on this tablet.</source>
        <translation>此单据已不在本机上。</translation>
    </message>
    <message>
        <source>The signature could not be saved: %1</source>
        <translation>签字保存失败：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
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
    <name>SyncProblemCard</name>
    <message>
        <source>Refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>已处理</translation>
    </message>
    <message>
        <source>Changed on this tablet and on the server: %1</source>
        <translation>本机和服务器上都修改了：%1</translation>
    </message>
    <message>
        <source>On the server (shown now)</source>
        <translation>服务器上的值（当前显示）</translation>
    </message>
    <message>
        <source>Yours (kept for review)</source>
        <translation>您的值（留待审核）</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>On the server before review</source>
        <translation>审核前服务器上的值</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>您的值</translation>
    </message>
</context>
<context>
    <name>SyncProblemWords</name>
    <message>
        <source>Creating it</source>
        <translation>新建记录</translation>
    </message>
    <message>
        <source>Deleting it</source>
        <translation>删除记录</translation>
    </message>
    <message>
        <source>Changes to: %1</source>
        <translation>修改了：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>You may not change this record: it is not in one of your projects, or your role does not allow this change.</source>
        <translation>您无权修改此记录：该记录不属于您参与的项目，或您的角色不允许此修改。</translation>
    </message>
    <message>
        <source>The server cannot accept it as it is:</source>
        <translation>服务器无法按原样接受：</translation>
    </message>
    <message>
        <source>A record not on this tablet</source>
        <translation>本机上没有的记录</translation>
    </message>
    <message>
        <source>Deleted on one side, changed on the other</source>
        <translation>一方已删除，另一方已修改</translation>
    </message>
    <message>
        <source>Signature of %1</source>
        <translation>%1 的签字</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>kept the server&apos;s value</source>
        <translation>保留服务器上的值</translation>
    </message>
    <message>
        <source>kept your value</source>
        <translation>保留您的值</translation>
    </message>
    <message>
        <source>a new value: %1</source>
        <translation>改为新值“%1”</translation>
    </message>
    <message>
        <source>Resolved by %1 on %2: %3</source>
        <translation>已由 %1 于 %2 裁定：%3</translation>
    </message>
</context>
<context>
    <name>SyncProblemsModel</name>
    <message>
        <source>This could not be dismissed: %1</source>
        <translation>无法移除此问题：%1</translation>
    </message>
</context>
<context>
    <name>SyncProblemsPage</name>
    <message>
        <source>Sync problems</source>
        <translation>同步问题</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Nothing to review: no change was refused and no conflict was reported.</source>
        <translation>没有需要处理的问题：没有被拒绝的修改，也没有冲突。</translation>
    </message>
    <message>
        <source>A refused change is not sent again: if it is still needed, make it again in a way the server accepts. In a conflict the server&apos;s value is shown and yours is kept for the back office until a reviewer settles it; a settled one says who decided and how. Dismiss a problem once you have dealt with it.</source>
        <translation>被拒绝的修改不会再次发送：如仍需要，请按服务器能接受的方式重新修改。发生冲突时显示服务器上的值，您的值会保留供后台审核，直至审核人员裁定；已裁定的冲突会注明裁定人及处理方式。问题处理完毕后，请点击“已处理”。</translation>
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
    <message>
        <source>Sign-in needed</source>
        <translation>需要登录</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) waiting to upload</source>
        <translation>
            <numerusform>%n 张照片待上传</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>重新登录</translation>
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
    <name>VisitEditor</name>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>This visit is not on this tablet: it may have been deleted.</source>
        <translation>本机上没有此回访，可能已被删除。</translation>
    </message>
    <message>
        <source>This visit could not be read from the tablet&apos;s database: %1</source>
        <translation>无法从本机数据库读取此回访：%1</translation>
    </message>
    <message>
        <source>No visit is open.</source>
        <translation>没有打开的回访。</translation>
    </message>
    <message>
        <source>This visit has been submitted and can no longer be changed.</source>
        <translation>此回访已提交，不能再修改。</translation>
    </message>
    <message>
        <source>A visit that is %1 cannot become %2.</source>
        <translation>状态为“%1”的回访不能变为“%2”。</translation>
    </message>
    <message>
        <source>Not submitted yet. Still missing: %1.</source>
        <translation>尚未提交，还缺少：%1。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>VisitFactsCard</name>
    <message>
        <source>Visit</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Kind of visit</source>
        <translation>回访类型</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>回访方式</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>%1 开始</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Address of the visit</source>
        <translation>回访地址</translation>
    </message>
</context>
<context>
    <name>VisitFormLeftColumn</name>
    <message>
        <source>Who took part</source>
        <translation>参加人员</translation>
    </message>
    <message>
        <source>Visitors (our staff)</source>
        <translation>回访人员（我方）</translation>
    </message>
    <message>
        <source>Present at the customer</source>
        <translation>客户方参加人员</translation>
    </message>
</context>
<context>
    <name>VisitFormRightColumn</name>
    <message>
        <source>Visit record</source>
        <translation>回访记录</translation>
    </message>
    <message>
        <source>Running status *</source>
        <translation>运行情况 *</translation>
    </message>
    <message>
        <source>Does the system run as expected? Faults, performance, how it is used</source>
        <translation>系统运行是否正常？故障、性能、使用情况</translation>
    </message>
    <message>
        <source>Changed needs</source>
        <translation>需求变化</translation>
    </message>
    <message>
        <source>New functions or services the customer now needs</source>
        <translation>客户新提出的功能或服务需求</translation>
    </message>
    <message>
        <source>Potential needs</source>
        <translation>潜在需求</translation>
    </message>
    <message>
        <source>Expansion plans, upgrades, interest in other products</source>
        <translation>扩展计划、升级意向、对其他产品的兴趣</translation>
    </message>
    <message>
        <source>Competitor information</source>
        <translation>竞争对手信息</translation>
    </message>
    <message>
        <source>Competitors&apos; products, strengths and weaknesses, why the customer chose us</source>
        <translation>竞争对手的产品及优劣势，客户选择我们的原因</translation>
    </message>
    <message>
        <source>In the customer&apos;s words</source>
        <translation>客户原话</translation>
    </message>
    <message>
        <source>The customer&apos;s own words</source>
        <translation>原话记录</translation>
    </message>
    <message>
        <source>Important remarks, word for word</source>
        <translation>重要意见，请逐字记录</translation>
    </message>
    <message>
        <source>Solved on the spot</source>
        <translation>现场解决</translation>
    </message>
    <message>
        <source>What was solved during the visit, and how</source>
        <translation>回访中现场解决了哪些问题，如何解决</translation>
    </message>
    <message>
        <source>Customer&apos;s signature</source>
        <translation>客户签字</translation>
    </message>
</context>
<context>
    <name>VisitIssueModel</name>
    <message>
        <source>Solved on the spot during the visit</source>
        <translation>回访时已现场解决</translation>
    </message>
    <message>
        <source>Give the issue a title.</source>
        <translation>请填写问题标题。</translation>
    </message>
    <message>
        <source>Only a minor issue can be recorded as solved on the spot.</source>
        <translation>只有轻微问题才能记为现场解决。</translation>
    </message>
    <message>
        <source>The issue was not saved: %1</source>
        <translation>问题未保存：%1</translation>
    </message>
    <message>
        <source>No visit is open.</source>
        <translation>没有打开的回访。</translation>
    </message>
    <message>
        <source>This issue is no longer on this tablet.</source>
        <translation>此问题已不在本机上。</translation>
    </message>
</context>
<context>
    <name>VisitIssuesCard</name>
    <message>
        <source>Issues raised</source>
        <translation>提出的问题</translation>
    </message>
    <message>
        <source>Solved on the spot</source>
        <translation>现场解决</translation>
    </message>
    <message>
        <source>No issues raised.</source>
        <translation>未提出问题。</translation>
    </message>
    <message>
        <source>Raise an issue</source>
        <translation>登记问题</translation>
    </message>
</context>
<context>
    <name>VisitLabels</name>
    <message>
        <source>Project quality</source>
        <translation>项目质量</translation>
    </message>
    <message>
        <source>Delivery time</source>
        <translation>交付时间</translation>
    </message>
    <message>
        <source>Service attitude</source>
        <translation>服务态度</translation>
    </message>
    <message>
        <source>Technical support</source>
        <translation>技术支持</translation>
    </message>
    <message>
        <source>Communication and collaboration</source>
        <translation>沟通协作</translation>
    </message>
    <message>
        <source>Professional ability</source>
        <translation>专业能力</translation>
    </message>
    <message>
        <source>Problem solving</source>
        <translation>解决问题能力</translation>
    </message>
    <message>
        <source>start the visit and finish it (the actual times)</source>
        <translation>开始和结束回访（实际时间）</translation>
    </message>
    <message>
        <source>finish the visit (the actual end time)</source>
        <translation>结束回访（实际结束时间）</translation>
    </message>
    <message>
        <source>who visited</source>
        <translation>回访人员</translation>
    </message>
    <message>
        <source>who was present at the customer</source>
        <translation>客户方参加人员</translation>
    </message>
    <message>
        <source>the running status</source>
        <translation>运行情况</translation>
    </message>
    <message>
        <source>a score for %1</source>
        <translation>“%1”评分</translation>
    </message>
    <message>
        <source>the reason for the %1 score</source>
        <translation>“%1”评分的原因</translation>
    </message>
    <message>
        <source>the customer&apos;s signature</source>
        <translation>客户签字</translation>
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
<context>
    <name>VisitPage</name>
    <message>
        <source>Returned for rework: %1</source>
        <translation>已退回修改：%1</translation>
    </message>
    <message>
        <source>Review comment: %1</source>
        <translation>审核意见：%1</translation>
    </message>
</context>
<context>
    <name>VisitSubmitBar</name>
    <message>
        <source>This record is %1 and can no longer be changed.</source>
        <translation>此记录%1，不能再修改。</translation>
    </message>
    <message>
        <source>Everything the form needs is there.</source>
        <translation>表单内容已填写完整。</translation>
    </message>
    <message>
        <source>Still missing: %1</source>
        <translation>还缺少：%1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Start visit</source>
        <translation>开始回访</translation>
    </message>
    <message>
        <source>Finish visit</source>
        <translation>结束回访</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>提交审核</translation>
    </message>
</context>
</TS>
