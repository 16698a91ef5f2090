<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AfterSaleRoom</name>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Cause analysis</source>
        <translation>原因分析</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>调查</translation>
    </message>
    <message>
        <source>After-sale</source>
        <translation>售后</translation>
    </message>
</context>
<context>
    <name>AnalysisRoom</name>
    <message>
        <source>Portfolio PDF…</source>
        <translation>客户组合 PDF…</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>业务员</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>客户类别</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Intent × quality</source>
        <translation>意愿 × 素质</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>ABCD 等级</translation>
    </message>
    <message>
        <source>Visit time</source>
        <translation>拜访时间</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>评估问卷</translation>
    </message>
    <message>
        <source>How scoring works</source>
        <translation>评分说明</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>分析(&amp;A)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>客户状态分析</translation>
    </message>
    <message>
        <source>All reps</source>
        <translation>全部业务员</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <source>Save portfolio report</source>
        <translation>保存客户组合报告</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>正在生成报告…</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Desktop CRM</source>
        <translation>桌面客户管理</translation>
    </message>
    <message>
        <source>There is no database at %1.
Create a new, empty database there?</source>
        <translation>%1 处没有数据库。
要在那里新建一个空数据库吗？</translation>
    </message>
    <message>
        <source>Restored from %1; the previous file is kept as %2.</source>
        <translation>已从 %1 恢复；原来的文件另存为 %2。</translation>
    </message>
    <message>
        <source>Not restored: %1</source>
        <translation>未恢复：%1</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <source>This assessment has not been saved.</source>
        <translation>这份评估还没有保存。</translation>
    </message>
    <message>
        <source>Save it before closing?</source>
        <translation>关闭前先保存吗？</translation>
    </message>
    <message>
        <source>Assess %1</source>
        <translation>评估 %1</translation>
    </message>
    <message>
        <source>(the customer as a whole)</source>
        <translation>（客户整体）</translation>
    </message>
    <message>
        <source>(not on a visit)</source>
        <translation>（非拜访时）</translation>
    </message>
    <message>
        <source>Visit %1</source>
        <translation>拜访 %1</translation>
    </message>
    <message>
        <source>Overall note (optional)</source>
        <translation>总体备注（可不填）</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <source>Rate each question 1–5; the grey line says what 1, 3 and 5 mean. Leave “?” when you do not know: it is left out of the score.</source>
        <translation>每道题打 1–5 分，灰色小字说明 1、3、5 分各代表什么。不清楚时保持“?”：该题不计入得分。</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>已答 %1 / %2 题</translation>
    </message>
    <message>
        <source>Intent</source>
        <translation>意愿</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>素质</translation>
    </message>
    <message>
        <source>Answer both questionnaires to see the quadrant.</source>
        <translation>两份问卷都作答后即可看到所属象限。</translation>
    </message>
    <message>
        <source>Rate at least one question before saving.</source>
        <translation>请至少为一道题打分后再保存。</translation>
    </message>
    <message>
        <source>Overall note</source>
        <translation>总体备注</translation>
    </message>
    <message>
        <source>%1, question %2</source>
        <translation>%1 第 %2 题</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>AssessmentReport</name>
    <message>
        <source>not computed yet</source>
        <translation>尚未计算</translation>
    </message>
    <message>
        <source>%1 (set by hand, computed: %2)</source>
        <translation>%1（手工设定，计算结果：%2）</translation>
    </message>
    <message>
        <source>%1 (computed from the last 12 months)</source>
        <translation>%1（按最近 12 个月计算）</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>业务员</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Key-customer category</source>
        <translation>客户类别</translation>
    </message>
    <message>
        <source>Personality type</source>
        <translation>顾客类型</translation>
    </message>
    <message>
        <source>not rated yet</source>
        <translation>尚未评定</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>已答 %1 / %2 题</translation>
    </message>
    <message>
        <source>Intent score</source>
        <translation>意愿得分</translation>
    </message>
    <message>
        <source>Quality score</source>
        <translation>素质得分</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>象限</translation>
    </message>
    <message>
        <source>No quadrant: a questionnaire has no answers.</source>
        <translation>无象限：有一份问卷没有作答。</translation>
    </message>
    <message>
        <source>High means a score of at least %1 (intent) and %2 (quality).</source>
        <translation>“高”指意愿得分不低于 %1、素质得分不低于 %2。</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>素质</translation>
    </message>
    <message>
        <source>Intent</source>
        <translation>意愿</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>(reverse-scored)</source>
        <translation>（反向计分）</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>未作答</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>第 %1 版</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历次评估</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>By</source>
        <translation>评估人</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Customer assessment</source>
        <translation>客户状态分析报告</translation>
    </message>
    <message>
        <source>This customer has not been assessed yet.</source>
        <translation>该客户尚未评估。</translation>
    </message>
    <message>
        <source>Assessed on %1 by %2</source>
        <translation>%1 由 %2 评估</translation>
    </message>
    <message>
        <source>contact: %1</source>
        <translation>联系人：%1</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>得分</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>Created</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Overwrote</source>
        <translation>覆盖</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Moved to the trash</source>
        <translation>移入回收站</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Deleted permanently</source>
        <translation>永久删除</translation>
    </message>
    <message>
        <source>Reassigned</source>
        <translation>转交</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>认领</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Set the password</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Failed sign-in</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>Undid an import</source>
        <translation>撤销了导入</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>已合并</translation>
    </message>
    <message>
        <source>Unmerged</source>
        <translation>已撤销合并</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>成交记录</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>状态分析</translation>
    </message>
    <message>
        <source>Personality</source>
        <translation>性格类型</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Pipeline stages</source>
        <translation>商机阶段</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>调查</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>评估日期</translation>
    </message>
    <message>
        <source>Intent score</source>
        <translation>意向得分</translation>
    </message>
    <message>
        <source>Quality score</source>
        <translation>质量得分</translation>
    </message>
    <message>
        <source>Expressiveness</source>
        <translation>表达性</translation>
    </message>
    <message>
        <source>Emotionality</source>
        <translation>情感性</translation>
    </message>
    <message>
        <source>Rated on</source>
        <translation>评定日期</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在职</translation>
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
        <source>Auto-return to the shared pool</source>
        <translation>自动退回公海</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <source>Every action</source>
        <translation>所有操作</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>加载更多</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>%1 entries shown</source>
        <translation>已显示 %1 条</translation>
    </message>
    <message>
        <source>%1 entries shown; Load more for older ones</source>
        <translation>已显示 %1 条；点“加载更多”查看更早的记录</translation>
    </message>
    <message>
        <source>The log could not be read: %1</source>
        <translation>无法读取日志：%1</translation>
    </message>
</context>
<context>
    <name>AuditTable</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation>修改前 → 修改后</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>（无人）</translation>
    </message>
    <message>
        <source>%1 with “%2”</source>
        <translation>%1（与“%2”）</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Backups (*.sqlite3)</source>
        <translation>备份文件 (*.sqlite3)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Replace the current database with the backup %1?
The current file is kept aside beside it, so this can be undone by hand.</source>
        <translation>用备份 %1 替换当前数据库吗？
当前文件会另存在旁边，必要时可以手动还原。</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>更改…</translation>
    </message>
    <message>
        <source>Use the default</source>
        <translation>使用默认位置</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <source>A copy is taken at the first start of each day; 7 daily and 4 weekly copies are kept.</source>
        <translation>每天第一次启动时自动备份一份；保留最近 7 份每日备份和 4 份每周备份。</translation>
    </message>
    <message>
        <source>On a PostgreSQL server, Back up now saves a pg_dump archive; restore a server with pg_restore (see the README).</source>
        <translation>在 PostgreSQL 服务器上，“立即备份”会保存一份 pg_dump 归档；恢复服务器请使用 pg_restore（见 README）。</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份文件</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Restore selected…</source>
        <translation>恢复所选备份…</translation>
    </message>
    <message>
        <source>Restore from a file…</source>
        <translation>从文件恢复…</translation>
    </message>
    <message>
        <source>Only an owner restores a backup.</source>
        <translation>只有主管可以恢复备份。</translation>
    </message>
    <message>
        <source>Only an owner or an office clerk backs up.</source>
        <translation>只有主管或销售内勤可以备份。</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>No backups in this folder yet.</source>
        <translation>此文件夹中还没有备份。</translation>
    </message>
    <message>
        <source>Archives (*.dump)</source>
        <translation>归档文件 (*.dump)</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>已备份到 %1。</translation>
    </message>
</context>
<context>
    <name>CausesPage</name>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <source>The last 3 months</source>
        <translation>最近 3 个月</translation>
    </message>
    <message>
        <source>The last 12 months</source>
        <translation>最近 12 个月</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <source>Every rep</source>
        <translation>全部业务员</translation>
    </message>
    <message>
        <source>&amp;Report PDF…</source>
        <translation>报告 PDF(&amp;R)…</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉数</translation>
    </message>
    <message>
        <source>Of them late</source>
        <translation>其中逾期</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>业务员</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Complaints received</source>
        <translation>收到投诉</translation>
    </message>
    <message>
        <source>By product</source>
        <translation>按产品</translation>
    </message>
    <message>
        <source>By rep</source>
        <translation>按业务员</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>按月份</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>Complaints &amp;report…</source>
        <translation>投诉报告(&amp;R)…</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 complaints · %2 resolved on time · %3 late · %4 open, not yet due · on time: %5</source>
        <translation>共 %1 件投诉 · 按时解决 %2 件 · 逾期 %3 件 · 未解决且未到期 %4 件 · 按时率 %5</translation>
    </message>
    <message>
        <source>(no product named)</source>
        <translation>（未填写产品）</translation>
    </message>
    <message>
        <source>Other products</source>
        <translation>其他产品</translation>
    </message>
    <message>
        <source>(pool)</source>
        <translation>（公共客户）</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>Save the complaints report</source>
        <translation>保存投诉报告</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the complaints report…</source>
        <translation>正在生成投诉报告…</translation>
    </message>
    <message>
        <source>Cause analysis</source>
        <translation>原因分析</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>What the import would do with each row. Nothing is written yet.</source>
        <translation>导入会如何处理每一行。现在还什么都没有写入。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>全部行</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Creates</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Save error file…</source>
        <translation>保存错误文件…</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>重新检查</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Reading and checking the file…</source>
        <translation>正在读取并检查文件…</translation>
    </message>
    <message>
        <source>Further down the file, the dates in “%1” read as day/month and month/day alike: go Back and say which day they mean.</source>
        <translation>文件后面的部分中，“%1”里的日期既可读作日/月也可读作月/日：请返回上一步说明它们指哪一天。</translation>
    </message>
    <message>
        <source>Nothing to import: no row creates or updates a customer.</source>
        <translation>没有可导入的内容：没有一行会新建或更新客户。</translation>
    </message>
    <message>
        <source>The rows with errors are left out; save them as a file to fix them.</source>
        <translation>有错误的行不会导入；可另存为文件，改好后再导入。</translation>
    </message>
    <message>
        <source>Every row reads well.</source>
        <translation>每一行都能正确读取。</translation>
    </message>
    <message>
        <source>Check cancelled.</source>
        <translation>检查已取消。</translation>
    </message>
</context>
<context>
    <name>ChildTables</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>影响力</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>添加一行</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>删除所选行</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>第 %1 行，%2：%3</translation>
    </message>
</context>
<context>
    <name>Choice</name>
    <message>
        <source>Sole proprietorship</source>
        <translation>个人独资企业</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>合伙企业</translation>
    </message>
    <message>
        <source>Limited company</source>
        <translation>有限责任公司</translation>
    </message>
    <message>
        <source>Joint-stock company</source>
        <translation>股份有限公司</translation>
    </message>
    <message>
        <source>State-owned</source>
        <translation>国有企业</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>个体户</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Metropolis</source>
        <translation>特大城市</translation>
    </message>
    <message>
        <source>Large city</source>
        <translation>大城市</translation>
    </message>
    <message>
        <source>Medium city</source>
        <translation>中等城市</translation>
    </message>
    <message>
        <source>Small city</source>
        <translation>小城市</translation>
    </message>
    <message>
        <source>County town</source>
        <translation>县城</translation>
    </message>
    <message>
        <source>Rural</source>
        <translation>乡村</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不使用</translation>
    </message>
    <message>
        <source>Occasionally</source>
        <translation>偶尔使用</translation>
    </message>
    <message>
        <source>Often</source>
        <translation>经常使用</translation>
    </message>
    <message>
        <source>Non-user</source>
        <translation>非用户</translation>
    </message>
    <message>
        <source>Former user</source>
        <translation>曾经使用</translation>
    </message>
    <message>
        <source>Potential user</source>
        <translation>潜在用户</translation>
    </message>
    <message>
        <source>First-time user</source>
        <translation>首次使用</translation>
    </message>
    <message>
        <source>Regular user</source>
        <translation>经常使用者</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>强</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>非常强</translation>
    </message>
    <message>
        <source>Enthusiastic</source>
        <translation>热情</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>肯定</translation>
    </message>
    <message>
        <source>Concerned</source>
        <translation>关注</translation>
    </message>
    <message>
        <source>Indifferent</source>
        <translation>不关心</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>否定</translation>
    </message>
    <message>
        <source>Hostile</source>
        <translation>敌视</translation>
    </message>
    <message>
        <source>Key customer</source>
        <translation>重点客户</translation>
    </message>
    <message>
        <source>Ordinary customer</source>
        <translation>普通客户</translation>
    </message>
    <message>
        <source>Potential customer</source>
        <translation>有可能成为客户的对象</translation>
    </message>
    <message>
        <source>Unattractive prospect</source>
        <translation>没有吸引力的对象</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Mobile / SMS</source>
        <translation>手机／短信</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>传真</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>良好</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>需关注</translation>
    </message>
    <message>
        <source>Bad</source>
        <translation>差</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>决策者</translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation>影响者</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>采购者</translation>
    </message>
    <message>
        <source>User</source>
        <translation>使用者</translation>
    </message>
    <message>
        <source>Gatekeeper</source>
        <translation>把关者</translation>
    </message>
    <message>
        <source>Decisive</source>
        <translation>决定性</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Face to face</source>
        <translation>面谈</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>视频通话</translation>
    </message>
    <message>
        <source>Customer comes to us</source>
        <translation>客户来访</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>未赴约</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>部分</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <source>The columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Say which field each column of the file goes into.</source>
        <translation>指定文件的每一列导入到哪个字段。</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>示例</translation>
    </message>
    <message>
        <source>Import into</source>
        <translation>导入到</translation>
    </message>
    <message>
        <source>Save this mapping for files with these columns</source>
        <translation>为具有这些列的文件保存此对应关系</translation>
    </message>
    <message>
        <source>— ignore —</source>
        <translation>— 忽略 —</translation>
    </message>
    <message>
        <source>“%1” is chosen for more than one column: %2.</source>
        <translation>“%1”被选给了多列：%2。</translation>
    </message>
    <message>
        <source>Choose the column for “%1”: every row needs it.</source>
        <translation>请为“%1”选择一列：每一行都需要它。</translation>
    </message>
    <message>
        <source>Choose a field for at least one column.</source>
        <translation>请至少为一列选择字段。</translation>
    </message>
</context>
<context>
    <name>Complaint</name>
    <message>
        <source>Inattention (not cared for)</source>
        <translation>怠慢（没有被关心）</translation>
    </message>
    <message>
        <source>Wants to be heard</source>
        <translation>希望被倾听</translation>
    </message>
    <message>
        <source>A friend&apos;s negative opinion</source>
        <translation>朋友的负面意见</translation>
    </message>
    <message>
        <source>Wrong information or misunderstanding</source>
        <translation>信息错误或误解</translation>
    </message>
    <message>
        <source>Overall disappointment</source>
        <translation>整体失望</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>当面</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>信函</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新登记</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Called back</source>
        <translation>已回访</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Fairly satisfied</source>
        <translation>较满意</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Fairly dissatisfied</source>
        <translation>较不满意</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <source>Register a complaint</source>
        <translation>登记投诉</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>e.g. split air conditioner KFR-35</source>
        <translation>例如：分体空调 KFR-35</translation>
    </message>
    <message>
        <source>What happened, in the customer&apos;s words</source>
        <translation>发生了什么（客户的原话）</translation>
    </message>
    <message>
        <source>Not judged yet</source>
        <translation>尚未判定</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Not valid</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>(me)</source>
        <translation>（我）</translation>
    </message>
    <message>
        <source>Called back on</source>
        <translation>回访日期</translation>
    </message>
    <message>
        <source>(not asked)</source>
        <translation>（未询问）</translation>
    </message>
    <message>
        <source>Set the deadline by hand</source>
        <translation>手动设定期限</translation>
    </message>
    <message>
        <source>Why this deadline (required)</source>
        <translation>为何设此期限（必填）</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>About the cause</source>
        <translation>原因说明</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Steps taken</source>
        <translation>处理步骤</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>解决结果</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>补偿</translation>
    </message>
    <message>
        <source>Compensation (¥)</source>
        <translation>补偿金额（¥）</translation>
    </message>
    <message>
        <source>Call-back</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Call-back result</source>
        <translation>回访结果</translation>
    </message>
    <message>
        <source>Satisfaction after</source>
        <translation>处理后满意度</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>处理</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>outside the home region</source>
        <translation>在本地区以外</translation>
    </message>
    <message>
        <source>inside the home region</source>
        <translation>在本地区以内</translation>
    </message>
    <message>
        <source>Due %1 (customer %2).</source>
        <translation>期限 %1（客户%2）。</translation>
    </message>
    <message>
        <source>Someone else changed this complaint after you opened it. It is shown again as it is now; please redo your change.</source>
        <translation>你打开这条投诉后，有人修改了它。现已重新显示最新内容，请重新修改。</translation>
    </message>
</context>
<context>
    <name>ComplaintsPage</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>resolved on time</source>
        <translation>按时解决</translation>
    </message>
    <message>
        <source>resolved %1 late</source>
        <translation>逾期 %1 解决</translation>
    </message>
    <message>
        <source>late by %1</source>
        <translation>已逾期 %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未结</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Every rep</source>
        <translation>所有业务员</translation>
    </message>
    <message>
        <source>Search customer, product, what happened…</source>
        <translation>搜索客户、产品、投诉内容…</translation>
    </message>
    <message>
        <source>&amp;New complaint…</source>
        <translation>新投诉(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Next &amp;status</source>
        <translation>下一状态(&amp;S)</translation>
    </message>
    <message>
        <source>Reply &amp;letter…</source>
        <translation>回复函(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Edit complaint…</source>
        <translation>编辑投诉(&amp;E)…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>This month: %1 complaints · %2 resolved on time · %3 late · %4 open, not yet due</source>
        <translation>本月：共 %1 件投诉 · 按时解决 %2 件 · 逾期 %3 件 · 未解决且未到期 %4 件</translation>
    </message>
    <message>
        <source>Next status</source>
        <translation>下一状态</translation>
    </message>
    <message>
        <source>Fill in the call-back on the Handling tab first.</source>
        <translation>请先在“处理”页填写回访。</translation>
    </message>
</context>
<context>
    <name>ComplaintsReport</name>
    <message>
        <source>on time</source>
        <translation>按时</translation>
    </message>
    <message>
        <source>resolved late</source>
        <translation>逾期解决</translation>
    </message>
    <message>
        <source>open, late</source>
        <translation>未解决，已逾期</translation>
    </message>
    <message>
        <source>open, due soon</source>
        <translation>未解决，即将到期</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未解决</translation>
    </message>
    <message>
        <source>Complaints received</source>
        <translation>收到的投诉</translation>
    </message>
    <message>
        <source>Resolved on time</source>
        <translation>按时解决</translation>
    </message>
    <message>
        <source>Late (resolved late, or open past the deadline)</source>
        <translation>逾期（解决时已过期限，或未解决且已过期限）</translation>
    </message>
    <message>
        <source>Open, not yet due</source>
        <translation>未解决，尚未到期</translation>
    </message>
    <message>
        <source>On time, of those settled or late</source>
        <translation>按时率（已解决或已逾期的投诉中）</translation>
    </message>
    <message>
        <source>Causes (Pareto)</source>
        <translation>投诉原因（帕累托分析）</translation>
    </message>
    <message>
        <source>No complaint came in.</source>
        <translation>本期没有收到投诉。</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉数</translation>
    </message>
    <message>
        <source>Cumulative share</source>
        <translation>累计占比</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>累计</translation>
    </message>
    <message>
        <source>Of them late</source>
        <translation>其中逾期</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到时间</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>The complaints (%1)</source>
        <translation>投诉明细（%1）</translation>
    </message>
    <message>
        <source>Only the first %1 are listed.</source>
        <translation>只列出前 %1 条。</translation>
    </message>
    <message>
        <source>Complaints of %1</source>
        <translation>%1 的投诉</translation>
    </message>
    <message>
        <source>Complaints and their causes</source>
        <translation>投诉及原因分析</translation>
    </message>
    <message>
        <source>On time: resolved by the deadline (12 h inside the home region, 24 h outside, unless set otherwise). Late: resolved after it, or open past it.</source>
        <translation>按时：在期限内解决（本地区 12 小时，外地 24 小时，可在设置中修改）。逾期：超过期限才解决，或已过期限仍未解决。</translation>
    </message>
    <message>
        <source>Against the deadline</source>
        <translation>期限执行情况</translation>
    </message>
    <message>
        <source>(no product named)</source>
        <translation>（未填写产品）</translation>
    </message>
    <message>
        <source>Other products</source>
        <translation>其他产品</translation>
    </message>
    <message>
        <source>By product</source>
        <translation>按产品</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>(pool)</source>
        <translation>（公共客户）</translation>
    </message>
    <message>
        <source>By rep</source>
        <translation>按业务员</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>业务员</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>按月份</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Saved by someone else</source>
        <translation>已被他人保存</translation>
    </message>
    <message>
        <source>“%1” was deleted permanently by someone else after you opened it. Your changes cannot be saved to it.</source>
        <translation>在您打开“%1”之后，其他人已将其永久删除。您的修改无法保存到该客户。</translation>
    </message>
    <message>
        <source>Someone else saved a newer version of “%1” after you opened it.

Reload: discard your changes and show their version.
Overwrite: save your version over theirs (their changes are lost).
Cancel: keep editing; nothing is saved yet.</source>
        <translation>在您打开“%1”之后，其他人保存了更新的版本。

重新载入：放弃您的修改，显示对方的版本。
覆盖：用您的版本覆盖对方的版本（对方的修改将丢失）。
取消：继续编辑，暂不保存。</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新载入</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>覆盖</translation>
    </message>
    <message>
        <source>Close it</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>CustomerField</name>
    <message>
        <source>Basic details</source>
        <translation>基本资料</translation>
    </message>
    <message>
        <source>Business details</source>
        <translation>商业细节</translation>
    </message>
    <message>
        <source>Personal details</source>
        <translation>个人细节</translation>
    </message>
    <message>
        <source>Logistics details</source>
        <translation>后勤细节</translation>
    </message>
    <message>
        <source>Business record</source>
        <translation>商业记录</translation>
    </message>
    <message>
        <source>Segmentation</source>
        <translation>市场细分</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>传真</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>开户银行</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>银行账号</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>税号</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>Owner / manager</source>
        <translation>负责人／经理</translation>
    </message>
    <message>
        <source>Founding date</source>
        <translation>成立日期</translation>
    </message>
    <message>
        <source>Company form</source>
        <translation>企业形式</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>资产</translation>
    </message>
    <message>
        <source>First trade date</source>
        <translation>首次交易日期</translation>
    </message>
    <message>
        <source>Development plans</source>
        <translation>发展计划</translation>
    </message>
    <message>
        <source>Fiscal year start</source>
        <translation>财年开始</translation>
    </message>
    <message>
        <source>Fiscal year end</source>
        <translation>财年结束</translation>
    </message>
    <message>
        <source>Service area</source>
        <translation>服务区域</translation>
    </message>
    <message>
        <source>Sales capacity</source>
        <translation>销售能力</translation>
    </message>
    <message>
        <source>Growth potential</source>
        <translation>发展潜力</translation>
    </message>
    <message>
        <source>Business philosophy</source>
        <translation>经营理念</translation>
    </message>
    <message>
        <source>Direction and policies</source>
        <translation>经营方向与政策</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>规模</translation>
    </message>
    <message>
        <source>Characteristics</source>
        <translation>特点</translation>
    </message>
    <message>
        <source>Relations with competitors</source>
        <translation>与竞争对手的关系</translation>
    </message>
    <message>
        <source>Cooperation attitude</source>
        <translation>合作态度</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>City size</source>
        <translation>城市规模</translation>
    </message>
    <message>
        <source>Usage rate</source>
        <translation>使用率</translation>
    </message>
    <message>
        <source>User status</source>
        <translation>用户状态</translation>
    </message>
    <message>
        <source>Brand loyalty</source>
        <translation>品牌忠诚度</translation>
    </message>
    <message>
        <source>Attitude to our product</source>
        <translation>对本公司产品的态度</translation>
    </message>
    <message>
        <source>Key-customer category</source>
        <translation>重点客户分类</translation>
    </message>
    <message>
        <source>Manual tier</source>
        <translation>手动等级</translation>
    </message>
    <message>
        <source>Reason for manual tier</source>
        <translation>手动等级原因</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Lunar birthday</source>
        <translation>农历生日</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>兴趣</translation>
    </message>
    <message>
        <source>Hobbies</source>
        <translation>爱好</translation>
    </message>
    <message>
        <source>Biases and preferences</source>
        <translation>偏见与喜好</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>学历</translation>
    </message>
    <message>
        <source>Priority delivery</source>
        <translation>优先送货</translation>
    </message>
    <message>
        <source>Delivery address</source>
        <translation>送货地址</translation>
    </message>
    <message>
        <source>Receiving hours</source>
        <translation>收货时间</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>Preferred contact times</source>
        <translation>方便联系的时间</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>首选联系方式</translation>
    </message>
    <message>
        <source>Credit status</source>
        <translation>信用状况</translation>
    </message>
    <message>
        <source>Trade terms</source>
        <translation>交易条件</translation>
    </message>
    <message>
        <source>Open problems</source>
        <translation>待解决问题</translation>
    </message>
    <message>
        <source>Our advantages</source>
        <translation>我方优势</translation>
    </message>
    <message>
        <source>Future plans</source>
        <translation>未来计划</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>下一步行动</translation>
    </message>
    <message>
        <source>Next action due</source>
        <translation>下一步行动日期</translation>
    </message>
</context>
<context>
    <name>CustomerForm</name>
    <message>
        <source>Pick a customer in the list, or create a new one (Ctrl+N).</source>
        <translation>请在列表中选择客户，或新建客户（Ctrl+N）。</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>The customer profile in the print preview (Ctrl+P)</source>
        <translation>在打印预览中查看客户资料表 (Ctrl+P)</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>Profile %1% complete</source>
        <translation>资料完整度 %1%</translation>
    </message>
    <message>
        <source>Nothing missing.</source>
        <translation>资料已完整。</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>缺少：%1</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>等另外 %1 项</translation>
    </message>
    <message>
        <source>Customer profile</source>
        <translation>客户资料表</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>正在准备…</translation>
    </message>
    <message>
        <source>Saved. PDFs cannot print %1 in the names: they show □ instead.</source>
        <translation>已保存。PDF 无法打印名称中的 %1，将显示为 □。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Not saved: correct the values marked in red (%1).</source>
        <translation>未保存：请更正标红的内容（%1 处）。</translation>
    </message>
    <message>
        <source>Customer not found</source>
        <translation>找不到客户</translation>
    </message>
    <message>
        <source>This customer no longer exists.</source>
        <translation>该客户已不存在。</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <source>The customer could not be saved:
%1</source>
        <translation>无法保存客户：
%1</translation>
    </message>
    <message>
        <source>Pick a customer from the suggestions.</source>
        <translation>请从提示列表中选择客户。</translation>
    </message>
    <message>
        <source>“Referred by”: pick a customer from the suggestions.</source>
        <translation>“介绍人”：请从提示列表中选择客户。</translation>
    </message>
</context>
<context>
    <name>CustomerListModel</name>
    <message>
        <source>Rep</source>
        <translation>业务员</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>匹配于</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Tier set by hand</source>
        <translation>手动设定的等级</translation>
    </message>
</context>
<context>
    <name>CustomerListPanel</name>
    <message>
        <source>Find: name, company, phone, contact… (Ctrl+F)</source>
        <translation>查找：姓名、公司、电话、联系人…（Ctrl+F）</translation>
    </message>
    <message>
        <source>Shared pool</source>
        <translation>公海</translation>
    </message>
    <message>
        <source>All reps</source>
        <translation>全部业务员</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <source>All cities</source>
        <translation>全部城市</translation>
    </message>
    <message>
        <source>Matches: %1</source>
        <translation>共 %1 个客户</translation>
    </message>
    <message>
        <source>Cannot read the list</source>
        <translation>无法读取列表</translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <source>Type to find a customer…</source>
        <translation>输入以查找客户…</translation>
    </message>
</context>
<context>
    <name>CustomerProfile</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>%1 deals, total %2, average %3</source>
        <translation>共 %1 笔交易，合计 %2，平均 %3</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>交易记录</translation>
    </message>
    <message>
        <source>The newest %1 are listed.</source>
        <translation>只列出最近 %1 笔。</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>下一步行动</translation>
    </message>
    <message>
        <source>purpose met: %1</source>
        <translation>达成目的：%1</translation>
    </message>
    <message>
        <source>Recent visits</source>
        <translation>最近拜访</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>状态分析</translation>
    </message>
    <message>
        <source>not assessed yet</source>
        <translation>尚未评估</translation>
    </message>
    <message>
        <source>intent %1, quality %2</source>
        <translation>意愿 %1，素质 %2</translation>
    </message>
    <message>
        <source>%1 on %2 by %3</source>
        <translation>%1 · %2 由 %3 评估</translation>
    </message>
    <message>
        <source>Personality type</source>
        <translation>顾客类型</translation>
    </message>
    <message>
        <source>State analysis</source>
        <translation>客户状态分析</translation>
    </message>
    <message>
        <source>Customer profile</source>
        <translation>客户资料表</translation>
    </message>
    <message>
        <source>rep: %1</source>
        <translation>业务员：%1</translation>
    </message>
    <message>
        <source>tier %1</source>
        <translation>%1 级</translation>
    </message>
</context>
<context>
    <name>CustomerQuestions</name>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>The customer “%1” has unsaved changes.</source>
        <translation>客户“%1”有未保存的修改。</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>（新客户）</translation>
    </message>
    <message>
        <source>Save them before you go on?</source>
        <translation>是否先保存再继续？</translation>
    </message>
    <message>
        <source>Move “%1” to the trash?</source>
        <translation>将“%1”移到回收站？</translation>
    </message>
    <message>
        <source>Move %1 customers to the trash?</source>
        <translation>将 %1 个客户移到回收站？</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>移到回收站</translation>
    </message>
    <message>
        <source>You can restore them from the trash later.</source>
        <translation>以后可以从回收站恢复。</translation>
    </message>
    <message>
        <source>Delete permanently</source>
        <translation>永久删除</translation>
    </message>
    <message>
        <source>Delete %1 customer(s) permanently, with their contacts and deals?
This cannot be undone.</source>
        <translation>永久删除 %1 个客户及其联系人和交易记录？
此操作无法撤销。</translation>
    </message>
    <message>
        <source>Unmerge</source>
        <translation>撤销合并</translation>
    </message>
    <message>
        <source>Undo the merge of “%2” into “%1”?
“%2” comes back from the trash with its contacts, deals, visits and assessments, and “%1” gets its values from before the merge back.</source>
        <translation>撤销把“%2”并入“%1”的合并吗？
“%2”将连同其联系人、交易、拜访和状态分析从回收站恢复，“%1”恢复为合并前的内容。</translation>
    </message>
</context>
<context>
    <name>CustomersRoom</name>
    <message>
        <source>&amp;New customer</source>
        <translation>新建客户(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>还原(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>Move to &amp;trash</source>
        <translation>移到回收站(&amp;T)</translation>
    </message>
    <message>
        <source>Show t&amp;rash…</source>
        <translation>查看回收站(&amp;R)…</translation>
    </message>
    <message>
        <source>Plan &amp;visit…</source>
        <translation>安排拜访(&amp;V)…</translation>
    </message>
    <message>
        <source>New &amp;opportunity…</source>
        <translation>新建商机(&amp;O)…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>客户(&amp;C)</translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation>查找重复客户(&amp;D)…</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>未导出</translation>
    </message>
    <message>
        <source>“%1” moved to the trash.</source>
        <translation>已将“%1”移到回收站。</translation>
    </message>
    <message>
        <source>%1 customers moved to the trash.</source>
        <translation>已将 %1 个客户移到回收站。</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>First contact</source>
        <translation>初步接触</translation>
    </message>
    <message>
        <source>Needs confirmed</source>
        <translation>需求确认</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>方案报价</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>谈判</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>输单</translation>
    </message>
    <message>
        <source>Close rate</source>
        <translation>成交比率</translation>
    </message>
    <message>
        <source>Deals per visit</source>
        <translation>每次拜访成交</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>Active customers</source>
        <translation>活跃客户</translation>
    </message>
    <message>
        <source>Dormant customers</source>
        <translation>沉睡客户</translation>
    </message>
    <message>
        <source>Visits done</source>
        <translation>完成拜访</translation>
    </message>
    <message>
        <source>Visits per day</source>
        <translation>日均拜访</translation>
    </message>
    <message>
        <source>Against the standard</source>
        <translation>拜访达标率</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>Sales this year</source>
        <translation>本年累计销售</translation>
    </message>
    <message>
        <source>Last year, same days</source>
        <translation>去年同期</translation>
    </message>
    <message>
        <source>Average purchase</source>
        <translation>平均客单价</translation>
    </message>
    <message>
        <source>Purchase frequency</source>
        <translation>购买频率</translation>
    </message>
    <message>
        <source>Sales per rep</source>
        <translation>人均销售额</translation>
    </message>
    <message>
        <source>Retention rate</source>
        <translation>保留率</translation>
    </message>
    <message>
        <source>Top 20 % share</source>
        <translation>前20%客户占比</translation>
    </message>
    <message>
        <source>Overdue next actions</source>
        <translation>逾期跟进</translation>
    </message>
    <message>
        <source>Visits without a result</source>
        <translation>未填结果的拜访</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>在谈商机</translation>
    </message>
    <message>
        <source>Weighted pipeline</source>
        <translation>加权商机</translation>
    </message>
    <message>
        <source>Satisfaction rate</source>
        <translation>满意率</translation>
    </message>
    <message>
        <source>Complaints on time</source>
        <translation>按时处理投诉</translation>
    </message>
    <message>
        <source>Complaints late</source>
        <translation>逾期投诉</translation>
    </message>
</context>
<context>
    <name>DashboardRoom</name>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>上周</translation>
    </message>
    <message>
        <source>A month…</source>
        <translation>指定月份…</translation>
    </message>
    <message>
        <source>A week…</source>
        <translation>指定周…</translation>
    </message>
    <message>
        <source>All reps</source>
        <translation>全部业务员</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Summary PDF…</source>
        <translation>总结 PDF…</translation>
    </message>
    <message>
        <source>The period&apos;s summary in a few pages: figures, a row per rep, charts, a to-do list</source>
        <translation>本期总结，只有几页：关键指标、各业务员一行、图表、待办事项</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时间段</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>业务员</translation>
    </message>
    <message>
        <source>Sales by month</source>
        <translation>每月销售额（今年与去年）</translation>
    </message>
    <message>
        <source>Pipeline by stage</source>
        <translation>各阶段商机</translation>
    </message>
    <message>
        <source>Visits against the standard, per rep</source>
        <translation>拜访与标准对比（按业务员）</translation>
    </message>
    <message>
        <source>Visits against the standard, per week</source>
        <translation>拜访与标准对比（按周）</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>概览(&amp;O)</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>%1 (%2 – %3)</source>
        <translation>%1（%2 – %3）</translation>
    </message>
    <message>
        <source>Save the summary</source>
        <translation>保存总结</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the summary…</source>
        <translation>正在生成总结…</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>正在更新…</translation>
    </message>
</context>
<context>
    <name>DateLineEdit</name>
    <message>
        <source>Choose the day on a calendar (Alt+Down)</source>
        <translation>在日历上选日期（Alt+↓）</translation>
    </message>
</context>
<context>
    <name>DealsEditor</name>
    <message>
        <source>%1 deals · total %2 · average %3 · last purchase %4</source>
        <translation>%1 笔交易 · 合计 %2 · 平均 %3 · 最近购买 %4</translation>
    </message>
</context>
<context>
    <name>DrillDialog</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 rows. Double-click a row to open the customer.</source>
        <translation>共 %1 行。双击一行即打开该客户。</translation>
    </message>
    <message>
        <source>The first %1 of %2 rows. Double-click a row to open the customer.</source>
        <translation>显示 %2 行中的前 %1 行。双击一行即打开该客户。</translation>
    </message>
</context>
<context>
    <name>DrillModel</name>
    <message>
        <source>Created</source>
        <translation>建档日期</translation>
    </message>
    <message>
        <source>Visit on</source>
        <translation>拜访日期</translation>
    </message>
    <message>
        <source>Deal date</source>
        <translation>成交日期</translation>
    </message>
    <message>
        <source>Closed / expected</source>
        <translation>关闭/预计日期</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到时间</translation>
    </message>
    <message>
        <source>Surveyed on</source>
        <translation>调查日期</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Matter / next action</source>
        <translation>事项/下一步行动</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Expected amount</source>
        <translation>预计金额</translation>
    </message>
    <message>
        <source>Satisfaction index</source>
        <translation>满意度指数</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>业务员</translation>
    </message>
</context>
<context>
    <name>DuplicateHint</name>
    <message>
        <source>same phone</source>
        <translation>电话相同</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>邮箱相同</translation>
    </message>
    <message>
        <source>similar company name</source>
        <translation>公司名称相似</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>姓名相似</translation>
    </message>
</context>
<context>
    <name>DuplicateHintLabel</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Possibly the same as %1</source>
        <translation>可能与已有客户重复：%1</translation>
    </message>
    <message>
        <source>(and %1 more)</source>
        <translation>(另有 %1 个)</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Possible duplicate customers</source>
        <translation>可能重复的客户</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>相似度</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>合并…</translation>
    </message>
    <message>
        <source>Merge the two customers selected (or the group of two selected)</source>
        <translation>合并选中的两个客户（或选中的两人一组）</translation>
    </message>
    <message>
        <source>Search again</source>
        <translation>重新查找</translation>
    </message>
    <message>
        <source>Double-click a customer to open it. Select two (Ctrl+click) or a group of two and press Merge… to make them one.</source>
        <translation>双击客户可打开。选中两个客户（Ctrl+单击）或两人一组，再点“合并…”即可合二为一。</translation>
    </message>
    <message>
        <source>Comparing every customer…</source>
        <translation>正在比对所有客户…</translation>
    </message>
    <message>
        <source>%1 groups of possible duplicates (%2 customers).</source>
        <translation>找到 %1 组可能重复的客户(共 %2 个客户)。</translation>
    </message>
    <message>
        <source>No possible duplicates found.</source>
        <translation>没有找到可能重复的客户。</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>%1 个客户</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Customer ID</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
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
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>成交记录</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export customers</source>
        <translation>导出客户</translation>
    </message>
    <message>
        <source>The current list (%1 customers)</source>
        <translation>当前列表（%1 个客户）</translation>
    </message>
    <message>
        <source>The list as shown (%1 customers)</source>
        <translation>列表中显示的客户（%1 个）</translation>
    </message>
    <message>
        <source>Everything (the whole customer file)</source>
        <translation>全部（整个客户档案）</translation>
    </message>
    <message>
        <source>Only the owner may export the whole file.</source>
        <translation>只有老板可以导出全部客户档案。</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel 工作簿 (.xlsx)</translation>
    </message>
    <message>
        <source>CSV (customers, contacts, deals: three files)</source>
        <translation>CSV（客户、联系人、成交记录：三个文件）</translation>
    </message>
    <message>
        <source>vCard (contacts for phones)</source>
        <translation>vCard（导入手机通讯录）</translation>
    </message>
    <message>
        <source>UTF-8 with BOM (Excel, WPS)</source>
        <translation>UTF-8 带 BOM（Excel、WPS）</translation>
    </message>
    <message>
        <source>GB18030 (older Excel, other systems)</source>
        <translation>GB18030（旧版 Excel、其他系统）</translation>
    </message>
    <message>
        <source>3.0 (most phones)</source>
        <translation>3.0（大多数手机）</translation>
    </message>
    <message>
        <source>2.1 (older phones)</source>
        <translation>2.1（老式手机）</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <source>vCard version:</source>
        <translation>vCard 版本：</translation>
    </message>
    <message>
        <source>Export which customers?</source>
        <translation>导出哪些客户？</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>vCard 文件 (*.vcf)</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Exported %1 customers, %2 contacts and %3 deals to %4.</source>
        <translation>已导出 %1 个客户、%2 个联系人和 %3 条成交记录到 %4。</translation>
    </message>
    <message>
        <source>Contacts and deals: %1, %2.</source>
        <translation>联系人和成交记录：%1、%2。</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
    <message>
        <source>Exporting customers…</source>
        <translation>正在导出客户…</translation>
    </message>
</context>
<context>
    <name>Failures</name>
    <message>
        <source>Not allowed: as %1 you may not do this. Ask the office&apos;s owner if you need it.</source>
        <translation>不允许：以%1的身份不能执行此操作。如有需要，请联系主管。</translation>
    </message>
    <message>
        <source>Someone else saved a newer version meanwhile; reopen it to see theirs.</source>
        <translation>其他人已保存了更新的版本；请重新打开查看。</translation>
    </message>
    <message>
        <source>It is no longer there: someone may have deleted it meanwhile.</source>
        <translation>该记录已不存在：可能已被他人删除。</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>出现错误：%1</translation>
    </message>
    <message>
        <source>Desktop CRM</source>
        <translation>桌面客户管理</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>年-月-日，如 2025-02-28</translation>
    </message>
    <message>
        <source>MM-DD</source>
        <translation>月-日，如 01-31</translation>
    </message>
    <message>
        <source>MM-DD or 八月十五; L04-15: leap month</source>
        <translation>MM-DD 或 八月十五；闰月：闰四月十五</translation>
    </message>
    <message>
        <source>e.g. 12,500.00 or 1.2万</source>
        <translation>如 12,500.00 或 1.2万</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>e.g. 45</source>
        <translation>如 45</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <source>This field is required.</source>
        <translation>此项必填。</translation>
    </message>
    <message>
        <source>Too long: %1 characters, at most %2 are allowed.</source>
        <translation>太长：%1 个字符，最多允许 %2 个。</translation>
    </message>
    <message>
        <source>Contains invisible control characters (such as a NUL byte); remove them.</source>
        <translation>含有不可见的控制字符（如 NUL 字节），请删除。</translation>
    </message>
    <message>
        <source>Contains a broken character (half of a character pair); type or paste it again.</source>
        <translation>含有残缺的字符（只有半个字符）；请重新输入或粘贴。</translation>
    </message>
    <message>
        <source>Not a value this field can hold.</source>
        <translation>这个栏位不能存放这种值。</translation>
    </message>
    <message>
        <source>Not an e-mail address; use the form name@example.com.</source>
        <translation>不是有效的电子邮箱，格式如 name@example.com。</translation>
    </message>
    <message>
        <source>Not a phone number; use digits, spaces and + - ( ), e.g. 021-6234 5678.</source>
        <translation>不是有效的电话号码，请使用数字、空格和 + - ( )，如 021-6234 5678。</translation>
    </message>
    <message>
        <source>Not a valid date; use YYYY-MM-DD, e.g. 2025-02-28.</source>
        <translation>不是有效的日期，格式为 年-月-日，如 2025-02-28。</translation>
    </message>
    <message>
        <source>Not a valid month and day; use MM-DD, e.g. 01-31.</source>
        <translation>不是有效的月日，格式为 月-日，如 01-31。</translation>
    </message>
    <message>
        <source>Not a lunar month and day; use MM-DD or e.g. 八月十五 (L04-15 or 闰四月十五 for a leap month).</source>
        <translation>不是有效的农历月日；请用 MM-DD 或“八月十五”这样的写法（闰月写 L04-15 或 闰四月十五）。</translation>
    </message>
    <message>
        <source>Not an amount; use digits with an optional decimal point, e.g. 12500.50.</source>
        <translation>不是有效的金额，请使用数字和小数点，如 12500.50。</translation>
    </message>
    <message>
        <source>Not a whole number from 0 to 200.</source>
        <translation>不是 0 到 200 之间的整数。</translation>
    </message>
    <message>
        <source>Not one of the offered choices.</source>
        <translation>不是可选的项目之一。</translation>
    </message>
    <message>
        <source>Out of range: it must lie from %1 to %2.</source>
        <translation>超出范围：必须在 %1 到 %2 之间。</translation>
    </message>
    <message>
        <source>Already there: this must be different from the others.</source>
        <translation>已存在：必须与其他的不同。</translation>
    </message>
    <message>
        <source>%1 has been deactivated; choose an active person.</source>
        <translation>%1 已停用，请选择一位在职人员。</translation>
    </message>
    <message>
        <source>Not found; it may have been deleted.</source>
        <translation>找不到，可能已被删除。</translation>
    </message>
    <message>
        <source>The visits of %1 would run past midnight in the new order; the times are kept.</source>
        <translation>按新顺序，%1 的拜访会排到午夜以后；时间保持不变。</translation>
    </message>
    <message>
        <source>The stage “%1” still holds %2 opportunities: move them to another stage first.</source>
        <translation>阶段“%1”还有 %2 个商机：请先把它们移到其他阶段。</translation>
    </message>
    <message>
        <source>This time lies in the future.</source>
        <translation>这个时间还没到。</translation>
    </message>
    <message>
        <source>This is no PNG or JPEG picture.</source>
        <translation>这不是 PNG 或 JPEG 图片。</translation>
    </message>
    <message>
        <source>The deadline must come after the time received.</source>
        <translation>期限必须晚于受理时间。</translation>
    </message>
    <message>
        <source>Invalid value (%1).</source>
        <translation>无效的值（%1）。</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>A customer cannot be merged with itself.</source>
        <translation>客户不能与自己合并。</translation>
    </message>
    <message>
        <source>“%1” is in the trash; restore it before merging.</source>
        <translation>“%1”在回收站中，请先恢复再合并。</translation>
    </message>
    <message>
        <source>It was merged into “%1”: unmerge it in the History tab of “%1” to get it back with everything it had.</source>
        <translation>它已并入“%1”：请在“%1”的“历史记录”页撤销合并，才能连同其全部资料找回。</translation>
    </message>
    <message>
        <source>This merge has already been undone.</source>
        <translation>此次合并已经撤销。</translation>
    </message>
    <message>
        <source>A later merge (“%2” into “%1”) must be undone first: merges are undone newest first.</source>
        <translation>必须先撤销之后的合并（“%2”并入“%1”）：合并须从最近的一次开始撤销。</translation>
    </message>
    <message>
        <source>Owning rep</source>
        <translation>负责业务员</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>介绍人</translation>
    </message>
    <message>
        <source>In the trash</source>
        <translation>在回收站中</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>“%1” was changed after the merge (%2); undoing the merge would lose that change. Change it back first, or keep the merge.</source>
        <translation>“%1”在合并后被修改过（%2），撤销合并会丢失这些修改。请先改回，或保留合并。</translation>
    </message>
</context>
<context>
    <name>FigureTile</name>
    <message>
        <source>no comparison</source>
        <translation>无对比</translation>
    </message>
    <message>
        <source>%1 %2 (before: %3)</source>
        <translation>%1 %2（上期：%3）</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>The file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Choose the file; check that its first rows read right, and change the encoding or the delimiter if they do not.</source>
        <translation>选择文件；检查前几行是否读取正确，如不正确请更改编码或分隔符。</translation>
    </message>
    <message>
        <source>A CSV, TSV, Excel or vCard file</source>
        <translation>CSV、TSV、Excel 或 vCard 文件</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>逗号 ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>分号 ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>Vertical bar |</source>
        <translation>竖线 |</translation>
    </message>
    <message>
        <source>none (every row is data)</source>
        <translation>无（每行都是数据）</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>分隔符：</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>工作表：</translation>
    </message>
    <message>
        <source>Header row:</source>
        <translation>标题行：</translation>
    </message>
    <message>
        <source>The rows are:</source>
        <translation>每行是：</translation>
    </message>
    <message>
        <source>Detected: %1, %2 columns.</source>
        <translation>识别结果：%1，%2 列。</translation>
    </message>
    <message>
        <source>%1 columns.</source>
        <translation>%1 列。</translation>
    </message>
    <message>
        <source>The header is row %1; the rows above it are left out.</source>
        <translation>标题在第 %1 行；其上方的行不导入。</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>第 %1 列</translation>
    </message>
</context>
<context>
    <name>FirstRunSetupDialog</name>
    <message>
        <source>Set up Desktop CRM</source>
        <translation>设置 Desktop CRM</translation>
    </message>
    <message>
        <source>Open the demo office instead</source>
        <translation>改为打开演示公司</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Welcome. A few details about your office, and it is ready. Everything can be changed later.</source>
        <translation>欢迎使用。填写几项公司信息即可开始，以后都可以修改。</translation>
    </message>
    <message>
        <source>e.g. Jinxing Doors and Windows</source>
        <translation>例如：金星门窗</translation>
    </message>
    <message>
        <source>e.g. Guangdong</source>
        <translation>例如：广东省</translation>
    </message>
    <message>
        <source>e.g. Foshan</source>
        <translation>例如：佛山市</translation>
    </message>
    <message>
        <source>Office name:</source>
        <translation>公司名称：</translation>
    </message>
    <message>
        <source>Home province:</source>
        <translation>所在省份：</translation>
    </message>
    <message>
        <source>Home city:</source>
        <translation>所在城市：</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>界面语言：</translation>
    </message>
    <message>
        <source>The office&apos;s owner may do everything, including adding the other people. Choose a password of at least %1 characters.</source>
        <translation>老板/主管拥有全部权限，包括添加其他人员。请设置至少 %1 个字符的密码。</translation>
    </message>
    <message>
        <source>Owner&apos;s name:</source>
        <translation>老板姓名：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Once more:</source>
        <translation>再输一次：</translation>
    </message>
    <message>
        <source>Add the office&apos;s reps and clerks now, or later under File → People…. Rows left empty are skipped.</source>
        <translation>现在添加公司的业务员和销售内勤，或以后在“文件 → 人员…”中添加。空行会被跳过。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Add another person</source>
        <translation>再添加一人</translation>
    </message>
    <message>
        <source>The office</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>The owner</source>
        <translation>老板</translation>
    </message>
    <message>
        <source>The office&apos;s people</source>
        <translation>公司人员</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>第 %1 步，共 %2 步：%3</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>ForecastPanel</name>
    <message>
        <source>&lt;b&gt;Weighted forecast&lt;/b&gt; (amount × probability)</source>
        <translation>&lt;b&gt;加权预测&lt;/b&gt;（金额 × 成交概率）</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>个数</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>加权金额</translation>
    </message>
    <message>
        <source>Open opportunities by expected close month; a late one counts in this month.</source>
        <translation>按预计成交月份统计进行中的商机；已逾期的计入本月。</translation>
    </message>
    <message>
        <source>%1 opportunities, %2 in all</source>
        <translation>%1 个商机，合计 %2</translation>
    </message>
    <message>
        <source>%1 months: %2 weighted</source>
        <translation>%1 个月：加权合计 %2</translation>
    </message>
    <message>
        <source>thousand ¥</source>
        <translation>千元</translation>
    </message>
</context>
<context>
    <name>FormPages</name>
    <message>
        <source>Owning rep</source>
        <translation>负责业务员</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>介绍人</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>交易记录</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <source>%1-W%2</source>
        <translation>%1年第%2周</translation>
    </message>
    <message>
        <source>%1-%2</source>
        <translation>%1年%2月</translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message>
        <source>Deactivate %1</source>
        <translation>停用 %1</translation>
    </message>
    <message>
        <source>Their visits and history stay. They leave every list of people to choose from.</source>
        <translation>其拜访记录和历史都会保留；此人将不再出现在任何人员选择列表中。</translation>
    </message>
    <message>
        <source>Nobody: their customers keep them as owner</source>
        <translation>不交接：客户仍归此人名下</translation>
    </message>
    <message>
        <source>Hand over to:</source>
        <translation>交接给：</translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <source>Scores</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Each question is rated 1 to 5. The line under a question says what 1, 3 and 5 mean; 2 and 4 lie between.</source>
        <translation>每道题打 1 到 5 分。题目下方说明 1、3、5 分各代表什么，2 和 4 分介于其间。</translation>
    </message>
    <message>
        <source>A rating counts 0, 25, 50, 75 or 100 points (1 = 0 … 5 = 100).</source>
        <translation>评分折算为 0、25、50、75、100 分（1 分 = 0，5 分 = 100）。</translation>
    </message>
    <message>
        <source>The score (0–100) is the weighted average of the answered questions: a question with weight 2 counts twice.</source>
        <translation>问卷得分（0–100）是已作答题目的加权平均：权重为 2 的题目算两次。</translation>
    </message>
    <message>
        <source>A question you leave on “?” is not answered: it is left out completely, it neither raises nor lowers the score. The form shows how many of the questions are answered; a score built on few answers is a rough one.</source>
        <translation>停在“?”的题目视为未作答：完全不计入，既不加分也不减分。表单会显示已答题数；作答越少，得分越粗略。</translation>
    </message>
    <message>
        <source>Reverse-scored questions are worded so that a high rating is the unwanted answer (many people deciding the purchase; a very superstitious customer). For them 1 counts 100 points and 5 counts 0 (points of 6 − rating).</source>
        <translation>反向计分的题目，高分代表不理想的情况（采购决策人数多；客户很迷信）。这类题 1 分折算 100 分，5 分折算 0 分（按 6 − 评分计算）。</translation>
    </message>
    <message>
        <source>A questionnaire with no answers has no score, and the customer then has no quadrant.</source>
        <translation>一题都没答的问卷没有得分，客户也就没有象限。</translation>
    </message>
    <message>
        <source>Quadrants</source>
        <translation>象限</translation>
    </message>
    <message>
        <source>A score above its threshold (default 50) is high; a score on the threshold is low, so a customer with every answer neutral (50 points) is low on both. High or low intent and high or low quality give four quadrants, each with a recommended approach. The thresholds are set on the Intent × quality page.</source>
        <translation>得分超过门槛（默认 50）即为“高”；正好等于门槛算“低”，所以每题都答“一般”（50 分）的客户两项都是低。意愿高低 × 素质高低构成四个象限，每个象限有建议的做法。门槛在“意愿 × 素质”页设置。</translation>
    </message>
    <message>
        <source>The chart shows each customer at its latest assessment. Click a point to open the customer.</source>
        <translation>图中每个点是一位客户的最近一次评估。点击圆点可打开该客户。</translation>
    </message>
    <message>
        <source>Questionnaire versions</source>
        <translation>问卷版本</translation>
    </message>
    <message>
        <source>When the office edits a questionnaire (wording, weight, a question added or removed), a new version is stored. Every saved assessment keeps the version it was answered against, so it still shows the same questions and the same score.</source>
        <translation>公司修改问卷（措辞、权重、增删题目）时会保存一个新版本。每份已保存的评估都保留作答时的版本，所以题目和得分始终不变。</translation>
    </message>
    <message>
        <source>Personality type</source>
        <translation>顾客类型</translation>
    </message>
    <message>
        <source>Rate expressiveness and emotionality from 1 to 4. There is no middle: 1–2 is low, 3–4 is high. High expressiveness and low emotionality is dominant, high and high is expressive, low and high is amiable, low and low is analytical. The latest rating counts; older ones are kept.</source>
        <translation>表达度和情感度各打 1 到 4 分，没有中间值：1–2 为低，3–4 为高。表达度高、情感度低为支配型；都高为表达型；表达度低、情感度高为和蔼型；都低为分析型。以最近一次评定为准，以前的记录都保留。</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>ABCD 等级</translation>
    </message>
    <message>
        <source>Customers are sorted by revenue over the last 12 months. With the default breakpoints 40 / 30 / 20 / 10 %, a customer whose revenue starts within the first 40 % of the total is A, within the next 30 % B, the next 20 % C, the rest D. The biggest customer is always A; customers with equal revenue get the same tier; a customer without revenue in the last 12 months is D.</source>
        <translation>按最近 12 个月的销售额给客户排序。默认分界为 40 / 30 / 20 / 10 %：销售额起点落在总额前 40 % 的客户为 A，其后 30 % 为 B，再后 20 % 为 C，其余为 D。最大的客户一定是 A；销售额相同的客户等级相同；最近 12 个月没有销售额的客户为 D。</translation>
    </message>
    <message>
        <source>Tiers are recomputed whenever deals are saved, and on the Tiers page. A tier set by hand (with its reason) wins over the computed one and is shown as set by hand.</source>
        <translation>每次保存交易记录时以及在“ABCD 等级”页都会重新计算等级。手工设定的等级（附原因）优先于计算结果，并标明为手工设定。</translation>
    </message>
    <message>
        <source>How the state analysis works</source>
        <translation>客户状态分析如何计算</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Assessment history – %1</source>
        <translation>历次评估 – %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Intent</source>
        <translation>意愿</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>素质</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>象限</translation>
    </message>
    <message>
        <source>By</source>
        <translation>评估人</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Select two assessments to compare them.</source>
        <translation>选中两次评估即可对比。</translation>
    </message>
    <message>
        <source>New assessment…</source>
        <translation>新建评估…</translation>
    </message>
    <message>
        <source>PDF report…</source>
        <translation>PDF 报告…</translation>
    </message>
    <message>
        <source>The newest selected assessment, with its answers</source>
        <translation>选中的最近一次评估，含各题答案</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Intent score</source>
        <translation>意愿得分</translation>
    </message>
    <message>
        <source>Quality score</source>
        <translation>素质得分</translation>
    </message>
    <message>
        <source>Save assessment report</source>
        <translation>保存客户状态分析报告</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>正在生成报告…</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>Unmerge…</source>
        <translation>撤销合并…</translation>
    </message>
    <message>
        <source>A new customer has no history yet.</source>
        <translation>新客户尚无历史记录。</translation>
    </message>
    <message>
        <source>%1 entries, newest first.</source>
        <translation>共 %1 条，最新的在前。</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>尚无记录。</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>无法读取历史记录：%1</translation>
    </message>
    <message>
        <source>Merged with “%1” on %2 by %3; its past is listed here too.</source>
        <translation>已于 %2 由 %3 与“%1”合并；其历史记录也列在这里。</translation>
    </message>
</context>
<context>
    <name>HowPage</name>
    <message>
        <source>How to import</source>
        <translation>导入方式</translation>
    </message>
    <message>
        <source>Whether rows create customers, update them, or both.</source>
        <translation>各行是新建客户、更新客户，还是两者都做。</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Create only</source>
        <translation>仅新建</translation>
    </message>
    <message>
        <source>New rows become customers; a row matching one already there is skipped.</source>
        <translation>新行成为客户；与已有客户匹配的行跳过。</translation>
    </message>
    <message>
        <source>Create and update</source>
        <translation>新建并更新</translation>
    </message>
    <message>
        <source>A matching customer gets the file&apos;s values; the others are created.</source>
        <translation>匹配到的客户改用文件中的值；其余的新建。</translation>
    </message>
    <message>
        <source>Update only</source>
        <translation>仅更新</translation>
    </message>
    <message>
        <source>Only customers already there change; a row matching none is skipped.</source>
        <translation>只更改已有客户；没有匹配的行跳过。</translation>
    </message>
    <message>
        <source>Customer ID (ours, or the old system&apos;s id)</source>
        <translation>客户编号（本系统的或旧系统的）</translation>
    </message>
    <message>
        <source>Phone or mobile</source>
        <translation>电话或手机</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Name and company</source>
        <translation>姓名和公司</translation>
    </message>
    <message>
        <source>Tried in this order; the first that finds a customer wins.</source>
        <translation>按此顺序尝试；先找到客户的为准。</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Match on:</source>
        <translation>匹配依据：</translation>
    </message>
    <message>
        <source>New customers belong to:</source>
        <translation>新客户归属：</translation>
    </message>
    <message>
        <source>The shared pool</source>
        <translation>公海</translation>
    </message>
    <message>
        <source>The file&apos;s owner column wins for the rows that name one.</source>
        <translation>文件中写明负责人的行，以该列为准。</translation>
    </message>
    <message>
        <source>“%1” in the column “%2”: which day is it?</source>
        <translation>“%2”列中的“%1”是哪一天？</translation>
    </message>
    <message>
        <source>(The same goes for: %1.)</source>
        <translation>（同样适用于：%1。）</translation>
    </message>
    <message>
        <source>%1 (day first)</source>
        <translation>%1（日在前）</translation>
    </message>
    <message>
        <source>%1 (month first)</source>
        <translation>%1（月在前）</translation>
    </message>
    <message>
        <source>Choose at least one thing to match on: it finds the customers already there.</source>
        <translation>请至少选择一个匹配依据：靠它找到已有的客户。</translation>
    </message>
    <message>
        <source>Say which day the dates mean.</source>
        <translation>请说明这些日期指哪一天。</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8（带 BOM）</translation>
    </message>
    <message>
        <source>Simplified Chinese (GB18030 / GBK)</source>
        <translation>简体中文（GB18030 / GBK）</translation>
    </message>
    <message>
        <source>Traditional Chinese (Big5)</source>
        <translation>繁体中文（Big5）</translation>
    </message>
    <message>
        <source>UTF-16 LE</source>
        <translation>UTF-16 LE</translation>
    </message>
    <message>
        <source>UTF-16 LE with BOM</source>
        <translation>UTF-16 LE（带 BOM）</translation>
    </message>
    <message>
        <source>UTF-16 BE</source>
        <translation>UTF-16 BE</translation>
    </message>
    <message>
        <source>UTF-16 BE with BOM</source>
        <translation>UTF-16 BE（带 BOM）</translation>
    </message>
    <message>
        <source>No person of the office is called %1.</source>
        <translation>本办公室没有名叫 %1 的人员。</translation>
    </message>
    <message>
        <source>No customer found for %1.</source>
        <translation>找不到 %1 对应的客户。</translation>
    </message>
    <message>
        <source>Several customers match (%1): say which in the file.</source>
        <translation>有多个客户匹配（%1）：请在文件中写明是哪一个。</translation>
    </message>
    <message>
        <source>Someone changed this customer during the import; import it again.</source>
        <translation>导入期间有人修改了该客户；请重新导入。</translation>
    </message>
    <message>
        <source>This import has been undone already.</source>
        <translation>此次导入已经撤销。</translation>
    </message>
    <message>
        <source>Not yes or no: %1.</source>
        <translation>不是“是”或“否”：%1。</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Column “%1”: %2</source>
        <translation>“%1”列：%2</translation>
    </message>
</context>
<context>
    <name>ImportFile</name>
    <message>
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <source>This file is not a table; choose a CSV, TSV or Excel file.</source>
        <translation>这个文件不是表格；请选择 CSV、TSV 或 Excel 文件。</translation>
    </message>
    <message>
        <source>Line %1 is not valid %2 (byte %3); choose another encoding.</source>
        <translation>第 %1 行不是有效的 %2（第 %3 字节）；请换一种编码。</translation>
    </message>
    <message>
        <source>Unknown encoding: %1.</source>
        <translation>未知编码：%1。</translation>
    </message>
    <message>
        <source>A delimiter is one character, not “%1”.</source>
        <translation>分隔符只能是一个字符，不能是“%1”。</translation>
    </message>
    <message>
        <source>The workbook is protected by a password; save a copy without one and import that.</source>
        <translation>工作簿设有密码保护；请另存一份不带密码的副本再导入。</translation>
    </message>
    <message>
        <source>The file is damaged and cannot be read (%1).</source>
        <translation>文件已损坏，无法读取（%1）。</translation>
    </message>
    <message>
        <source>The workbook has no sheet named “%1”.</source>
        <translation>工作簿中没有名为“%1”的工作表。</translation>
    </message>
    <message>
        <source>The file cannot be opened (%1).</source>
        <translation>无法打开文件（%1）。</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <source>Import history</source>
        <translation>导入记录</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Rows are</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Undo this import…</source>
        <translation>撤销此次导入…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Nothing has been imported yet.</source>
        <translation>还没有导入过。</translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation>正在撤销导入…</translation>
    </message>
    <message>
        <source>Import undone</source>
        <translation>导入已撤销</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>The rows are written in one go: all of them, or none.</source>
        <translation>各行一次写入：要么全部，要么都不写。</translation>
    </message>
    <message>
        <source>Save error file…</source>
        <translation>保存错误文件…</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>撤销此次导入</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was written.</source>
        <translation>导入已取消；什么都没有写入。</translation>
    </message>
    <message>
        <source>The import failed; nothing was written.</source>
        <translation>导入失败；什么都没有写入。</translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation>正在撤销导入…</translation>
    </message>
</context>
<context>
    <name>ImportTarget</name>
    <message>
        <source>Sales rep (owner)</source>
        <translation>业务员（负责人）</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Contact persons of customers</source>
        <translation>客户的联系人</translation>
    </message>
    <message>
        <source>Deals (sales history)</source>
        <translation>成交记录（销售历史）</translation>
    </message>
    <message>
        <source>Create only</source>
        <translation>仅新建</translation>
    </message>
    <message>
        <source>Create and update</source>
        <translation>新建并更新</translation>
    </message>
    <message>
        <source>Update only</source>
        <translation>仅更新</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <source>create</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Already there: it matches an existing customer.</source>
        <translation>已存在：与现有客户匹配。</translation>
    </message>
    <message>
        <source>No customer matches it.</source>
        <translation>没有匹配的客户。</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>没有需要更改的内容。</translation>
    </message>
    <message>
        <source>The same row came earlier in the file.</source>
        <translation>文件前面已有相同的行。</translation>
    </message>
    <message>
        <source>The row is empty.</source>
        <translation>该行为空。</translation>
    </message>
    <message>
        <source>No customer of that name.</source>
        <translation>没有该名称的客户。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <source>To create: %1 · to update: %2 · to skip: %3 · errors: %4</source>
        <translation>将新建：%1 · 将更新：%2 · 将跳过：%3 · 错误：%4</translation>
    </message>
    <message>
        <source>Created: %1 · updated: %2 · skipped: %3 · errors: %4</source>
        <translation>已新建：%1 · 已更新：%2 · 已跳过：%3 · 错误：%4</translation>
    </message>
    <message>
        <source>Undone: %1 removed, %2 restored to their values before the import.</source>
        <translation>已撤销：删除 %1 条，%2 条恢复为导入前的值。</translation>
    </message>
    <message>
        <source>%1 of the customers removed are in the trash for the owner to empty.</source>
        <translation>移除的客户中有 %1 位在回收站里，由老板清空。</translation>
    </message>
    <message>
        <source>%1 changed since the import were kept as they are.</source>
        <translation>导入后又被修改的 %1 条保持不变。</translation>
    </message>
    <message>
        <source>Import a file</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <source>Tables and contacts (%1);;Every file (*)</source>
        <translation>表格和通讯录 (%1);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save the rows that failed</source>
        <translation>保存出错的行</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
        <translation>CSV 文件 (*.csv);;Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Undo the import</source>
        <translation>撤销导入</translation>
    </message>
    <message>
        <source>Undo the import of %1?
The %2 rows it created are removed and the %3 it updated get their values from before it back. Rows changed since are kept.</source>
        <translation>撤销 %1 的导入？
它新建的 %2 条将被删除，它更新的 %3 条恢复为导入前的值。之后又被修改的保持不变。</translation>
    </message>
    <message>
        <source>Stop the import</source>
        <translation>停止导入</translation>
    </message>
    <message>
        <source>Stop now? Nothing of this import is written.</source>
        <translation>现在停止？此次导入的内容都不会写入。</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>The %1 rows that failed are in %2.</source>
        <translation>出错的 %1 行已保存到 %2。</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Changes: %1</source>
        <translation>更改：%1</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
</context>
<context>
    <name>KeyCustomer</name>
    <message>
        <source>Not categorised</source>
        <translation>未分类</translation>
    </message>
    <message>
        <source>Build good relations with their whole top management and look after them carefully; if possible, form a partnership or strategic alliance.</source>
        <translation>与其整个企业高层很好地建立起各种关系并精心加以维护，如果可能，应设法与之建立合作伙伴或战略联盟关系。</translation>
    </message>
    <message>
        <source>Do your duty well where you are already in; widen the difference between you and others, win more access to the key people and try to turn them into key customers, while raising the added value you offer.</source>
        <translation>履行好你在已渗透领域内的职责，通过扩大自己与别人的差别，争取获得更多接近关键性人物的机会，设法将他们转变为重点客户，同时也要提高你所能提供的附加价值。</translation>
    </message>
    <message>
        <source>Take active steps to win the first deal and turn them into ordinary customers, then do your duty and consolidate your position.</source>
        <translation>通过采取积极的措施与之做成第一笔生意，设法将他们转变为普通客户，然后履行你的职责，努力巩固你的地位。</translation>
    </message>
    <message>
        <source>Worth winning only if they have great potential: then try to turn them into potential customers.</source>
        <translation>如果这类客户具有很大的潜力，他们就值得去争取，设法将他们变为有可能成为客户的对象。</translation>
    </message>
</context>
<context>
    <name>KeyFigures</name>
    <message>
        <source>Close rate: opportunities won ÷ (won + lost), of those closed in the period (their closed date), in per cent. Empty when none was closed.</source>
        <translation>成交比率：本期关闭（按关闭日期）的商机中，赢单 ÷（赢单 + 输单），百分比。本期没有关闭的商机时为空。</translation>
    </message>
    <message>
        <source>Deals per visit: deals dated in the period ÷ visits done in the period (status done, by their start).</source>
        <translation>每次拜访成交：本期成交笔数 ÷ 本期完成拜访次数（状态为已完成，按开始日期）。</translation>
    </message>
    <message>
        <source>New customers: customers whose file was created in the period.</source>
        <translation>新客户：本期建档的客户。</translation>
    </message>
    <message>
        <source>Active customers: customers with a deal or a done visit in the period.</source>
        <translation>活跃客户：本期有成交或有完成拜访的客户。</translation>
    </message>
    <message>
        <source>Dormant customers: customers on file for at least N days (the dormant-days setting, 90 unless changed) with neither a deal nor a done visit in the N days up to the period&apos;s end (or today, if earlier).</source>
        <translation>沉睡客户：建档至少 N 天（“沉睡天数”设置，默认 90），且在截至本期末（若今天更早则截至今天）的 N 天内既无成交也无完成拜访的客户。</translation>
    </message>
    <message>
        <source>Visits done: visits with the status done that started in the period.</source>
        <translation>完成拜访：本期开始且状态为已完成的拜访。</translation>
    </message>
    <message>
        <source>Visits per day: visits done ÷ workdays of the period up to today, per rep (for the office also ÷ the number of active reps).</source>
        <translation>日均拜访：完成拜访 ÷ 本期截至今天的工作日数，按每个业务员计（全公司再 ÷ 在职业务员人数）。</translation>
    </message>
    <message>
        <source>Against the standard: visits done ÷ the daily visit standard (each rep&apos;s own or the office&apos;s, existing + new) × workdays of the period up to today, in per cent.</source>
        <translation>拜访达标率：完成拜访 ÷（每日拜访标准（业务员自己的或公司的，老客户 + 新客户）× 本期截至今天的工作日数），百分比。</translation>
    </message>
    <message>
        <source>Sales: the sum of the deals dated in the period.</source>
        <translation>销售额：本期成交金额合计。</translation>
    </message>
    <message>
        <source>Sales this year: the deals from 1 January to the period&apos;s end.</source>
        <translation>本年累计销售：1 月 1 日至本期末的成交金额。</translation>
    </message>
    <message>
        <source>Sales last year, same days: the deals from 1 January to the same day of the year before.</source>
        <translation>去年同期：去年 1 月 1 日至去年同一天的成交金额。</translation>
    </message>
    <message>
        <source>Average purchase: sales ÷ the number of deals in the period.</source>
        <translation>平均客单价：销售额 ÷ 本期成交笔数。</translation>
    </message>
    <message>
        <source>Purchase frequency: deals ÷ customers who bought in the period.</source>
        <translation>购买频率：成交笔数 ÷ 本期购买的客户数。</translation>
    </message>
    <message>
        <source>Sales per rep: sales ÷ active reps who own customers (the office); a rep&apos;s own sales for one rep.</source>
        <translation>人均销售额：销售额 ÷ 有客户的在职业务员人数（全公司）；单个业务员即其本人销售额。</translation>
    </message>
    <message>
        <source>Retention rate: customers who bought in the previous period and again in this one ÷ those who bought in the previous period, in per cent.</source>
        <translation>保留率：上期购买且本期再次购买的客户 ÷ 上期购买的客户，百分比。</translation>
    </message>
    <message>
        <source>Top 20 % share: the sales of the top fifth of buying customers (by their sales in the period, rounded up) ÷ all sales, in per cent.</source>
        <translation>前20%客户占比：按本期购买金额排名前五分之一（向上取整）的客户销售额 ÷ 全部销售额，百分比。</translation>
    </message>
    <message>
        <source>Overdue next actions: done visits whose next action fell due in the 90 days before today and has no follow-up visit planned. As of today, whatever the period.</source>
        <translation>逾期跟进：已完成拜访中，下一步行动在今天之前 90 天内到期且没有安排后续拜访的。按今天计，与所选时间段无关。</translation>
    </message>
    <message>
        <source>Visits without a result: visits still planned whose start lies in the 90 days before today (no result or no-show recorded). As of today.</source>
        <translation>未填结果的拜访：开始时间在今天之前 90 天内、仍为计划状态（未记录结果或未见到）的拜访。按今天计。</translation>
    </message>
    <message>
        <source>Open pipeline: the expected amount of the opportunities not yet won or lost. As of today.</source>
        <translation>在谈商机：尚未赢单或输单的商机的预计金额。按今天计。</translation>
    </message>
    <message>
        <source>Weighted pipeline: each open opportunity&apos;s expected amount × its probability. As of today.</source>
        <translation>加权商机：每个在谈商机的预计金额 × 其成交概率。按今天计。</translation>
    </message>
    <message>
        <source>Satisfaction rate: satisfaction surveys dated in the period whose index reaches the satisfied mark (Settings, 80 unless changed) ÷ all scored satisfaction surveys of the period, in per cent. Empty when there was none.</source>
        <translation>满意率：本期满意度调查中，满意度指数达到“满意”分数线（设置中，默认 80）的份数 ÷ 本期已评分的满意度调查份数，百分比。本期没有调查时为空。</translation>
    </message>
    <message>
        <source>Complaints on time: complaints received in the period and resolved by their deadline (12 h inside the home region, 24 h outside, unless set otherwise).</source>
        <translation>按时处理投诉：本期收到、且在期限内解决的投诉（本地区 12 小时，外地 24 小时，可在设置中修改）。</translation>
    </message>
    <message>
        <source>Complaints late: complaints received in the period and resolved after their deadline, or not resolved and past it now.</source>
        <translation>逾期投诉：本期收到、解决时已过期限，或尚未解决且现在已过期限的投诉。</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>1. Understanding and sympathy</source>
        <translation>1. 理解与同情</translation>
    </message>
    <message>
        <source>2. The objective causes</source>
        <translation>2. 客观原因</translation>
    </message>
    <message>
        <source>3. The specifics</source>
        <translation>3. 具体情况</translation>
    </message>
    <message>
        <source>4. What we did</source>
        <translation>4. 我们采取的措施</translation>
    </message>
    <message>
        <source>5. Agreement</source>
        <translation>5. 达成一致</translation>
    </message>
    <message>
        <source>6. The compensation offered</source>
        <translation>6. 提供的补偿</translation>
    </message>
    <message>
        <source>7. Welcome back</source>
        <translation>7. 欢迎再次光临</translation>
    </message>
    <message>
        <source>&amp;Draft again</source>
        <translation>重新起草(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Reply letter</source>
        <translation>回复信</translation>
    </message>
    <message>
        <source>Reply letter — complaint %1, %2</source>
        <translation>回复信 — 投诉 %1，%2</translation>
    </message>
    <message>
        <source>Saved with the complaint.</source>
        <translation>已随投诉保存。</translation>
    </message>
    <message>
        <source>A new draft.</source>
        <translation>新草稿。</translation>
    </message>
    <message>
        <source>Edited, not saved yet.</source>
        <translation>已修改，尚未保存。</translation>
    </message>
    <message>
        <source>Draft again</source>
        <translation>重新起草</translation>
    </message>
    <message>
        <source>Draft the letter again from the complaint? Your edits are replaced.</source>
        <translation>根据投诉重新起草回复信？您的修改将被替换。</translation>
    </message>
    <message>
        <source>Someone changed this complaint since the letter was opened. Close the letter and open it again; copy your text first if you need it.</source>
        <translation>打开回复信后，有人修改了这条投诉。请关闭回复信后重新打开；如需保留您写的内容，请先复制。</translation>
    </message>
    <message>
        <source>Save the changes to the letter?</source>
        <translation>保存对回复信的修改？</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Desktop CRM</source>
        <translation>桌面客户管理</translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>每日备份失败：%1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;People…</source>
        <translation>人员(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Import &amp;history…</source>
        <translation>导入记录(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>切换用户(&amp;W)…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>This computer forgets the kept sign-in; someone signs in again</source>
        <translation>本机不再保持登录；需要重新登录</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>操作日志(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Desktop CRM</source>
        <translation>关于桌面客户管理(&amp;A)</translation>
    </message>
    <message>
        <source>Desktop CRM — %1 (%2)</source>
        <translation>Desktop CRM — %1（%2）</translation>
    </message>
    <message>
        <source>About Desktop CRM</source>
        <translation>关于桌面客户管理</translation>
    </message>
    <message>
        <source>Desktop CRM %1
Customer file, visit planner and state analysis for small sales offices.</source>
        <translation>桌面客户管理 %1
为小型销售办公室提供客户档案、拜访计划和客户状态分析。</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
</context>
<context>
    <name>MergeActions</name>
    <message>
        <source>Not merged</source>
        <translation>未合并</translation>
    </message>
    <message>
        <source>“%1” was merged into “%2”. Unmerge it in the History tab.</source>
        <translation>“%1”已并入“%2”。可在“历史记录”页撤销合并。</translation>
    </message>
    <message>
        <source>Not unmerged</source>
        <translation>未撤销合并</translation>
    </message>
    <message>
        <source>The merge is undone: “%1” and “%2” are two customers again.</source>
        <translation>合并已撤销：“%1”和“%2”重新成为两个客户。</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
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
        <source>contacts: %1</source>
        <translation>联系人 %1 位</translation>
    </message>
    <message>
        <source>deals: %1</source>
        <translation>交易记录 %1 条</translation>
    </message>
    <message>
        <source>visits: %1</source>
        <translation>拜访 %1 次</translation>
    </message>
    <message>
        <source>assessments: %1</source>
        <translation>状态分析 %1 次</translation>
    </message>
    <message>
        <source>personality ratings: %1</source>
        <translation>性格评定 %1 次</translation>
    </message>
    <message>
        <source>the shared pool&apos;s clock</source>
        <translation>公海计时</translation>
    </message>
    <message>
        <source>the map coordinates</source>
        <translation>地图坐标</translation>
    </message>
    <message>
        <source>customers it referred: %1</source>
        <translation>其介绍的客户 %1 个</translation>
    </message>
    <message>
        <source>nothing else</source>
        <translation>无其他内容</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Take all from the left</source>
        <translation>全部取左侧</translation>
    </message>
    <message>
        <source>Take all from the right</source>
        <translation>全部取右侧</translation>
    </message>
    <message>
        <source>Swap sides</source>
        <translation>左右互换</translation>
    </message>
    <message>
        <source>Keep the right one and move the left one in</source>
        <translation>保留右侧客户，把左侧客户并入</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Merge “%1” and “%2”</source>
        <translation>合并“%1”和“%2”</translation>
    </message>
    <message>
        <source>Choose for each field that differs the value to keep. “%1” stays; “%2” goes to the trash and everything it has moves to “%1”. Unmerge (in the History tab) restores both as they were.</source>
        <translation>请为每个不同的字段选择要保留的值。“%1”保留；“%2”移入回收站，其所有资料转到“%1”。在“历史记录”页撤销合并可将两者原样恢复。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Keep: %1</source>
        <translation>保留：%1</translation>
    </message>
    <message>
        <source>Merge in: %1</source>
        <translation>并入：%1</translation>
    </message>
    <message>
        <source>%1 fields are the same on both.</source>
        <translation>%1 个字段两边相同。</translation>
    </message>
    <message>
        <source>Moves to “%1”: %2.</source>
        <translation>转到“%1”：%2。</translation>
    </message>
    <message>
        <source>Not merged</source>
        <translation>未合并</translation>
    </message>
    <message>
        <source>One of the two customers was changed meanwhile. The dialog now shows them as they are: check the choices and merge again.</source>
        <translation>其间两个客户中有一个被修改过。对话框现显示其最新内容：请核对选择后再次合并。</translation>
    </message>
</context>
<context>
    <name>MonthlyCards</name>
    <message>
        <source>Monthly cards %1</source>
        <translation>每月一卡 %1</translation>
    </message>
    <message>
        <source>printed %1</source>
        <translation>打印于 %1</translation>
    </message>
    <message>
        <source>No customers to send a card to.</source>
        <translation>没有要寄卡的客户。</translation>
    </message>
    <message>
        <source>Dear %1,</source>
        <translation>尊敬的%1：</translation>
    </message>
    <message>
        <source>Thank you for your trust and support. We wish you and your family health and every success this month, and look forward to serving you again.</source>
        <translation>感谢您一直以来的信任与支持！祝您和家人本月身体健康、万事顺意，期待继续为您服务。</translation>
    </message>
    <message>
        <source>%1 (attn.)</source>
        <translation>%1 收</translation>
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
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>业务员</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>OpportunityDialog</name>
    <message>
        <source>New opportunity</source>
        <translation>新建商机</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>e.g. Air conditioning for the new plant</source>
        <translation>例如：新厂房空调系统</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>预计成交日期</translation>
    </message>
    <message>
        <source>(the customer&apos;s rep)</source>
        <translation>（客户的业务员）</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>商机名称</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Expected amount (¥)</source>
        <translation>预计金额（元）</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>成交概率</translation>
    </message>
    <message>
        <source>Owning rep</source>
        <translation>负责业务员</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>输单原因</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Won on %1: the deal is in the customer&apos;s business record.</source>
        <translation>已于 %1 赢单：成交已记入客户的业务记录。</translation>
    </message>
    <message>
        <source>Someone else changed this opportunity after you opened it. It is shown again as it is now; please redo your change.</source>
        <translation>您打开这个商机后，有人修改了它。现在显示的是最新内容，请重新修改。</translation>
    </message>
</context>
<context>
    <name>ParetoChart</name>
    <message>
        <source>Causes, most frequent first (Pareto)</source>
        <translation>投诉原因，按次数从多到少（帕累托图）</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉数</translation>
    </message>
    <message>
        <source>Cumulative share</source>
        <translation>累计占比</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>New password for %1</source>
        <translation>为 %1 设置新密码</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <source>Once more:</source>
        <translation>再输一次：</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>The office needs an active owner: make someone else owner first.</source>
        <translation>办公室至少需要一位在职的老板：请先把其他人设为老板。</translation>
    </message>
    <message>
        <source>Choose someone other than the person leaving.</source>
        <translation>请选择停用者以外的人。</translation>
    </message>
    <message>
        <source>Only an owner may change the office&apos;s people.</source>
        <translation>只有老板可以更改办公室人员。</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在职</translation>
    </message>
    <message>
        <source>Database login</source>
        <translation>数据库登录名</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>停用(&amp;D)…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>重设密码(&amp;P)…</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Add a person</source>
        <translation>添加人员</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>编辑人员</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>电子邮件：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
</context>
<context>
    <name>Personality</name>
    <message>
        <source>Very low</source>
        <translation>很低</translation>
    </message>
    <message>
        <source>Rather low</source>
        <translation>偏低</translation>
    </message>
    <message>
        <source>Rather high</source>
        <translation>偏高</translation>
    </message>
    <message>
        <source>Very high</source>
        <translation>很高</translation>
    </message>
    <message>
        <source>Expressiveness: talks fast and loud, takes the lead, shows opinions</source>
        <translation>表达度：说话快、声音大，爱主导，观点外露</translation>
    </message>
    <message>
        <source>Emotionality: shows feelings, values people and relations over facts</source>
        <translation>情感度：情绪外露，看重人情和关系胜过事实</translation>
    </message>
    <message>
        <source>Dominant (driver)</source>
        <translation>支配型</translation>
    </message>
    <message>
        <source>Expressive</source>
        <translation>表达型</translation>
    </message>
    <message>
        <source>Amiable</source>
        <translation>和蔼型</translation>
    </message>
    <message>
        <source>Analytical</source>
        <translation>分析型</translation>
    </message>
    <message>
        <source>Be brief and to the point. Come prepared, talk about results and give two or three options so they can decide. Do not chat or lose their time.</source>
        <translation>简明扼要，直奔主题。准备充分，谈结果，给两三个方案让他拍板。不要闲聊，不要浪费他的时间。</translation>
    </message>
    <message>
        <source>Be warm and lively. Talk about ideas, people and recognition, let them talk. Confirm the details in writing afterwards, they forget them.</source>
        <translation>热情活泼。多谈想法、人和认可，让他多说。事后用书面确认细节，他容易忘。</translation>
    </message>
    <message>
        <source>Build trust first and do not push. Be personal and patient, show that others like them use it, offer guarantees and help them decide step by step.</source>
        <translation>先建立信任，不要逼单。亲切、有耐心，告诉他和他一样的人也在用，给出保障，一步步帮他做决定。</translation>
    </message>
    <message>
        <source>Bring facts, figures and documents. Be exact and orderly, answer questions in detail, give them time to think and never exaggerate.</source>
        <translation>带上事实、数据和资料。严谨有条理，详细回答问题，给他时间考虑，绝不夸大。</translation>
    </message>
</context>
<context>
    <name>PersonalityDialog</name>
    <message>
        <source>Personality type – %1</source>
        <translation>顾客类型 – %1</translation>
    </message>
    <message>
        <source>What you observed (optional)</source>
        <translation>你观察到的情况（可不填）</translation>
    </message>
    <message>
        <source>Last rated on %1 by %2</source>
        <translation>上次评定：%1，评定人 %2</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Rate both to see the type and how to approach it.</source>
        <translation>两项都评定后即可看到类型和应对建议。</translation>
    </message>
</context>
<context>
    <name>Pipeline</name>
    <message>
        <source>Title</source>
        <translation>商机名称</translation>
    </message>
    <message>
        <source>Expected amount</source>
        <translation>预计金额</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>成交概率</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>预计成交日期</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>输单原因</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>初步接触</translation>
    </message>
    <message>
        <source>Needs confirmed</source>
        <translation>需求确认</translation>
    </message>
    <message>
        <source>Proposal and quote</source>
        <translation>方案报价</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>谈判</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>输单</translation>
    </message>
</context>
<context>
    <name>PipelineChart</name>
    <message>
        <source>Expected amount</source>
        <translation>预计金额</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>加权</translation>
    </message>
</context>
<context>
    <name>PipelineRoom</name>
    <message>
        <source>Lost</source>
        <translation>输单</translation>
    </message>
    <message>
        <source>Why was “%1” lost?</source>
        <translation>“%1”为什么输单？</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>Reopen “%1”? Its deal leaves the customer&apos;s business record (unless someone has changed the deal since).</source>
        <translation>重新打开“%1”？它的成交将从客户的业务记录中删除（除非之后有人修改过这笔成交）。</translation>
    </message>
    <message>
        <source>All reps</source>
        <translation>全部业务员</translation>
    </message>
    <message>
        <source>Find: customer, title, products…</source>
        <translation>查找：客户、商机名称、产品…</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>看板</translation>
    </message>
    <message>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>New opportunity</source>
        <translation>新建商机</translation>
    </message>
    <message>
        <source>Stages…</source>
        <translation>阶段设置…</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>业务员</translation>
    </message>
    <message>
        <source>&amp;New opportunity…</source>
        <translation>新建商机(&amp;N)…</translation>
    </message>
    <message>
        <source>Pipeline &amp;stages…</source>
        <translation>商机阶段(&amp;S)…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>P&amp;ipeline</source>
        <translation>商机(&amp;I)</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>%1 open opportunities, %2. Won and lost: closed in the last %3 days.</source>
        <translation>进行中商机 %1 个，共 %2。赢单和输单：显示最近 %3 天结束的。</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>商机名称</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>成交概率</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>加权金额</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>预计成交日期</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>输单原因</translation>
    </message>
    <message>
        <source>Someone else changed this opportunity; the board is shown anew.</source>
        <translation>有人修改了这个商机，看板已重新显示。</translation>
    </message>
    <message>
        <source>You may not move this opportunity.</source>
        <translation>您无权移动这个商机。</translation>
    </message>
</context>
<context>
    <name>PlannerCalendar</name>
    <message>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <source>day off</source>
        <translation>休息日</translation>
    </message>
    <message>
        <source>Plan %1+%2 / %3+%4</source>
        <translation>计划 %1+%2 / 标准 %3+%4</translation>
    </message>
    <message>
        <source>Done %1+%2</source>
        <translation>完成 %1+%2</translation>
    </message>
    <message>
        <source>new customer</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>existing customer</source>
        <translation>老客户</translation>
    </message>
    <message>
        <source>Overlaps another visit of this rep</source>
        <translation>与该业务员的另一次拜访时间重叠</translation>
    </message>
    <message>
        <source>Result missing: open it and record what happened</source>
        <translation>未填结果：打开它，记录实际情况</translation>
    </message>
</context>
<context>
    <name>PlannerRoom</name>
    <message>
        <source>Visit next</source>
        <translation>待拜访</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>路线</translation>
    </message>
    <message>
        <source>Week review</source>
        <translation>周检讨</translation>
    </message>
    <message>
        <source>All reps</source>
        <translation>全部业务员</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Plan visit</source>
        <translation>安排拜访</translation>
    </message>
    <message>
        <source>Visit sheet…</source>
        <translation>拜访单…</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>业务员</translation>
    </message>
    <message>
        <source>&amp;Plan visit…</source>
        <translation>安排拜访(&amp;P)…</translation>
    </message>
    <message>
        <source>Print &amp;visit sheet…</source>
        <translation>打印拜访单(&amp;V)…</translation>
    </message>
    <message>
        <source>Print &amp;week plan…</source>
        <translation>打印周计划(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Export to calendar (.ics)…</source>
        <translation>导出到日历 (.ics)(&amp;E)…</translation>
    </message>
    <message>
        <source>Daily &amp;standard…</source>
        <translation>拜访标准(&amp;S)…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Planner</source>
        <translation>拜访计划(&amp;P)</translation>
    </message>
    <message>
        <source>Planner</source>
        <translation>拜访计划</translation>
    </message>
    <message>
        <source>new customer</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>overlap</source>
        <translation>时间重叠</translation>
    </message>
    <message>
        <source>result missing</source>
        <translation>未填结果</translation>
    </message>
    <message>
        <source>Someone else changed this visit meanwhile; the calendar shows it as it is now.</source>
        <translation>其他人刚刚修改了这次拜访；日历显示的是它现在的样子。</translation>
    </message>
    <message>
        <source>Choose one rep first (the sheet is per rep).</source>
        <translation>请先选择一位业务员（拜访单按业务员打印）。</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Could not write %1:
%2</source>
        <translation>无法写入 %1：
%2</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>正在准备…</translation>
    </message>
    <message>
        <source>Save visit sheet</source>
        <translation>保存拜访单</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Save week plan</source>
        <translation>保存周计划</translation>
    </message>
    <message>
        <source>Export planned visits (next four weeks)</source>
        <translation>导出计划中的拜访（未来四周）</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar 文件 (*.ics)</translation>
    </message>
</context>
<context>
    <name>PlannerRoutePanel</name>
    <message>
        <source>Optimise route</source>
        <translation>优化路线</translation>
    </message>
    <message>
        <source>Order by the customers&apos; coordinates (shortest path), else by district and address</source>
        <translation>按客户坐标排出最短路线；没有坐标时按区域和地址排序</translation>
    </message>
    <message>
        <source>Choose one rep to see and order the day&apos;s route.</source>
        <translation>选择一位业务员，查看并排定当天的路线。</translation>
    </message>
    <message>
        <source>Route for %1: drag to reorder</source>
        <translation>%1 的路线：拖动调整顺序</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>路线</translation>
    </message>
    <message>
        <source>The day&apos;s visits changed meanwhile; the route shows them as they are now.</source>
        <translation>这一天的拜访在此期间已被更改；路线显示的是现在的情况。</translation>
    </message>
    <message>
        <source>Move the planned visits&apos; times to follow the new order?</source>
        <translation>是否按新顺序调整计划拜访的时间？</translation>
    </message>
    <message>
        <source>Durations are kept; the day starts at its first visit&apos;s time, with the travel between customers in between. Visits already done keep their times.</source>
        <translation>每次拜访时长不变；从当天第一次拜访的时间开始，中间留出客户之间的路程时间。已完成的拜访保持原时间。</translation>
    </message>
    <message>
        <source>Reorder and retime</source>
        <translation>调整顺序和时间</translation>
    </message>
    <message>
        <source>Reorder only</source>
        <translation>只调整顺序</translation>
    </message>
</context>
<context>
    <name>PlannerSideList</name>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Key customers not seen for this many days</source>
        <translation>超过这些天没有拜访的重点客户</translation>
    </message>
    <message>
        <source>Customers without a visit or deal for this long</source>
        <translation>这么久没有拜访也没有成交的客户</translation>
    </message>
    <message>
        <source>Plan visit</source>
        <translation>安排拜访</translation>
    </message>
    <message>
        <source>Key unseen</source>
        <translation>重点客户未访</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>沉睡客户</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>The list could not be read: %1</source>
        <translation>列表读取失败：%1</translation>
    </message>
    <message>
        <source>Next action due</source>
        <translation>下一步行动到期</translation>
    </message>
    <message>
        <source>Key customers not seen</source>
        <translation>久未拜访的重点客户</translation>
    </message>
    <message>
        <source>Dormant customers</source>
        <translation>沉睡客户</translation>
    </message>
    <message>
        <source>last visit %1</source>
        <translation>上次拜访 %1</translation>
    </message>
    <message>
        <source>never visited</source>
        <translation>从未拜访</translation>
    </message>
    <message>
        <source>last contact %1</source>
        <translation>上次往来 %1</translation>
    </message>
    <message>
        <source>Nobody waiting: every customer is planned or recent.</source>
        <translation>没有待拜访的客户：每位客户都已安排或最近拜访过。</translation>
    </message>
    <message>
        <source>Result missing (%1)</source>
        <translation>未填结果（%1）</translation>
    </message>
    <message>
        <source>Visits whose time is over but whose result is not recorded</source>
        <translation>时间已过但尚未记录结果的拜访</translation>
    </message>
</context>
<context>
    <name>PlannerStandardDialog</name>
    <message>
        <source>existing +</source>
        <translation>家老客户 +</translation>
    </message>
    <message>
        <source>new per working day</source>
        <translation>家新客户 / 每个工作日</translation>
    </message>
    <message>
        <source>Daily visit standard</source>
        <translation>每日拜访标准</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>This rep has an own standard</source>
        <translation>该业务员使用自己的标准</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>业务员</translation>
    </message>
    <message>
        <source>Office time zone</source>
        <translation>公司时区</translation>
    </message>
    <message>
        <source>Unknown time zone: %1</source>
        <translation>未知时区：%1</translation>
    </message>
</context>
<context>
    <name>PlannerWeekPanel</name>
    <message>
        <source>This week&apos;s aims (week plan)</source>
        <translation>本周目标（周计划）</translation>
    </message>
    <message>
        <source>What went well, what did not, what changes next week (week review)</source>
        <translation>哪些做得好，哪些不好，下周要改变什么（周检讨）</translation>
    </message>
    <message>
        <source>Save week review</source>
        <translation>保存周检讨</translation>
    </message>
    <message>
        <source>Week plan</source>
        <translation>周计划</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: planned %2, done %3 of a standard %4&lt;br&gt;Purpose met: %5 yes, %6 partly, %7 no · next actions %8</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：计划 %2，完成 %3，标准 %4&lt;br&gt;达成目的：是 %5，部分 %6，否 %7 · 下一步行动 %8</translation>
    </message>
    <message>
        <source>&lt;b&gt;Month %1&lt;/b&gt;: planned %2, done %3 of a standard %4</source>
        <translation>&lt;b&gt;%1（月计划）&lt;/b&gt;：计划 %2，完成 %3，标准 %4</translation>
    </message>
    <message>
        <source>Week review</source>
        <translation>周检讨</translation>
    </message>
    <message>
        <source>The week plan or review has unsaved changes.</source>
        <translation>周计划或周检讨有未保存的修改。</translation>
    </message>
    <message>
        <source>Save them?</source>
        <translation>要保存吗？</translation>
    </message>
    <message>
        <source>Choose one rep to see the week plan and review.</source>
        <translation>选择一位业务员，查看周计划和周检讨。</translation>
    </message>
    <message>
        <source>Someone else saved this week&apos;s review meanwhile; it is shown again.</source>
        <translation>其他人刚刚保存了本周的周检讨；已重新显示。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>PoolDialogs</name>
    <message>
        <source>Move %1 customers to the shared pool?</source>
        <translation>把 %1 个客户放入公海？</translation>
    </message>
    <message>
        <source>Their planned visits stay with the reps who planned them.</source>
        <translation>已安排的拜访仍归安排它们的业务员。</translation>
    </message>
    <message>
        <source>Reassign %1 customers and %2 planned visits to %3?</source>
        <translation>把 %1 个客户和 %2 次计划拜访转交给%3？</translation>
    </message>
    <message>
        <source>%1 open follow-ups go with them to the new owner.</source>
        <translation>%1 项未完成的跟进随客户交给新负责人。</translation>
    </message>
    <message>
        <source>Reassign customers</source>
        <translation>转交客户</translation>
    </message>
    <message>
        <source>Any rep may then claim them.</source>
        <translation>之后任何业务员都可以领取它们。</translation>
    </message>
    <message>
        <source>Move to the shared pool</source>
        <translation>放入公海</translation>
    </message>
    <message>
        <source>Set the tier of %1 customers to %2?</source>
        <translation>把 %1 个客户的等级设为%2？</translation>
    </message>
    <message>
        <source>Set tier by hand</source>
        <translation>手动设定等级</translation>
    </message>
</context>
<context>
    <name>PortfolioReport</name>
    <message>
        <source>Rep</source>
        <translation>业务员</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>未评估</translation>
    </message>
    <message>
        <source>Manual tier</source>
        <translation>手工等级</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>(no rep)</source>
        <translation>（无业务员）</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>全公司</translation>
    </message>
    <message>
        <source>Where visit time went (last 90 days)</source>
        <translation>拜访时间去向（最近 90 天）</translation>
    </message>
    <message>
        <source>Guidance: key customers are about 10 % of customers and get 60 % of selling time; ordinary 30 % and 30 %; potential 60 % and 10 %.</source>
        <translation>建议：重点客户约占客户数 10 %，投入 60 % 的销售时间；普通客户 30 % 与 30 %；有可能成为客户的对象 60 % 与 10 %。</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>Guidance (time)</source>
        <translation>建议（时间）</translation>
    </message>
    <message>
        <source>Share of customers</source>
        <translation>客户占比</translation>
    </message>
    <message>
        <source>No done visits in this period.</source>
        <translation>这段时间没有已完成的拜访。</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>%1 (%2 days)</source>
        <translation>%1（%2 天前）</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未拜访</translation>
    </message>
    <message>
        <source>… and %1 more in this quadrant (Analysis → Intent × quality lists them all).</source>
        <translation>… 本象限另有 %1 位客户（完整名单见“客户状态分析 → 意愿 × 素质”）。</translation>
    </message>
    <message>
        <source>Intent</source>
        <translation>意愿</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>素质</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Quadrant of the latest assessment</source>
        <translation>最近一次评估所在象限</translation>
    </message>
    <message>
        <source>What to do per quadrant</source>
        <translation>各象限的行动清单</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>上次拜访</translation>
    </message>
    <message>
        <source>Intent / quality</source>
        <translation>意愿 / 素质</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>顾客类型</translation>
    </message>
    <message>
        <source>Customer portfolio</source>
        <translation>客户组合分析</translation>
    </message>
    <message>
        <source>all reps</source>
        <translation>全部业务员</translation>
    </message>
    <message>
        <source>High intent from %1, high quality from %2; tiers by the last 12 months&apos; revenue, breakpoints %3 %.</source>
        <translation>意愿 ≥ %1 为高，素质 ≥ %2 为高；等级按最近 12 个月销售额，分界 %3 %。</translation>
    </message>
    <message>
        <source>Assessed customers</source>
        <translation>已评估客户</translation>
    </message>
    <message>
        <source>Intent × quality</source>
        <translation>意愿 × 素质</translation>
    </message>
    <message>
        <source>Quadrants and tiers per rep</source>
        <translation>各业务员的象限与等级分布</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 上一页</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一页 ▶</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>页 / 共 %1 页</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>整页</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>第</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>缩放</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Print (Ctrl+P)</source>
        <translation>打印 (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Save as PDF (Ctrl+S)</source>
        <translation>另存为 PDF (Ctrl+S)</translation>
    </message>
    <message>
        <source>Page setup…</source>
        <translation>页面设置…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>无法启动打印机。</translation>
    </message>
</context>
<context>
    <name>ProgressRow</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Quadrant</name>
    <message>
        <source>High intent, high quality</source>
        <translation>高意愿 · 高素质</translation>
    </message>
    <message>
        <source>High intent, low quality</source>
        <translation>高意愿 · 低素质</translation>
    </message>
    <message>
        <source>Low intent, high quality</source>
        <translation>低意愿 · 高素质</translation>
    </message>
    <message>
        <source>Low intent, low quality</source>
        <translation>低意愿 · 低素质</translation>
    </message>
    <message>
        <source>Close now</source>
        <translation>立即成交</translation>
    </message>
    <message>
        <source>Sell safely</source>
        <translation>稳妥成交</translation>
    </message>
    <message>
        <source>Build interest</source>
        <translation>培养意愿</translation>
    </message>
    <message>
        <source>Keep in touch</source>
        <translation>低成本维系</translation>
    </message>
    <message>
        <source>Ready to buy and worth having: visit in person, meet the decision makers, make a concrete offer and ask for the order. Plan for a long relationship.</source>
        <translation>想买，也值得做：亲自拜访，见决策人，拿出具体方案，主动要单；按长期合作来经营。</translation>
    </message>
    <message>
        <source>Wants to buy but is a riskier partner: keep the offer simple, agree clear terms, ask for prepayment or short credit and check payment before delivering more.</source>
        <translation>想买，但合作风险较高：方案从简，条款讲清，要求预付款或短账期，回款后再加量供货。</translation>
    </message>
    <message>
        <source>A good partner not yet convinced: show how the product creates value, bring cases of others who use it, invite them to try it. Invest time in the relationship.</source>
        <translation>值得合作，但还没被说服：讲清产品如何为他创造价值，带上其他用户的案例，邀请试用；在关系上多投入时间。</translation>
    </message>
    <message>
        <source>Neither ready nor promising yet: keep in touch through cheap channels (phone, WeChat, the monthly card) and assess again in a few months.</source>
        <translation>目前既不想买也不太有潜力：用低成本方式保持联系（电话、微信、每月一卡），几个月后再评估。</translation>
    </message>
</context>
<context>
    <name>QuadrantChart</name>
    <message>
        <source>Quality</source>
        <translation>素质</translation>
    </message>
    <message>
        <source>Intent</source>
        <translation>意愿</translation>
    </message>
    <message>
        <source>intent %1 · quality %2</source>
        <translation>意愿 %1 · 素质 %2</translation>
    </message>
</context>
<context>
    <name>QuadrantPage</name>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>High from</source>
        <translation>“高”的门槛</translation>
    </message>
    <message>
        <source>Intent</source>
        <translation>意愿</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>素质</translation>
    </message>
    <message>
        <source>%1 assessed customers. Click a point to open the customer.</source>
        <translation>已评估客户 %1 位。点击圆点可打开该客户。</translation>
    </message>
</context>
<context>
    <name>QuestionnairePage</name>
    <message>
        <source>(weight %1)</source>
        <translation>（权重 %1）</translation>
    </message>
    <message>
        <source>(reverse-scored: 1 counts best)</source>
        <translation>（反向计分：1 分最好）</translation>
    </message>
    <message>
        <source>Not answered: left out of the score</source>
        <translation>未作答：不计入得分</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <source>Reassign customers</source>
        <translation>转交客户</translation>
    </message>
    <message>
        <source>Shared pool (no owner)</source>
        <translation>公海（无负责人）</translation>
    </message>
    <message>
        <source>Give the %1 selected customers to:</source>
        <translation>把选中的 %1 个客户转交给：</translation>
    </message>
    <message>
        <source>Their visits planned from now on go with them; done visits stay with the rep who made them.</source>
        <translation>今后已安排的拜访随客户一起转交；已完成的拜访仍归原业务员。</translation>
    </message>
    <message>
        <source>New owner:</source>
        <translation>新负责人：</translation>
    </message>
    <message>
        <source>the shared pool</source>
        <translation>公海</translation>
    </message>
</context>
<context>
    <name>ReminderCentre</name>
    <message>
        <source>Reminders</source>
        <translation>提醒中心</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>已完成(&amp;D)</translation>
    </message>
    <message>
        <source>Sn&amp;ooze a day</source>
        <translation>推迟一天(&amp;O)</translation>
    </message>
    <message>
        <source>Snooze a &amp;week</source>
        <translation>推迟一周(&amp;W)</translation>
    </message>
    <message>
        <source>D&amp;ismiss</source>
        <translation>不再提醒(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Print cards…</source>
        <translation>打印贺卡(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Export for mail merge…</source>
        <translation>导出用于邮件合并(&amp;E)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>New since you last looked</source>
        <translation>上次查看之后新出现的</translation>
    </message>
    <message>
        <source>Reminders for %1: %2</source>
        <translation>%1 的提醒：%2 条</translation>
    </message>
    <message>
        <source>Nothing to do on %1.</source>
        <translation>%1 没有要办的事。</translation>
    </message>
    <message>
        <source>Monthly cards</source>
        <translation>每月一卡</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Preparing the cards…</source>
        <translation>正在准备贺卡…</translation>
    </message>
    <message>
        <source>Export the monthly cards</source>
        <translation>导出每月一卡名单</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV for Excel (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;Excel 用 CSV (*.csv)</translation>
    </message>
    <message>
        <source>Writing the card list…</source>
        <translation>正在写入名单…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
</context>
<context>
    <name>ReminderWatch</name>
    <message>
        <source>&amp;Reminders…</source>
        <translation>提醒中心(&amp;R)…</translation>
    </message>
    <message>
        <source>Desktop CRM reminders</source>
        <translation>Desktop CRM 提醒</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>…… 另有 %1 条</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>new</source>
        <translation>新</translation>
    </message>
    <message>
        <source>Complaints late</source>
        <translation>投诉已超时</translation>
    </message>
    <message>
        <source>Complaints due soon</source>
        <translation>投诉即将到期</translation>
    </message>
    <message>
        <source>Visits without a result</source>
        <translation>拜访未填结果</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>待跟进</translation>
    </message>
    <message>
        <source>Birthdays</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Anniversaries of the first trade</source>
        <translation>首次交易纪念日</translation>
    </message>
    <message>
        <source>Monthly card</source>
        <translation>每月一卡</translation>
    </message>
    <message>
        <source>Dormant customers</source>
        <translation>休眠客户</translation>
    </message>
    <message>
        <source>%1&apos;s birthday on %2 (%3 years)</source>
        <translation>%1的生日：%2（%3 岁）</translation>
    </message>
    <message>
        <source>%1&apos;s lunar birthday, %3, on %2</source>
        <translation>%1的农历生日（%3）：%2</translation>
    </message>
    <message>
        <source>%1: %2 years since the first trade on %3</source>
        <translation>%1：首次交易（%3）%2 周年</translation>
    </message>
    <message>
        <source>Send this month&apos;s card (%1) to %2 customers</source>
        <translation>寄出本月贺卡（%1）：%2 位客户</translation>
    </message>
    <message>
        <source>Follow up %1, due %2: %3</source>
        <translation>跟进%1，%2 到期：%3</translation>
    </message>
    <message>
        <source>Follow up %1, due %2</source>
        <translation>跟进%1，%2 到期</translation>
    </message>
    <message>
        <source>Complaint %1 of %2 is due by %3</source>
        <translation>%2的投诉 %1 须在 %3 前处理</translation>
    </message>
    <message>
        <source>Complaint %1 of %2 is late: it was due by %3</source>
        <translation>%2的投诉 %1 已超时：应在 %3 前处理</translation>
    </message>
    <message>
        <source>%1: no deal or done visit for %2 days (last on %3)</source>
        <translation>%1：已 %2 天没有成交或完成的拜访（最近一次 %3）</translation>
    </message>
    <message>
        <source>%1: no deal or done visit for %2 days</source>
        <translation>%1：已 %2 天没有成交或完成的拜访</translation>
    </message>
    <message>
        <source>The visit to %1 on %2 has no result yet</source>
        <translation>%2 对%1的拜访还没有填写结果</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>(cont.)</source>
        <translation>(续)</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页 / 共 %2 页</translation>
    </message>
</context>
<context>
    <name>RepsBoard</name>
    <message>
        <source>Each day: done / planned of the rep&apos;s standard.</source>
        <translation>每格：完成 / 计划，对照该业务员的标准。</translation>
    </message>
    <message>
        <source>standard met</source>
        <translation>达到标准</translation>
    </message>
    <message>
        <source>planned, not yet done</source>
        <translation>已计划，尚未完成</translation>
    </message>
    <message>
        <source>short of the standard</source>
        <translation>未达标准</translation>
    </message>
    <message>
        <source>Week total</source>
        <translation>本周合计</translation>
    </message>
    <message>
        <source>%1 / %2
standard %3</source>
        <translation>%1 / %2
标准 %3</translation>
    </message>
    <message>
        <source>%1 / %2 of %3</source>
        <translation>完成 %1 / 计划 %2 · 标准 %3</translation>
    </message>
    <message>
        <source>… %1 more</source>
        <translation>… 另有 %1 次</translation>
    </message>
    <message>
        <source>%1, %2: done %3, planned %4, standard %5</source>
        <translation>%1，%2：完成 %3，计划 %4，标准 %5</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Owner</source>
        <translation>老板/主管</translation>
    </message>
    <message>
        <source>Office clerk</source>
        <translation>销售内勤</translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation>业务员</translation>
    </message>
</context>
<context>
    <name>SelectionActions</name>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Merge the two…</source>
        <translation>合并这两个客户(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Reassign to…</source>
        <translation>转交给(&amp;R)…</translation>
    </message>
    <message>
        <source>Move to the shared &amp;pool</source>
        <translation>放入公海(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Claim</source>
        <translation>领取(&amp;C)</translation>
    </message>
    <message>
        <source>Set tier by &amp;hand…</source>
        <translation>手动设定等级(&amp;H)…</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>选中的客户</translation>
    </message>
    <message>
        <source>Reassigning customers…</source>
        <translation>正在转交客户…</translation>
    </message>
    <message>
        <source>%1 customers moved to the shared pool.</source>
        <translation>已将 %1 个客户放入公海。</translation>
    </message>
    <message>
        <source>%1 customers and %2 planned visits reassigned to %3.</source>
        <translation>已将 %1 个客户和 %2 次计划拜访转交给%3。</translation>
    </message>
    <message>
        <source>Moving customers to the shared pool…</source>
        <translation>正在把客户放入公海…</translation>
    </message>
    <message>
        <source>Claiming customers…</source>
        <translation>正在领取客户…</translation>
    </message>
    <message>
        <source>%1 customers claimed: they are yours now.</source>
        <translation>已领取 %1 个客户，现在由您负责。</translation>
    </message>
    <message>
        <source>the computed tier</source>
        <translation>计算出的等级</translation>
    </message>
    <message>
        <source>Setting tiers…</source>
        <translation>正在设定等级…</translation>
    </message>
    <message>
        <source>Tier of %1 customers set to %2.</source>
        <translation>已将 %1 个客户的等级设为%2。</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>“%1” already belongs to %2; nothing was changed.</source>
        <translation>“%1”已归%2负责，未做任何更改。</translation>
    </message>
    <message>
        <source>Your role may not do this (only an owner or an office clerk may reassign customers or set tiers by hand; a rep may move only their own customers to the shared pool).</source>
        <translation>您的角色无权执行此操作（只有老板/主管或销售内勤可以转交客户或手动设定等级；业务员只能把自己的客户放入公海）。</translation>
    </message>
    <message>
        <source>%1 customers without a visit or deal returned to the shared pool.</source>
        <translation>%1 个长期没有拜访或成交的客户已退回公海。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>等另外 %1 个</translation>
    </message>
    <message>
        <source>Your customers returning to the shared pool within %1 days: %2</source>
        <translation>您的以下客户将在 %1 天内退回公海：%2</translation>
    </message>
    <message>
        <source>Customers returning to the shared pool within %1 days: %2</source>
        <translation>以下客户将在 %1 天内退回公海：%2</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Follow the system (%1)</source>
        <translation>跟随系统（%1）</translation>
    </message>
    <message>
        <source>A new language is used the next time Desktop CRM starts.</source>
        <translation>新的语言将在下次启动桌面客户管理时生效。</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Shared pool</source>
        <translation>公海</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>A rep&apos;s customer without a done visit or a deal for this many days returns to the shared pool when an owner or clerk starts the program; the rep is told beforehand.</source>
        <translation>业务员的客户如果这么多天没有完成的拜访或成交，会在老板/主管或销售内勤启动程序时退回公海；事先会提醒业务员。</translation>
    </message>
    <message>
        <source>Return to the pool after:</source>
        <translation>多久后退回公海：</translation>
    </message>
    <message>
        <source>Tell the rep before:</source>
        <translation>提前提醒业务员：</translation>
    </message>
    <message>
        <source>Only an owner or an office clerk may change these.</source>
        <translation>只有老板/主管或销售内勤可以修改这些设置。</translation>
    </message>
    <message>
        <source>Complaints, surveys and reminders</source>
        <translation>投诉、调查与提醒</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>e.g. 上海、江苏 (empty: the office&apos;s province)</source>
        <translation>例如 上海、江苏（留空：本公司所在省份）</translation>
    </message>
    <message>
        <source>Answer a complaint inside the home region within:</source>
        <translation>本地区投诉处理期限：</translation>
    </message>
    <message>
        <source>… outside it within:</source>
        <translation>外地投诉处理期限：</translation>
    </message>
    <message>
        <source>Home region (provinces or cities):</source>
        <translation>本地区（省份或城市）：</translation>
    </message>
    <message>
        <source>Due soon when less than this is left:</source>
        <translation>剩余时间少于此值时提示即将到期：</translation>
    </message>
    <message>
        <source>A satisfaction index counts as satisfied from:</source>
        <translation>满意度指数达到此分数即算满意：</translation>
    </message>
    <message>
        <source>Remind of birthdays and anniversaries ahead:</source>
        <translation>生日和纪念日提前提醒：</translation>
    </message>
    <message>
        <source>Letterhead of reply letters</source>
        <translation>回复函信头</translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation>选择标志…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Office name:</source>
        <translation>公司名称：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>标志：</translation>
    </message>
    <message>
        <source>(no logo)</source>
        <translation>（无标志）</translation>
    </message>
    <message>
        <source>Choose logo</source>
        <translation>选择标志</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>Setup</name>
    <message>
        <source>Too short: use at least %1 characters.</source>
        <translation>太短：至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>Someone already has this name.</source>
        <translation>已有人使用这个姓名。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>This person has been deactivated. Ask an owner to let you in again.</source>
        <translation>此人员已停用。请联系老板重新启用。</translation>
    </message>
    <message>
        <source>Too many failed attempts. Wait %1 seconds, then try again.</source>
        <translation>失败次数过多。请等待 %1 秒后再试。</translation>
    </message>
    <message>
        <source>The database server refused your login. Ask an owner to set your password again.</source>
        <translation>数据库服务器拒绝了您的登录。请联系主管重新设置您的密码。</translation>
    </message>
    <message>
        <source>Wrong name or password.</source>
        <translation>姓名或密码错误。</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in — Desktop CRM</source>
        <translation>登录 — Desktop CRM</translation>
    </message>
    <message>
        <source>Desktop CRM</source>
        <translation>Desktop CRM</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>&amp;Keep me signed in on this computer</source>
        <translation>在本机保持登录(&amp;K)</translation>
    </message>
    <message>
        <source>The next start opens without the password, for %1 days or until File → Sign out. Only where no one else uses your account on this computer.</source>
        <translation>下次启动无需输入密码，保持 %1 天，或直到“文件 → 退出登录”。仅在没有他人使用您在本机的账户时勾选。</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
</context>
<context>
    <name>StageList</name>
    <message>
        <source>… and %1 more: narrow them down with Find</source>
        <translation>……还有 %1 个：请用查找缩小范围</translation>
    </message>
</context>
<context>
    <name>StagesDialog</name>
    <message>
        <source>Pipeline stages</source>
        <translation>商机阶段</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>成交概率</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>The open stages in order. A new or moved opportunity takes its stage&apos;s probability. After them always come: %1.</source>
        <translation>进行中的阶段，按顺序排列。新建或移动的商机采用所在阶段的成交概率。其后固定为：%1。</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>新阶段</translation>
    </message>
    <message>
        <source>Row %1: </source>
        <translation>第 %1 行：</translation>
    </message>
</context>
<context>
    <name>StateSummary</name>
    <message>
        <source>Assess…</source>
        <translation>评估…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>历次评估…</translation>
    </message>
    <message>
        <source>Personality…</source>
        <translation>顾客类型…</translation>
    </message>
    <message>
        <source>type not rated</source>
        <translation>类型未评定</translation>
    </message>
    <message>
        <source>intent %1 · quality %2</source>
        <translation>意愿 %1 · 素质 %2</translation>
    </message>
    <message>
        <source>not assessed yet</source>
        <translation>尚未评估</translation>
    </message>
    <message>
        <source>Tier –</source>
        <translation>等级 –</translation>
    </message>
    <message>
        <source>Tier %1 (set by hand)</source>
        <translation>等级 %1（手工设定）</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>等级 %1</translation>
    </message>
</context>
<context>
    <name>SummaryReport</name>
    <message>
        <source>Sales</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>Sales per rep</source>
        <translation>人均销售额</translation>
    </message>
    <message>
        <source>Average purchase</source>
        <translation>平均客单价</translation>
    </message>
    <message>
        <source>Purchase frequency</source>
        <translation>购买频次</translation>
    </message>
    <message>
        <source>Close rate</source>
        <translation>成交比率</translation>
    </message>
    <message>
        <source>Deals per visit</source>
        <translation>每次拜访成交数</translation>
    </message>
    <message>
        <source>Visits done</source>
        <translation>已完成拜访</translation>
    </message>
    <message>
        <source>Visits per rep per workday</source>
        <translation>每人每工作日拜访数</translation>
    </message>
    <message>
        <source>Visits against the standard</source>
        <translation>拜访达标率</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>新增客户</translation>
    </message>
    <message>
        <source>Active customers</source>
        <translation>活跃客户</translation>
    </message>
    <message>
        <source>Dormant customers</source>
        <translation>沉睡客户</translation>
    </message>
    <message>
        <source>Retention rate</source>
        <translation>客户保留率</translation>
    </message>
    <message>
        <source>Share of sales from the top 20 %</source>
        <translation>前 20 % 客户销售占比</translation>
    </message>
    <message>
        <source>Satisfaction rate</source>
        <translation>满意率</translation>
    </message>
    <message>
        <source>Complaints resolved on time</source>
        <translation>按时解决的投诉</translation>
    </message>
    <message>
        <source>Complaints late</source>
        <translation>逾期投诉</translation>
    </message>
    <message>
        <source>Overdue next actions</source>
        <translation>逾期的下一步行动</translation>
    </message>
    <message>
        <source>Past visits without a result</source>
        <translation>已过期未填结果的拜访</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>进行中商机金额</translation>
    </message>
    <message>
        <source>Weighted pipeline</source>
        <translation>加权商机金额</translation>
    </message>
    <message>
        <source>Initial contact</source>
        <translation>初步接触</translation>
    </message>
    <message>
        <source>Needs confirmed</source>
        <translation>需求确认</translation>
    </message>
    <message>
        <source>Proposal and quote</source>
        <translation>方案报价</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>谈判</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>输单</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 个百分点</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>本期</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>上期</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Sales this year (previous: last year, the same days)</source>
        <translation>本年累计销售额（上期：去年同期）</translation>
    </message>
    <message>
        <source>As of today</source>
        <translation>截至今日</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>业务员</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>Against the standard</source>
        <translation>达标率</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>全公司</translation>
    </message>
    <message>
        <source>Sales by month (the last 12 months)</source>
        <translation>月度销售额（最近 12 个月）</translation>
    </message>
    <message>
        <source>Pipeline by stage (as of today)</source>
        <translation>各阶段商机（截至今日）</translation>
    </message>
    <message>
        <source>Expected amount</source>
        <translation>预计金额</translation>
    </message>
    <message>
        <source>Weighted by probability</source>
        <translation>按概率加权</translation>
    </message>
    <message>
        <source>At the right: opportunities · expected amount · weighted amount.</source>
        <translation>右侧：商机数 · 预计金额 · 加权金额。</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>%1 起的一周</translation>
    </message>
    <message>
        <source>Visits against the standard per week</source>
        <translation>每周拜访与标准对比</translation>
    </message>
    <message>
        <source>Visits against the standard per rep</source>
        <translation>各业务员拜访与标准对比</translation>
    </message>
    <message>
        <source>Nothing to do here.</source>
        <translation>无待办事项。</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>……另有 %1 条。</translation>
    </message>
    <message>
        <source>(pool)</source>
        <translation>（公海）</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>To do (as of %1)</source>
        <translation>待办事项（截至 %1）</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>逾期跟进</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>下一步行动</translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation>计划日期</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Key customers not visited for %1 days</source>
        <translation>%1 天未拜访的重点客户</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>最近拜访</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未拜访</translation>
    </message>
    <message>
        <source>Complaints handled late</source>
        <translation>逾期处理的投诉</translation>
    </message>
    <message>
        <source>Weekly summary</source>
        <translation>周总结</translation>
    </message>
    <message>
        <source>Monthly summary</source>
        <translation>月度总结</translation>
    </message>
    <message>
        <source>Weekly report of %1</source>
        <translation>%1 的周报告</translation>
    </message>
    <message>
        <source>Monthly report of %1</source>
        <translation>%1 的月度报告</translation>
    </message>
    <message>
        <source>Compared with %1. Made on %2.</source>
        <translation>与%1对比。制表日期：%2。</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>关键指标</translation>
    </message>
    <message>
        <source>Per rep</source>
        <translation>各业务员</translation>
    </message>
    <message>
        <source>Visits and sales</source>
        <translation>拜访与销售</translation>
    </message>
</context>
<context>
    <name>Survey</name>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>客户关系</translation>
    </message>
</context>
<context>
    <name>SurveyDialog</name>
    <message>
        <source>New survey</source>
        <translation>新调查</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>调查</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(无)</translation>
    </message>
    <message>
        <source>What the customer added, in their words</source>
        <translation>客户补充的话，照原话记录</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Tab: the next item · 1–5 or Space: tick a level · arrows: another level</source>
        <translation>Tab：下一项 · 1–5 或空格：勾选等级 · 方向键：换一个等级</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>已答 %1 / 共 %2 项</translation>
    </message>
    <message>
        <source>satisfied (from %1)</source>
        <translation>满意（%1 分起）</translation>
    </message>
    <message>
        <source>not satisfied (below %1)</source>
        <translation>不满意（低于 %1 分）</translation>
    </message>
    <message>
        <source>Satisfaction index: %1</source>
        <translation>满意度指数：%1</translation>
    </message>
    <message>
        <source>Relationship score: %1</source>
        <translation>客户关系得分：%1</translation>
    </message>
    <message>
        <source>Someone else changed this survey after you opened it. It is shown again as it is now; please redo your change.</source>
        <translation>您打开这份调查后，有人修改了它。现在显示的是最新内容，请重新修改。</translation>
    </message>
</context>
<context>
    <name>SurveyForm</name>
    <message>
        <source>Customer: %1</source>
        <translation>客户：%1</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>联系人：%1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>日期：%1</translation>
    </message>
    <message>
        <source>____ / ____ / ____ (year / month / day)</source>
        <translation>______年____月____日</translation>
    </message>
    <message>
        <source>Surveyed by: %1</source>
        <translation>调查人：%1</translation>
    </message>
    <message>
        <source>How satisfied are you with each of the following? Tick one box per line.</source>
        <translation>您对以下各项是否满意？每行请勾选一项。</translation>
    </message>
    <message>
        <source>How far do you agree with each statement? Tick one box per line.</source>
        <translation>您在多大程度上同意以下说法？每行请勾选一项。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Other comments or suggestions:</source>
        <translation>其他意见或建议：</translation>
    </message>
    <message>
        <source>Customer&apos;s signature: %1</source>
        <translation>客户签名：%1</translation>
    </message>
    <message>
        <source>Surveyor&apos;s signature: %1</source>
        <translation>调查人签名：%1</translation>
    </message>
    <message>
        <source>Thank you for your time and your trust.</source>
        <translation>感谢您抽出宝贵时间，感谢您的信任！</translation>
    </message>
</context>
<context>
    <name>SurveysPage</name>
    <message>
        <source>Index</source>
        <translation>满意度指数</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>满意率</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>满意度调查份数</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>客户关系</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>调查</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>业务员</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Both kinds</source>
        <translation>两类调查</translation>
    </message>
    <message>
        <source>Every rep</source>
        <translation>所有业务员</translation>
    </message>
    <message>
        <source>&amp;New survey…</source>
        <translation>新调查(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Print blank form</source>
        <translation>打印空白调查表(&amp;P)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Per rep</source>
        <translation>按业务员</translation>
    </message>
    <message>
        <source>Per customer</source>
        <translation>按客户</translation>
    </message>
    <message>
        <source>&amp;Edit survey…</source>
        <translation>编辑调查(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete survey</source>
        <translation>删除调查(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Print a blank survey form…</source>
        <translation>打印空白调查表(&amp;P)…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
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
        <source>(no rep)</source>
        <translation>（无业务员）</translation>
    </message>
    <message>
        <source>Satisfaction index %1 · satisfaction rate %2 (%3 of %4 satisfied) · relationship %5 (%6 surveys)</source>
        <translation>满意度指数 %1 · 满意率 %2（%4 份中 %3 份满意）· 客户关系 %5（%6 份调查）</translation>
    </message>
    <message>
        <source>Delete survey</source>
        <translation>删除调查</translation>
    </message>
    <message>
        <source>Delete the %1 survey of %2 taken on %3?</source>
        <translation>删除 %2 在 %3 的%1调查吗？</translation>
    </message>
    <message>
        <source>Blank survey form</source>
        <translation>空白调查表</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>反向计分</translation>
    </message>
    <message>
        <source>1 means</source>
        <translation>1 分表示</translation>
    </message>
    <message>
        <source>3 means</source>
        <translation>3 分表示</translation>
    </message>
    <message>
        <source>5 means</source>
        <translation>5 分表示</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>增加题目</translation>
    </message>
    <message>
        <source>Remove question</source>
        <translation>删除题目</translation>
    </message>
    <message>
        <source>Save as new version…</source>
        <translation>另存为新版本…</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>放弃修改</translation>
    </message>
    <message>
        <source>Texts are edited in the interface language. Saving makes a new version: assessments already saved keep the version they were answered against and score exactly as before.</source>
        <translation>文字按当前界面语言编辑。保存会生成新版本：已保存的评估保留作答时的版本，得分完全不变。</translation>
    </message>
    <message>
        <source>Version %1 in use; %2 version(s) stored.</source>
        <translation>正在使用第 %1 版；共保存 %2 个版本。</translation>
    </message>
    <message>
        <source>A questionnaire needs at least one question.</source>
        <translation>问卷至少要有一道题目。</translation>
    </message>
    <message>
        <source>Question %1: the weight must be a number above 0, at most 100.</source>
        <translation>第 %1 题：权重必须是大于 0、不超过 100 的数字。</translation>
    </message>
    <message>
        <source>Question %1 has no text.</source>
        <translation>第 %1 题没有题目文字。</translation>
    </message>
    <message>
        <source>Question %1: a text is too long or holds invisible control characters.</source>
        <translation>第 %1 题：文字过长或含有不可见的控制字符。</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>评估问卷</translation>
    </message>
    <message>
        <source>The questionnaire has edits not saved as a new version.</source>
        <translation>问卷有修改尚未另存为新版本。</translation>
    </message>
    <message>
        <source>Save them?</source>
        <translation>要保存吗？</translation>
    </message>
    <message>
        <source>A weight must be a number above 0.</source>
        <translation>权重必须是大于 0 的数字。</translation>
    </message>
    <message>
        <source>Save as new version</source>
        <translation>另存为新版本</translation>
    </message>
    <message>
        <source>What changed (optional):</source>
        <translation>修改了什么（可不填）：</translation>
    </message>
    <message>
        <source>Version %1 is now in use.</source>
        <translation>现在使用第 %1 版。</translation>
    </message>
</context>
<context>
    <name>TierDialog</name>
    <message>
        <source>Set tier by hand</source>
        <translation>手动设定等级</translation>
    </message>
    <message>
        <source>Computed tier (clear the hand-set one)</source>
        <translation>计算出的等级（清除手动设定）</translation>
    </message>
    <message>
        <source>e.g. strategic account</source>
        <translation>例如：战略客户</translation>
    </message>
    <message>
        <source>Tier for the %1 selected customers:</source>
        <translation>选中的 %1 个客户的等级：</translation>
    </message>
    <message>
        <source>Tier:</source>
        <translation>等级：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
</context>
<context>
    <name>TiersPanel</name>
    <message>
        <source>Rep</source>
        <translation>业务员</translation>
    </message>
    <message>
        <source>No tier</source>
        <translation>无等级</translation>
    </message>
    <message>
        <source>Set by hand</source>
        <translation>手工设定</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Breakpoints: share of revenue per tier (last 12 months)</source>
        <translation>分界：各等级占销售额的比例（最近 12 个月）</translation>
    </message>
    <message>
        <source>Save and recompute</source>
        <translation>保存并重新计算</translation>
    </message>
    <message>
        <source>A customer whose revenue starts within the first share of the total is A, and so on; equal revenue, equal tier; no revenue in 12 months is D. A tier set by hand on the customer wins and is counted under “Set by hand” too.</source>
        <translation>销售额起点落在第一段比例内的客户为 A，依此类推；销售额相同则等级相同；12 个月没有销售额为 D。客户上手工设定的等级优先，并同时计入“手工设定”。</translation>
    </message>
    <message>
        <source>(no rep)</source>
        <translation>（无业务员）</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>ABCD 等级</translation>
    </message>
    <message>
        <source>The four shares must add up to 100 %.</source>
        <translation>四个比例之和必须是 100 %。</translation>
    </message>
    <message>
        <source>Recomputing tiers…</source>
        <translation>正在重新计算等级…</translation>
    </message>
</context>
<context>
    <name>TimePanel</name>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>最近 90 天</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>最近 12 个月</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>业务员</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>No done visits in this period.</source>
        <translation>这段时间没有已完成的拜访。</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Guidance: key customers are about 10 % of customers and get 60 % of the selling time; ordinary 30 % and 30 %; potential 60 % and 10 %. Each cell: actual share of visit time (guidance).</source>
        <translation>建议：重点客户约占客户数 10 %，投入 60 % 的销售时间；普通客户 30 % 与 30 %；有可能成为客户的对象 60 % 与 10 %。每格：实际拜访时间占比（建议值）。</translation>
    </message>
    <message>
        <source>Share of customers (guidance)</source>
        <translation>客户占比（建议值）</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>交易</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>状态分析</translation>
    </message>
    <message>
        <source>File change</source>
        <translation>资料修改</translation>
    </message>
    <message>
        <source>Initial contact</source>
        <translation>初步接触</translation>
    </message>
    <message>
        <source>Needs confirmed</source>
        <translation>需求确认</translation>
    </message>
    <message>
        <source>Proposal / quote</source>
        <translation>方案报价</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>谈判</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>输单</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Show older</source>
        <translation>显示更早的</translation>
    </message>
    <message>
        <source>A new customer has no timeline yet.</source>
        <translation>新客户还没有时间线。</translation>
    </message>
    <message>
        <source>Nothing has happened with this customer yet.</source>
        <translation>这个客户还没有任何记录。</translation>
    </message>
    <message>
        <source>%1 entries shown</source>
        <translation>已显示 %1 条</translation>
    </message>
    <message>
        <source>purpose met: %1</source>
        <translation>达成目的：%1</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>结果：%1</translation>
    </message>
    <message>
        <source>Purpose: %1</source>
        <translation>目的：%1</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>下一步：%1</translation>
    </message>
    <message>
        <source>%1, %2 %</source>
        <translation>%1，%2 %</translation>
    </message>
    <message>
        <source>expected close %1</source>
        <translation>预计成交 %1</translation>
    </message>
    <message>
        <source>Lost because: %1</source>
        <translation>输单原因：%1</translation>
    </message>
    <message>
        <source>intent %1, quality %2</source>
        <translation>意愿 %1，素质 %2</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>评估人：%1</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… 另有 %1 项</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation>回收站</translation>
    </message>
    <message>
        <source>Find in the trash…</source>
        <translation>在回收站中查找…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Delete permanently…</source>
        <translation>永久删除…</translation>
    </message>
    <message>
        <source>In the trash: %1</source>
        <translation>回收站中共 %1 个客户</translation>
    </message>
    <message>
        <source>Select a customer to see who deleted it.</source>
        <translation>选中一个客户，查看是谁删除的。</translation>
    </message>
    <message>
        <source>Merged into “%1” by %2 on %3. To get it back, unmerge it in the History tab of “%1”.</source>
        <translation>已于 %3 由 %2 并入“%1”。如需找回，请在“%1”的“历史记录”页撤销合并。</translation>
    </message>
    <message>
        <source>Deleted by %1 on %2.</source>
        <translation>由 %1 于 %2 删除。</translation>
    </message>
    <message>
        <source>Deleted on %1 (by whom was not recorded then).</source>
        <translation>于 %1 删除（当时未记录删除人）。</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>未恢复</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>正在删除…</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Intent</source>
        <translation>意愿</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>素质</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>This visit has unsaved changes.</source>
        <translation>这次拜访有未保存的修改。</translation>
    </message>
    <message>
        <source>Save them before closing?</source>
        <translation>关闭前先保存吗？</translation>
    </message>
    <message>
        <source>Plan visit</source>
        <translation>安排拜访</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>After the visit</source>
        <translation>拜访之后</translation>
    </message>
    <message>
        <source>Cancel visit</source>
        <translation>取消拜访</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>for</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>When</source>
        <translation>何时</translation>
    </message>
    <message>
        <source>Whom (contact)</source>
        <translation>何人（联系人）</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>业务员</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>何种方法</translation>
    </message>
    <message>
        <source>What matter</source>
        <translation>何事</translation>
    </message>
    <message>
        <source>For which reason</source>
        <translation>何种理由</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>拜访目的</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>行动计划</translation>
    </message>
    <message>
        <source>Expected result</source>
        <translation>预期结果</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Customer did not show / not met</source>
        <translation>未见到客户</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Plan the next action as a visit</source>
        <translation>把下一步行动安排为拜访</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Actual result</source>
        <translation>实际结果</translation>
    </message>
    <message>
        <source>Purpose met</source>
        <translation>达成目的</translation>
    </message>
    <message>
        <source>Time spent</source>
        <translation>所用时间</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>下一步行动</translation>
    </message>
    <message>
        <source>Restore visit</source>
        <translation>恢复拜访</translation>
    </message>
    <message>
        <source>(nobody in particular)</source>
        <translation>（不指定）</translation>
    </message>
    <message>
        <source>New customer on this day (no deal and no done visit before it)</source>
        <translation>这一天是新客户（此前没有成交，也没有完成的拜访）</translation>
    </message>
    <message>
        <source>Existing customer</source>
        <translation>老客户</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>no-show</source>
        <translation>未见到</translation>
    </message>
    <message>
        <source>Next visit planned for %1</source>
        <translation>下次拜访已安排在 %1</translation>
    </message>
    <message>
        <source>Choose the customer from the suggestions first.</source>
        <translation>请先从提示列表中选择客户。</translation>
    </message>
    <message>
        <source>Someone else changed this visit after you opened it. It is shown again as it is now; please redo your change.</source>
        <translation>您打开之后，其他人修改了这次拜访。现在显示的是最新内容，请重新修改。</translation>
    </message>
    <message>
        <source>Write the next action and its date first.</source>
        <translation>请先填写下一步行动及其日期。</translation>
    </message>
    <message>
        <source>Someone else changed this visit; it was reloaded.</source>
        <translation>其他人修改了这次拜访，已重新载入。</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Next action date</source>
        <translation>下一步行动日期</translation>
    </message>
    <message>
        <source>Please check:</source>
        <translation>请检查：</translation>
    </message>
    <message>
        <source>it cannot be due before the visit</source>
        <translation>不能早于这次拜访的日期</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>VisitSheet</name>
    <message>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <source>Visit sheet</source>
        <translation>拜访单</translation>
    </message>
    <message>
        <source>Daily standard</source>
        <translation>拜访标准</translation>
    </message>
    <message>
        <source>%1 existing + %2 new</source>
        <translation>老客户 %1 + 新客户 %2</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>差距</translation>
    </message>
    <message>
        <source>standard met</source>
        <translation>达到标准</translation>
    </message>
    <message>
        <source>%1 existing + %2 new still to plan</source>
        <translation>还需安排老客户 %1 + 新客户 %2</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>Existing customer</source>
        <translation>老客户</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>%1 级</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>上次拜访</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>何事</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>拜访目的</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>行动计划</translation>
    </message>
    <message>
        <source>Expected result</source>
        <translation>预期结果</translation>
    </message>
    <message>
        <source>Personality</source>
        <translation>性格类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>Actual result</source>
        <translation>实际结果</translation>
    </message>
    <message>
        <source>Purpose met</source>
        <translation>达成目的</translation>
    </message>
    <message>
        <source>Time spent</source>
        <translation>用时</translation>
    </message>
    <message>
        <source>Time spent (min)</source>
        <translation>用时（分钟）</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>下一步行动</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Unplanned visit</source>
        <translation>计划外拜访</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>No visits planned for this day.</source>
        <translation>这一天没有安排拜访。</translation>
    </message>
    <message>
        <source>printed %1</source>
        <translation>打印于 %1</translation>
    </message>
</context>
<context>
    <name>VisitsChart</name>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>标准</translation>
    </message>
</context>
<context>
    <name>WeekPlan</name>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>No-show / cancelled</source>
        <translation>未见 / 取消</translation>
    </message>
    <message>
        <source>Against the standard</source>
        <translation>对照标准</translation>
    </message>
    <message>
        <source>day off</source>
        <translation>休息日</translation>
    </message>
    <message>
        <source>met</source>
        <translation>达标</translation>
    </message>
    <message>
        <source>short</source>
        <translation>未达标</translation>
    </message>
    <message>
        <source>planned to standard</source>
        <translation>计划已达标</translation>
    </message>
    <message>
        <source>plan more visits</source>
        <translation>需增加拜访</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Matter / purpose</source>
        <translation>事项 / 目的</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Purpose met</source>
        <translation>达成目的</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>existing</source>
        <translation>老客户</translation>
    </message>
    <message>
        <source>No visits this week.</source>
        <translation>本周没有拜访。</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>下一步行动</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Planned as a visit</source>
        <translation>已安排拜访</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No next actions recorded.</source>
        <translation>没有记录下一步行动。</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>Purpose met: yes / partly / no</source>
        <translation>达成目的：是 / 部分 / 否</translation>
    </message>
    <message>
        <source>Week plan and review</source>
        <translation>周计划与周检讨</translation>
    </message>
    <message>
        <source>Daily standard %1 existing + %2 new · planned %3 · done %4 of %5 · purpose met %6 yes, %7 partly, %8 no</source>
        <translation>每日标准 老客户 %1 + 新客户 %2 · 计划 %3 · 完成 %4 / 标准 %5 · 达成目的 是 %6，部分 %7，否 %8</translation>
    </message>
    <message>
        <source>Week plan</source>
        <translation>周计划</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>拜访</translation>
    </message>
    <message>
        <source>Next actions</source>
        <translation>下一步行动</translation>
    </message>
    <message>
        <source>Week review</source>
        <translation>周检讨</translation>
    </message>
    <message>
        <source>Month plan totals</source>
        <translation>月计划合计</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Desktop CRM</source>
        <translation>桌面客户管理</translation>
    </message>
    <message>
        <source>The database file is on a network share, where SQLite files get corrupted.
Use a PostgreSQL server for shared use, or keep the file on this computer.</source>
        <translation>数据库文件位于网络共享上，SQLite 文件在那里容易损坏。
多人共用请使用 PostgreSQL 服务器，或将文件保存在本机。</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Desktop CRM. Please update.</source>
        <translation>此数据库由更新版本的桌面客户管理写入，请升级软件。</translation>
    </message>
    <message>
        <source>Cannot open the database:
%1</source>
        <translation>无法打开数据库：
%1</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
</TS>
