<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AfterSaleRoom</name>
    <message>
        <source>Complaints</source>
        <translation>投訴</translation>
    </message>
    <message>
        <source>Cause analysis</source>
        <translation>原因分析</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>調查</translation>
    </message>
    <message>
        <source>After-sale</source>
        <translation>售後</translation>
    </message>
</context>
<context>
    <name>AnalysisRoom</name>
    <message>
        <source>Portfolio PDF…</source>
        <translation>客戶組合 PDF…</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>業務員</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>客戶類別</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等級</translation>
    </message>
    <message>
        <source>Intent × quality</source>
        <translation>意願 × 素質</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>ABCD 等級</translation>
    </message>
    <message>
        <source>Visit time</source>
        <translation>拜訪時間</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>評估問卷</translation>
    </message>
    <message>
        <source>How scoring works</source>
        <translation>評分說明</translation>
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
        <translation>客戶狀態分析</translation>
    </message>
    <message>
        <source>All reps</source>
        <translation>全部業務員</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部類別</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>全部等級</translation>
    </message>
    <message>
        <source>Save portfolio report</source>
        <translation>保存客戶組合報告</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>正在生成報告…</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Desktop CRM</source>
        <translation>桌面客戶管理</translation>
    </message>
    <message>
        <source>There is no database at %1.
Create a new, empty database there?</source>
        <translation>%1 處沒有資料庫。
要在那裡新建一個空資料庫嗎？</translation>
    </message>
    <message>
        <source>Restored from %1; the previous file is kept as %2.</source>
        <translation>已從 %1 還原；原來的檔案另存為 %2。</translation>
    </message>
    <message>
        <source>Not restored: %1</source>
        <translation>未還原：%1</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <source>This assessment has not been saved.</source>
        <translation>這份評估還沒有儲存。</translation>
    </message>
    <message>
        <source>Save it before closing?</source>
        <translation>關閉前先儲存嗎？</translation>
    </message>
    <message>
        <source>Assess %1</source>
        <translation>評估 %1</translation>
    </message>
    <message>
        <source>(the customer as a whole)</source>
        <translation>（客戶整體）</translation>
    </message>
    <message>
        <source>(not on a visit)</source>
        <translation>（非拜訪時）</translation>
    </message>
    <message>
        <source>Visit %1</source>
        <translation>拜訪 %1</translation>
    </message>
    <message>
        <source>Overall note (optional)</source>
        <translation>總體備註（可不填）</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>拜訪</translation>
    </message>
    <message>
        <source>Rate each question 1–5; the grey line says what 1, 3 and 5 mean. Leave “?” when you do not know: it is left out of the score.</source>
        <translation>每道題打 1–5 分，灰色小字說明 1、3、5 分各代表什麼。不清楚時保持「?」：該題不計入得分。</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>已答 %1 / %2 題</translation>
    </message>
    <message>
        <source>Intent</source>
        <translation>意願</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>素質</translation>
    </message>
    <message>
        <source>Answer both questionnaires to see the quadrant.</source>
        <translation>兩份問卷都作答後即可看到所屬象限。</translation>
    </message>
    <message>
        <source>Rate at least one question before saving.</source>
        <translation>請至少為一道題打分後再保存。</translation>
    </message>
    <message>
        <source>Overall note</source>
        <translation>總體備註</translation>
    </message>
    <message>
        <source>%1, question %2</source>
        <translation>%1 第 %2 題</translation>
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
        <translation>尚未計算</translation>
    </message>
    <message>
        <source>%1 (set by hand, computed: %2)</source>
        <translation>%1（手工設定，計算結果：%2）</translation>
    </message>
    <message>
        <source>%1 (computed from the last 12 months)</source>
        <translation>%1（按最近 12 個月計算）</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>業務員</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等級</translation>
    </message>
    <message>
        <source>Key-customer category</source>
        <translation>客戶類別</translation>
    </message>
    <message>
        <source>Personality type</source>
        <translation>顧客類型</translation>
    </message>
    <message>
        <source>not rated yet</source>
        <translation>尚未評定</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>已答 %1 / %2 題</translation>
    </message>
    <message>
        <source>Intent score</source>
        <translation>意願得分</translation>
    </message>
    <message>
        <source>Quality score</source>
        <translation>素質得分</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>象限</translation>
    </message>
    <message>
        <source>No quadrant: a questionnaire has no answers.</source>
        <translation>無象限：有一份問卷沒有作答。</translation>
    </message>
    <message>
        <source>High means a score of at least %1 (intent) and %2 (quality).</source>
        <translation>“高”指意願得分不低於 %1、素質得分不低於 %2。</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>素質</translation>
    </message>
    <message>
        <source>Intent</source>
        <translation>意願</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>評分</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>(reverse-scored)</source>
        <translation>（反向計分）</translation>
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
        <translation>歷次評估</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>By</source>
        <translation>評估人</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <source>Customer assessment</source>
        <translation>客戶狀態分析報告</translation>
    </message>
    <message>
        <source>This customer has not been assessed yet.</source>
        <translation>該客戶尚未評估。</translation>
    </message>
    <message>
        <source>Assessed on %1 by %2</source>
        <translation>%1 由 %2 評估</translation>
    </message>
    <message>
        <source>contact: %1</source>
        <translation>聯繫人：%1</translation>
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
        <translation>新增</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Overwrote</source>
        <translation>覆寫</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Moved to the trash</source>
        <translation>移至資源回收筒</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>還原</translation>
    </message>
    <message>
        <source>Deleted permanently</source>
        <translation>永久刪除</translation>
    </message>
    <message>
        <source>Reassigned</source>
        <translation>轉交</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>認領</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>匯出</translation>
    </message>
    <message>
        <source>Set the password</source>
        <translation>設定密碼</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>登入</translation>
    </message>
    <message>
        <source>Failed sign-in</source>
        <translation>登入失敗</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>遭拒絕</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已匯入</translation>
    </message>
    <message>
        <source>Undid an import</source>
        <translation>復原了匯入</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>已合併</translation>
    </message>
    <message>
        <source>Unmerged</source>
        <translation>已取消合併</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>成交紀錄</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>拜訪</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>狀態分析</translation>
    </message>
    <message>
        <source>Personality</source>
        <translation>性格類型</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人員</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合併</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>商機</translation>
    </message>
    <message>
        <source>Pipeline stages</source>
        <translation>商機階段</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投訴</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>調查</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>評估日期</translation>
    </message>
    <message>
        <source>Intent score</source>
        <translation>意向分數</translation>
    </message>
    <message>
        <source>Quality score</source>
        <translation>品質分數</translation>
    </message>
    <message>
        <source>Expressiveness</source>
        <translation>表達性</translation>
    </message>
    <message>
        <source>Emotionality</source>
        <translation>情感性</translation>
    </message>
    <message>
        <source>Rated on</source>
        <translation>評定日期</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在職</translation>
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
        <translation>自動退回公海</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation>操作紀錄</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>客戶名稱</translation>
    </message>
    <message>
        <source>Every action</source>
        <translation>所有操作</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>查詢</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>載入更多</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人員</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>From</source>
        <translation>從</translation>
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
        <translation>已顯示 %1 筆</translation>
    </message>
    <message>
        <source>%1 entries shown; Load more for older ones</source>
        <translation>已顯示 %1 筆；按「載入更多」查看更早的紀錄</translation>
    </message>
    <message>
        <source>The log could not be read: %1</source>
        <translation>無法讀取紀錄：%1</translation>
    </message>
</context>
<context>
    <name>AuditTable</name>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>欄位</translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation>修改前 → 修改後</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>（無人）</translation>
    </message>
    <message>
        <source>%1 with “%2”</source>
        <translation>%1（與「%2」）</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空白）</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Backup folder</source>
        <translation>備份資料夾</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>從備份還原</translation>
    </message>
    <message>
        <source>Backups (*.sqlite3)</source>
        <translation>備份檔 (*.sqlite3)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>還原</translation>
    </message>
    <message>
        <source>Replace the current database with the backup %1?
The current file is kept aside beside it, so this can be undone by hand.</source>
        <translation>要用備份 %1 取代目前的資料庫嗎？
目前的檔案會另存在旁邊，必要時可以手動復原。</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>備份</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>變更…</translation>
    </message>
    <message>
        <source>Use the default</source>
        <translation>使用預設位置</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>資料夾：</translation>
    </message>
    <message>
        <source>A copy is taken at the first start of each day; 7 daily and 4 weekly copies are kept.</source>
        <translation>每天第一次啟動時自動備份一份；保留最近 7 份每日備份與 4 份每週備份。</translation>
    </message>
    <message>
        <source>On a PostgreSQL server, Back up now saves a pg_dump archive; restore a server with pg_restore (see the README).</source>
        <translation>在 PostgreSQL 伺服器上，「立即備份」會儲存一份 pg_dump 封存檔；還原伺服器請使用 pg_restore（見 README）。</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>備份檔</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>備份時間</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即備份</translation>
    </message>
    <message>
        <source>Restore selected…</source>
        <translation>還原所選備份…</translation>
    </message>
    <message>
        <source>Restore from a file…</source>
        <translation>從檔案還原…</translation>
    </message>
    <message>
        <source>Only an owner restores a backup.</source>
        <translation>只有主管可以還原備份。</translation>
    </message>
    <message>
        <source>Only an owner or an office clerk backs up.</source>
        <translation>只有主管或銷售內勤可以備份。</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>No backups in this folder yet.</source>
        <translation>此資料夾中還沒有備份。</translation>
    </message>
    <message>
        <source>Archives (*.dump)</source>
        <translation>封存檔 (*.dump)</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在備份…</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>已備份到 %1。</translation>
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
        <translation>最近 3 個月</translation>
    </message>
    <message>
        <source>The last 12 months</source>
        <translation>最近 12 個月</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <source>Every rep</source>
        <translation>全部業務員</translation>
    </message>
    <message>
        <source>&amp;Report PDF…</source>
        <translation>報告 PDF(&amp;R)…</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投訴數</translation>
    </message>
    <message>
        <source>Of them late</source>
        <translation>其中逾期</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>產品</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>業務員</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Complaints received</source>
        <translation>收到投訴</translation>
    </message>
    <message>
        <source>By product</source>
        <translation>按產品</translation>
    </message>
    <message>
        <source>By rep</source>
        <translation>按業務員</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>按月份</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>重新整理(&amp;F)</translation>
    </message>
    <message>
        <source>Complaints &amp;report…</source>
        <translation>投訴報告(&amp;R)…</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 complaints · %2 resolved on time · %3 late · %4 open, not yet due · on time: %5</source>
        <translation>共 %1 件投訴 · 按時解決 %2 件 · 逾期 %3 件 · 未解決且未到期 %4 件 · 按時率 %5</translation>
    </message>
    <message>
        <source>(no product named)</source>
        <translation>（未填寫產品）</translation>
    </message>
    <message>
        <source>Other products</source>
        <translation>其他產品</translation>
    </message>
    <message>
        <source>(pool)</source>
        <translation>（公共客戶）</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>Save the complaints report</source>
        <translation>儲存投訴報告</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the complaints report…</source>
        <translation>正在產生投訴報告…</translation>
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
        <translation>檢查</translation>
    </message>
    <message>
        <source>What the import would do with each row. Nothing is written yet.</source>
        <translation>匯入會如何處理每一列。現在還沒有寫入任何資料。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>全部列</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>錯誤</translation>
    </message>
    <message>
        <source>Creates</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>略過</translation>
    </message>
    <message>
        <source>Save error file…</source>
        <translation>儲存錯誤檔…</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>重新檢查</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>顯示：</translation>
    </message>
    <message>
        <source>Reading and checking the file…</source>
        <translation>正在讀取並檢查檔案…</translation>
    </message>
    <message>
        <source>Further down the file, the dates in “%1” read as day/month and month/day alike: go Back and say which day they mean.</source>
        <translation>檔案後面的部分中，「%1」裡的日期既可讀作日/月也可讀作月/日：請回上一步說明它們指哪一天。</translation>
    </message>
    <message>
        <source>Nothing to import: no row creates or updates a customer.</source>
        <translation>沒有可匯入的內容：沒有任何一列會新增或更新客戶。</translation>
    </message>
    <message>
        <source>The rows with errors are left out; save them as a file to fix them.</source>
        <translation>有錯誤的列不會匯入；可另存為檔案，修正後再匯入。</translation>
    </message>
    <message>
        <source>Every row reads well.</source>
        <translation>每一列都能正確讀取。</translation>
    </message>
    <message>
        <source>Check cancelled.</source>
        <translation>檢查已取消。</translation>
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
        <translation>職位</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>影響力</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>產品</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>新增一行</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>刪除所選行</translation>
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
        <translation>個人獨資企業</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>合夥企業</translation>
    </message>
    <message>
        <source>Limited company</source>
        <translation>有限責任公司</translation>
    </message>
    <message>
        <source>Joint-stock company</source>
        <translation>股份有限公司</translation>
    </message>
    <message>
        <source>State-owned</source>
        <translation>國有企業</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>個體戶</translation>
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
        <translation>縣城</translation>
    </message>
    <message>
        <source>Rural</source>
        <translation>鄉村</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>從不使用</translation>
    </message>
    <message>
        <source>Occasionally</source>
        <translation>偶爾使用</translation>
    </message>
    <message>
        <source>Often</source>
        <translation>經常使用</translation>
    </message>
    <message>
        <source>Non-user</source>
        <translation>非使用者</translation>
    </message>
    <message>
        <source>Former user</source>
        <translation>曾經使用</translation>
    </message>
    <message>
        <source>Potential user</source>
        <translation>潛在使用者</translation>
    </message>
    <message>
        <source>First-time user</source>
        <translation>首次使用</translation>
    </message>
    <message>
        <source>Regular user</source>
        <translation>經常使用者</translation>
    </message>
    <message>
        <source>None</source>
        <translation>無</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>強</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>非常強</translation>
    </message>
    <message>
        <source>Enthusiastic</source>
        <translation>熱情</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>肯定</translation>
    </message>
    <message>
        <source>Concerned</source>
        <translation>關注</translation>
    </message>
    <message>
        <source>Indifferent</source>
        <translation>不關心</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>否定</translation>
    </message>
    <message>
        <source>Hostile</source>
        <translation>敵視</translation>
    </message>
    <message>
        <source>Key customer</source>
        <translation>重點客戶</translation>
    </message>
    <message>
        <source>Ordinary customer</source>
        <translation>普通客戶</translation>
    </message>
    <message>
        <source>Potential customer</source>
        <translation>有可能成為客戶的對象</translation>
    </message>
    <message>
        <source>Unattractive prospect</source>
        <translation>沒有吸引力的對象</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Mobile / SMS</source>
        <translation>手機／簡訊</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>拜訪</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>傳真</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>良好</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>需關注</translation>
    </message>
    <message>
        <source>Bad</source>
        <translation>差</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>決策者</translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation>影響者</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>採購者</translation>
    </message>
    <message>
        <source>User</source>
        <translation>使用者</translation>
    </message>
    <message>
        <source>Gatekeeper</source>
        <translation>把關者</translation>
    </message>
    <message>
        <source>Decisive</source>
        <translation>決定性</translation>
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
        <translation>面談</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>視訊通話</translation>
    </message>
    <message>
        <source>Customer comes to us</source>
        <translation>客戶來訪</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>已計畫</translation>
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
        <translation>未赴約</translation>
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
        <translation>欄位</translation>
    </message>
    <message>
        <source>Say which field each column of the file goes into.</source>
        <translation>指定檔案的每一欄匯入到哪個欄位。</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>欄</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>範例</translation>
    </message>
    <message>
        <source>Import into</source>
        <translation>匯入到</translation>
    </message>
    <message>
        <source>Save this mapping for files with these columns</source>
        <translation>為具有這些欄的檔案儲存此對應</translation>
    </message>
    <message>
        <source>— ignore —</source>
        <translation>— 忽略 —</translation>
    </message>
    <message>
        <source>“%1” is chosen for more than one column: %2.</source>
        <translation>「%1」被選給了多欄：%2。</translation>
    </message>
    <message>
        <source>Choose the column for “%1”: every row needs it.</source>
        <translation>請為「%1」選擇一欄：每一列都需要它。</translation>
    </message>
    <message>
        <source>Choose a field for at least one column.</source>
        <translation>請至少為一欄選擇欄位。</translation>
    </message>
</context>
<context>
    <name>Complaint</name>
    <message>
        <source>Inattention (not cared for)</source>
        <translation>怠慢（沒有被關心）</translation>
    </message>
    <message>
        <source>Wants to be heard</source>
        <translation>希望被傾聽</translation>
    </message>
    <message>
        <source>A friend&apos;s negative opinion</source>
        <translation>朋友的負面意見</translation>
    </message>
    <message>
        <source>Wrong information or misunderstanding</source>
        <translation>資訊錯誤或誤解</translation>
    </message>
    <message>
        <source>Overall disappointment</source>
        <translation>整體失望</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>當面</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>信函</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新登記</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>處理中</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解決</translation>
    </message>
    <message>
        <source>Called back</source>
        <translation>已回訪</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已結案</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>滿意</translation>
    </message>
    <message>
        <source>Fairly satisfied</source>
        <translation>較滿意</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>Fairly dissatisfied</source>
        <translation>較不滿意</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不滿意</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <source>Register a complaint</source>
        <translation>登記投訴</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投訴</translation>
    </message>
    <message>
        <source>e.g. split air conditioner KFR-35</source>
        <translation>例如：分離式冷氣 KFR-35</translation>
    </message>
    <message>
        <source>What happened, in the customer&apos;s words</source>
        <translation>發生了什麼（客戶的原話）</translation>
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
        <translation>無效</translation>
    </message>
    <message>
        <source>(me)</source>
        <translation>（我）</translation>
    </message>
    <message>
        <source>Called back on</source>
        <translation>回訪日期</translation>
    </message>
    <message>
        <source>(not asked)</source>
        <translation>（未詢問）</translation>
    </message>
    <message>
        <source>Set the deadline by hand</source>
        <translation>手動設定期限</translation>
    </message>
    <message>
        <source>Why this deadline (required)</source>
        <translation>為何設此期限（必填）</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>管道</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理時間</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>產品</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>About the cause</source>
        <translation>原因說明</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>投訴內容</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>處理人</translation>
    </message>
    <message>
        <source>Steps taken</source>
        <translation>處理步驟</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>解決結果</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>補償</translation>
    </message>
    <message>
        <source>Compensation (¥)</source>
        <translation>補償金額（¥）</translation>
    </message>
    <message>
        <source>Call-back</source>
        <translation>回訪</translation>
    </message>
    <message>
        <source>Call-back result</source>
        <translation>回訪結果</translation>
    </message>
    <message>
        <source>Satisfaction after</source>
        <translation>處理後滿意度</translation>
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
        <translation>處理</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>outside the home region</source>
        <translation>在本地區以外</translation>
    </message>
    <message>
        <source>inside the home region</source>
        <translation>在本地區以內</translation>
    </message>
    <message>
        <source>Due %1 (customer %2).</source>
        <translation>期限 %1（客戶%2）。</translation>
    </message>
    <message>
        <source>Someone else changed this complaint after you opened it. It is shown again as it is now; please redo your change.</source>
        <translation>你開啟這筆投訴後，有人修改了它。現已重新顯示最新內容，請重新修改。</translation>
    </message>
</context>
<context>
    <name>ComplaintsPage</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小時</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小時 %2 分</translation>
    </message>
    <message>
        <source>resolved on time</source>
        <translation>準時解決</translation>
    </message>
    <message>
        <source>resolved %1 late</source>
        <translation>逾期 %1 解決</translation>
    </message>
    <message>
        <source>late by %1</source>
        <translation>已逾期 %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理時間</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>處理人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩餘時間</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未結</translation>
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
        <translation>所有業務員</translation>
    </message>
    <message>
        <source>Search customer, product, what happened…</source>
        <translation>搜尋客戶、產品、投訴內容…</translation>
    </message>
    <message>
        <source>&amp;New complaint…</source>
        <translation>新投訴(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編輯(&amp;E)…</translation>
    </message>
    <message>
        <source>Next &amp;status</source>
        <translation>下一狀態(&amp;S)</translation>
    </message>
    <message>
        <source>Reply &amp;letter…</source>
        <translation>回覆函(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Edit complaint…</source>
        <translation>編輯投訴(&amp;E)…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>重新整理(&amp;F)</translation>
    </message>
    <message>
        <source>This month: %1 complaints · %2 resolved on time · %3 late · %4 open, not yet due</source>
        <translation>本月：共 %1 件投訴 · 按時解決 %2 件 · 逾期 %3 件 · 未解決且未到期 %4 件</translation>
    </message>
    <message>
        <source>Next status</source>
        <translation>下一狀態</translation>
    </message>
    <message>
        <source>Fill in the call-back on the Handling tab first.</source>
        <translation>請先在「處理」頁填寫回訪。</translation>
    </message>
</context>
<context>
    <name>ComplaintsReport</name>
    <message>
        <source>on time</source>
        <translation>按時</translation>
    </message>
    <message>
        <source>resolved late</source>
        <translation>逾期解決</translation>
    </message>
    <message>
        <source>open, late</source>
        <translation>未解決，已逾期</translation>
    </message>
    <message>
        <source>open, due soon</source>
        <translation>未解決，即將到期</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未解決</translation>
    </message>
    <message>
        <source>Complaints received</source>
        <translation>收到的投訴</translation>
    </message>
    <message>
        <source>Resolved on time</source>
        <translation>按時解決</translation>
    </message>
    <message>
        <source>Late (resolved late, or open past the deadline)</source>
        <translation>逾期（解決時已過期限，或未解決且已過期限）</translation>
    </message>
    <message>
        <source>Open, not yet due</source>
        <translation>未解決，尚未到期</translation>
    </message>
    <message>
        <source>On time, of those settled or late</source>
        <translation>按時率（已解決或已逾期的投訴中）</translation>
    </message>
    <message>
        <source>Causes (Pareto)</source>
        <translation>投訴原因（柏拉圖分析）</translation>
    </message>
    <message>
        <source>No complaint came in.</source>
        <translation>本期沒有收到投訴。</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投訴數</translation>
    </message>
    <message>
        <source>Cumulative share</source>
        <translation>累計佔比</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>佔比</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>累計</translation>
    </message>
    <message>
        <source>Of them late</source>
        <translation>其中逾期</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到時間</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>處理人</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>The complaints (%1)</source>
        <translation>投訴明細（%1）</translation>
    </message>
    <message>
        <source>Only the first %1 are listed.</source>
        <translation>只列出前 %1 筆。</translation>
    </message>
    <message>
        <source>Complaints of %1</source>
        <translation>%1 的投訴</translation>
    </message>
    <message>
        <source>Complaints and their causes</source>
        <translation>投訴及原因分析</translation>
    </message>
    <message>
        <source>On time: resolved by the deadline (12 h inside the home region, 24 h outside, unless set otherwise). Late: resolved after it, or open past it.</source>
        <translation>按時：在期限內解決（本地區 12 小時，外地 24 小時，可在設定中修改）。逾期：超過期限才解決，或已過期限仍未解決。</translation>
    </message>
    <message>
        <source>Against the deadline</source>
        <translation>期限執行情況</translation>
    </message>
    <message>
        <source>(no product named)</source>
        <translation>（未填寫產品）</translation>
    </message>
    <message>
        <source>Other products</source>
        <translation>其他產品</translation>
    </message>
    <message>
        <source>By product</source>
        <translation>按產品</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>產品</translation>
    </message>
    <message>
        <source>(pool)</source>
        <translation>（公共客戶）</translation>
    </message>
    <message>
        <source>By rep</source>
        <translation>按業務員</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>業務員</translation>
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
        <translation>已被他人儲存</translation>
    </message>
    <message>
        <source>“%1” was deleted permanently by someone else after you opened it. Your changes cannot be saved to it.</source>
        <translation>在您開啟「%1」之後，其他人已將其永久刪除。您的修改無法儲存到該客戶。</translation>
    </message>
    <message>
        <source>Someone else saved a newer version of “%1” after you opened it.

Reload: discard your changes and show their version.
Overwrite: save your version over theirs (their changes are lost).
Cancel: keep editing; nothing is saved yet.</source>
        <translation>在您開啟「%1」之後，其他人儲存了更新的版本。

重新載入：放棄您的修改，顯示對方的版本。
覆蓋：用您的版本覆蓋對方的版本（對方的修改將遺失）。
取消：繼續編輯，暫不儲存。</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新載入</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>覆蓋</translation>
    </message>
    <message>
        <source>Close it</source>
        <translation>關閉</translation>
    </message>
</context>
<context>
    <name>CustomerField</name>
    <message>
        <source>Basic details</source>
        <translation>基本資料</translation>
    </message>
    <message>
        <source>Business details</source>
        <translation>商業細節</translation>
    </message>
    <message>
        <source>Personal details</source>
        <translation>個人細節</translation>
    </message>
    <message>
        <source>Logistics details</source>
        <translation>後勤細節</translation>
    </message>
    <message>
        <source>Business record</source>
        <translation>商業記錄</translation>
    </message>
    <message>
        <source>Segmentation</source>
        <translation>市場細分</translation>
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
        <translation>電話</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手機</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>傳真</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>開戶銀行</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>銀行帳號</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>稅號</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>Owner / manager</source>
        <translation>負責人／經理</translation>
    </message>
    <message>
        <source>Founding date</source>
        <translation>成立日期</translation>
    </message>
    <message>
        <source>Company form</source>
        <translation>企業形式</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>資產</translation>
    </message>
    <message>
        <source>First trade date</source>
        <translation>首次交易日期</translation>
    </message>
    <message>
        <source>Development plans</source>
        <translation>發展計畫</translation>
    </message>
    <message>
        <source>Fiscal year start</source>
        <translation>財年開始</translation>
    </message>
    <message>
        <source>Fiscal year end</source>
        <translation>財年結束</translation>
    </message>
    <message>
        <source>Service area</source>
        <translation>服務區域</translation>
    </message>
    <message>
        <source>Sales capacity</source>
        <translation>銷售能力</translation>
    </message>
    <message>
        <source>Growth potential</source>
        <translation>發展潛力</translation>
    </message>
    <message>
        <source>Business philosophy</source>
        <translation>經營理念</translation>
    </message>
    <message>
        <source>Direction and policies</source>
        <translation>經營方向與政策</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>規模</translation>
    </message>
    <message>
        <source>Characteristics</source>
        <translation>特點</translation>
    </message>
    <message>
        <source>Relations with competitors</source>
        <translation>與競爭對手的關係</translation>
    </message>
    <message>
        <source>Cooperation attitude</source>
        <translation>合作態度</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地區</translation>
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
        <translation>區</translation>
    </message>
    <message>
        <source>City size</source>
        <translation>城市規模</translation>
    </message>
    <message>
        <source>Usage rate</source>
        <translation>使用率</translation>
    </message>
    <message>
        <source>User status</source>
        <translation>使用者狀態</translation>
    </message>
    <message>
        <source>Brand loyalty</source>
        <translation>品牌忠誠度</translation>
    </message>
    <message>
        <source>Attitude to our product</source>
        <translation>對本公司產品的態度</translation>
    </message>
    <message>
        <source>Key-customer category</source>
        <translation>重點客戶分類</translation>
    </message>
    <message>
        <source>Manual tier</source>
        <translation>手動等級</translation>
    </message>
    <message>
        <source>Reason for manual tier</source>
        <translation>手動等級原因</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Lunar birthday</source>
        <translation>農曆生日</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年齡</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>興趣</translation>
    </message>
    <message>
        <source>Hobbies</source>
        <translation>愛好</translation>
    </message>
    <message>
        <source>Biases and preferences</source>
        <translation>偏見與喜好</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>學歷</translation>
    </message>
    <message>
        <source>Priority delivery</source>
        <translation>優先送貨</translation>
    </message>
    <message>
        <source>Delivery address</source>
        <translation>送貨地址</translation>
    </message>
    <message>
        <source>Receiving hours</source>
        <translation>收貨時間</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>Preferred contact times</source>
        <translation>方便聯絡的時間</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>首選聯絡方式</translation>
    </message>
    <message>
        <source>Credit status</source>
        <translation>信用狀況</translation>
    </message>
    <message>
        <source>Trade terms</source>
        <translation>交易條件</translation>
    </message>
    <message>
        <source>Open problems</source>
        <translation>待解決問題</translation>
    </message>
    <message>
        <source>Our advantages</source>
        <translation>我方優勢</translation>
    </message>
    <message>
        <source>Future plans</source>
        <translation>未來計畫</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>下一步行動</translation>
    </message>
    <message>
        <source>Next action due</source>
        <translation>下一步行動日期</translation>
    </message>
</context>
<context>
    <name>CustomerForm</name>
    <message>
        <source>Pick a customer in the list, or create a new one (Ctrl+N).</source>
        <translation>請在清單中選擇客戶，或新建客戶（Ctrl+N）。</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>還原</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>列印…</translation>
    </message>
    <message>
        <source>The customer profile in the print preview (Ctrl+P)</source>
        <translation>在預覽列印中查看客戶資料表 (Ctrl+P)</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>新客戶</translation>
    </message>
    <message>
        <source>Profile %1% complete</source>
        <translation>資料完整度 %1%</translation>
    </message>
    <message>
        <source>Nothing missing.</source>
        <translation>資料已完整。</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>缺少：%1</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>等另外 %1 項</translation>
    </message>
    <message>
        <source>Customer profile</source>
        <translation>客戶資料表</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>正在準備…</translation>
    </message>
    <message>
        <source>Saved. PDFs cannot print %1 in the names: they show □ instead.</source>
        <translation>已儲存。PDF 無法列印名稱中的 %1，將顯示為 □。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在儲存…</translation>
    </message>
    <message>
        <source>Not saved: correct the values marked in red (%1).</source>
        <translation>未儲存：請更正標紅的內容（%1 處）。</translation>
    </message>
    <message>
        <source>Customer not found</source>
        <translation>找不到客戶</translation>
    </message>
    <message>
        <source>This customer no longer exists.</source>
        <translation>該客戶已不存在。</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>無法儲存</translation>
    </message>
    <message>
        <source>The customer could not be saved:
%1</source>
        <translation>無法儲存客戶：
%1</translation>
    </message>
    <message>
        <source>Pick a customer from the suggestions.</source>
        <translation>請從建議清單中選擇客戶。</translation>
    </message>
    <message>
        <source>“Referred by”: pick a customer from the suggestions.</source>
        <translation>「介紹人」：請從建議清單中選擇客戶。</translation>
    </message>
</context>
<context>
    <name>CustomerListModel</name>
    <message>
        <source>Rep</source>
        <translation>業務員</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等級</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新時間</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>符合於</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <source>Tier set by hand</source>
        <translation>手動設定的等級</translation>
    </message>
</context>
<context>
    <name>CustomerListPanel</name>
    <message>
        <source>Find: name, company, phone, contact… (Ctrl+F)</source>
        <translation>搜尋：姓名、公司、電話、聯絡人…（Ctrl+F）</translation>
    </message>
    <message>
        <source>Shared pool</source>
        <translation>公海</translation>
    </message>
    <message>
        <source>All reps</source>
        <translation>全部業務員</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>全部等級</translation>
    </message>
    <message>
        <source>All cities</source>
        <translation>全部城市</translation>
    </message>
    <message>
        <source>Matches: %1</source>
        <translation>共 %1 個客戶</translation>
    </message>
    <message>
        <source>Cannot read the list</source>
        <translation>無法讀取清單</translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <source>Type to find a customer…</source>
        <translation>輸入以搜尋客戶…</translation>
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
        <translation>聯絡人</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>產品</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>%1 deals, total %2, average %3</source>
        <translation>共 %1 筆交易，合計 %2，平均 %3</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>交易記錄</translation>
    </message>
    <message>
        <source>The newest %1 are listed.</source>
        <translation>只列出最近 %1 筆。</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>拜訪</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>下一步行動</translation>
    </message>
    <message>
        <source>purpose met: %1</source>
        <translation>達成目的：%1</translation>
    </message>
    <message>
        <source>Recent visits</source>
        <translation>最近拜訪</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等級</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>狀態分析</translation>
    </message>
    <message>
        <source>not assessed yet</source>
        <translation>尚未評估</translation>
    </message>
    <message>
        <source>intent %1, quality %2</source>
        <translation>意向 %1，素質 %2</translation>
    </message>
    <message>
        <source>%1 on %2 by %3</source>
        <translation>%1 · %2 由 %3 評估</translation>
    </message>
    <message>
        <source>Personality type</source>
        <translation>顧客類型</translation>
    </message>
    <message>
        <source>State analysis</source>
        <translation>客戶狀態分析</translation>
    </message>
    <message>
        <source>Customer profile</source>
        <translation>客戶資料表</translation>
    </message>
    <message>
        <source>rep: %1</source>
        <translation>業務員：%1</translation>
    </message>
    <message>
        <source>tier %1</source>
        <translation>%1 級</translation>
    </message>
</context>
<context>
    <name>CustomerQuestions</name>
    <message>
        <source>Unsaved changes</source>
        <translation>未儲存的修改</translation>
    </message>
    <message>
        <source>The customer “%1” has unsaved changes.</source>
        <translation>客戶「%1」有未儲存的修改。</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>（新客戶）</translation>
    </message>
    <message>
        <source>Save them before you go on?</source>
        <translation>是否先儲存再繼續？</translation>
    </message>
    <message>
        <source>Move “%1” to the trash?</source>
        <translation>將「%1」移到資源回收筒？</translation>
    </message>
    <message>
        <source>Move %1 customers to the trash?</source>
        <translation>將 %1 個客戶移到資源回收筒？</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>移到資源回收筒</translation>
    </message>
    <message>
        <source>You can restore them from the trash later.</source>
        <translation>以後可以從資源回收筒恢復。</translation>
    </message>
    <message>
        <source>Delete permanently</source>
        <translation>永久刪除</translation>
    </message>
    <message>
        <source>Delete %1 customer(s) permanently, with their contacts and deals?
This cannot be undone.</source>
        <translation>永久刪除 %1 個客戶及其聯絡人和交易記錄？
此操作無法復原。</translation>
    </message>
    <message>
        <source>Unmerge</source>
        <translation>取消合併</translation>
    </message>
    <message>
        <source>Undo the merge of “%2” into “%1”?
“%2” comes back from the trash with its contacts, deals, visits and assessments, and “%1” gets its values from before the merge back.</source>
        <translation>要取消將「%2」併入「%1」的合併嗎？
「%2」會連同其聯絡人、交易、拜訪和狀態分析從資源回收筒復原，「%1」則回復為合併前的內容。</translation>
    </message>
</context>
<context>
    <name>CustomersRoom</name>
    <message>
        <source>&amp;New customer</source>
        <translation>新建客戶(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>還原(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>搜尋(&amp;F)</translation>
    </message>
    <message>
        <source>Move to &amp;trash</source>
        <translation>移到資源回收筒(&amp;T)</translation>
    </message>
    <message>
        <source>Show t&amp;rash…</source>
        <translation>查看資源回收筒(&amp;R)…</translation>
    </message>
    <message>
        <source>Plan &amp;visit…</source>
        <translation>安排拜訪(&amp;V)…</translation>
    </message>
    <message>
        <source>New &amp;opportunity…</source>
        <translation>新增商機(&amp;O)…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>重新整理(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>匯出(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>客戶(&amp;C)</translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation>尋找重複客戶(&amp;D)…</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>未匯出</translation>
    </message>
    <message>
        <source>“%1” moved to the trash.</source>
        <translation>已將「%1」移到資源回收筒。</translation>
    </message>
    <message>
        <source>%1 customers moved to the trash.</source>
        <translation>已將 %1 個客戶移到資源回收筒。</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>First contact</source>
        <translation>初步接觸</translation>
    </message>
    <message>
        <source>Needs confirmed</source>
        <translation>需求確認</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>方案報價</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>談判</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>贏單</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>輸單</translation>
    </message>
    <message>
        <source>Close rate</source>
        <translation>成交比率</translation>
    </message>
    <message>
        <source>Deals per visit</source>
        <translation>每次拜訪成交</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>新客戶</translation>
    </message>
    <message>
        <source>Active customers</source>
        <translation>活躍客戶</translation>
    </message>
    <message>
        <source>Dormant customers</source>
        <translation>沉睡客戶</translation>
    </message>
    <message>
        <source>Visits done</source>
        <translation>完成拜訪</translation>
    </message>
    <message>
        <source>Visits per day</source>
        <translation>日均拜訪</translation>
    </message>
    <message>
        <source>Against the standard</source>
        <translation>拜訪達標率</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>銷售額</translation>
    </message>
    <message>
        <source>Sales this year</source>
        <translation>本年累計銷售</translation>
    </message>
    <message>
        <source>Last year, same days</source>
        <translation>去年同期</translation>
    </message>
    <message>
        <source>Average purchase</source>
        <translation>平均客單價</translation>
    </message>
    <message>
        <source>Purchase frequency</source>
        <translation>購買頻率</translation>
    </message>
    <message>
        <source>Sales per rep</source>
        <translation>人均銷售額</translation>
    </message>
    <message>
        <source>Retention rate</source>
        <translation>保留率</translation>
    </message>
    <message>
        <source>Top 20 % share</source>
        <translation>前20%客戶佔比</translation>
    </message>
    <message>
        <source>Overdue next actions</source>
        <translation>逾期跟進</translation>
    </message>
    <message>
        <source>Visits without a result</source>
        <translation>未填結果的拜訪</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>在談商機</translation>
    </message>
    <message>
        <source>Weighted pipeline</source>
        <translation>加權商機</translation>
    </message>
    <message>
        <source>Satisfaction rate</source>
        <translation>滿意率</translation>
    </message>
    <message>
        <source>Complaints on time</source>
        <translation>按時處理投訴</translation>
    </message>
    <message>
        <source>Complaints late</source>
        <translation>逾期投訴</translation>
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
        <translation>本週</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>上週</translation>
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
        <translation>全部業務員</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>重新整理</translation>
    </message>
    <message>
        <source>Summary PDF…</source>
        <translation>總結 PDF…</translation>
    </message>
    <message>
        <source>The period&apos;s summary in a few pages: figures, a row per rep, charts, a to-do list</source>
        <translation>本期總結，只有幾頁：關鍵指標、各業務員一行、圖表、待辦事項</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>時間段</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>業務員</translation>
    </message>
    <message>
        <source>Sales by month</source>
        <translation>每月銷售額（今年與去年）</translation>
    </message>
    <message>
        <source>Pipeline by stage</source>
        <translation>各階段商機</translation>
    </message>
    <message>
        <source>Visits against the standard, per rep</source>
        <translation>拜訪與標準對比（按業務員）</translation>
    </message>
    <message>
        <source>Visits against the standard, per week</source>
        <translation>拜訪與標準對比（按周）</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>概覽(&amp;O)</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概覽</translation>
    </message>
    <message>
        <source>%1 (%2 – %3)</source>
        <translation>%1（%2 – %3）</translation>
    </message>
    <message>
        <source>Save the summary</source>
        <translation>儲存總結</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the summary…</source>
        <translation>正在產生總結…</translation>
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
        <translation>在日曆上選日期（Alt+↓）</translation>
    </message>
</context>
<context>
    <name>DealsEditor</name>
    <message>
        <source>%1 deals · total %2 · average %3 · last purchase %4</source>
        <translation>%1 筆交易 · 合計 %2 · 平均 %3 · 最近購買 %4</translation>
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
        <translation>共 %1 行。雙擊一行即開啟該客戶。</translation>
    </message>
    <message>
        <source>The first %1 of %2 rows. Double-click a row to open the customer.</source>
        <translation>顯示 %2 行中的前 %1 行。雙擊一行即開啟該客戶。</translation>
    </message>
</context>
<context>
    <name>DrillModel</name>
    <message>
        <source>Created</source>
        <translation>建檔日期</translation>
    </message>
    <message>
        <source>Visit on</source>
        <translation>拜訪日期</translation>
    </message>
    <message>
        <source>Deal date</source>
        <translation>成交日期</translation>
    </message>
    <message>
        <source>Closed / expected</source>
        <translation>關閉/預計日期</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到時間</translation>
    </message>
    <message>
        <source>Surveyed on</source>
        <translation>調查日期</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Matter / next action</source>
        <translation>事項/下一步行動</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>產品</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>商機</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>投訴內容</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Expected amount</source>
        <translation>預計金額</translation>
    </message>
    <message>
        <source>Satisfaction index</source>
        <translation>滿意度指數</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>業務員</translation>
    </message>
</context>
<context>
    <name>DuplicateHint</name>
    <message>
        <source>same phone</source>
        <translation>電話相同</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>電子郵件相同</translation>
    </message>
    <message>
        <source>similar company name</source>
        <translation>公司名稱相似</translation>
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
        <translation>可能與既有客戶重複：%1</translation>
    </message>
    <message>
        <source>(and %1 more)</source>
        <translation>(另有 %1 筆)</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Possible duplicate customers</source>
        <translation>可能重複的客戶</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
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
        <translation>合併…</translation>
    </message>
    <message>
        <source>Merge the two customers selected (or the group of two selected)</source>
        <translation>合併選取的兩位客戶（或選取的兩人一組）</translation>
    </message>
    <message>
        <source>Search again</source>
        <translation>重新尋找</translation>
    </message>
    <message>
        <source>Double-click a customer to open it. Select two (Ctrl+click) or a group of two and press Merge… to make them one.</source>
        <translation>按兩下客戶即可開啟。選取兩位客戶（Ctrl+按一下）或兩人一組，再按「合併…」即可合而為一。</translation>
    </message>
    <message>
        <source>Comparing every customer…</source>
        <translation>正在比對所有客戶…</translation>
    </message>
    <message>
        <source>%1 groups of possible duplicates (%2 customers).</source>
        <translation>找到 %1 組可能重複的客戶(共 %2 位客戶)。</translation>
    </message>
    <message>
        <source>No possible duplicates found.</source>
        <translation>沒有找到可能重複的客戶。</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>%1 位客戶</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Customer ID</source>
        <translation>客戶編號</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
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
        <translation>客戶</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>成交紀錄</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export customers</source>
        <translation>匯出客戶</translation>
    </message>
    <message>
        <source>The current list (%1 customers)</source>
        <translation>目前清單（%1 位客戶）</translation>
    </message>
    <message>
        <source>The list as shown (%1 customers)</source>
        <translation>清單中顯示的客戶（%1 位）</translation>
    </message>
    <message>
        <source>Everything (the whole customer file)</source>
        <translation>全部（整個客戶檔案）</translation>
    </message>
    <message>
        <source>Only the owner may export the whole file.</source>
        <translation>只有老闆可以匯出全部客戶檔案。</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel 活頁簿 (.xlsx)</translation>
    </message>
    <message>
        <source>CSV (customers, contacts, deals: three files)</source>
        <translation>CSV（客戶、聯絡人、成交紀錄：三個檔案）</translation>
    </message>
    <message>
        <source>vCard (contacts for phones)</source>
        <translation>vCard（匯入手機通訊錄）</translation>
    </message>
    <message>
        <source>UTF-8 with BOM (Excel, WPS)</source>
        <translation>UTF-8 含 BOM（Excel、WPS）</translation>
    </message>
    <message>
        <source>GB18030 (older Excel, other systems)</source>
        <translation>GB18030（舊版 Excel、其他系統）</translation>
    </message>
    <message>
        <source>3.0 (most phones)</source>
        <translation>3.0（大多數手機）</translation>
    </message>
    <message>
        <source>2.1 (older phones)</source>
        <translation>2.1（舊型手機）</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>匯出…</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>編碼：</translation>
    </message>
    <message>
        <source>vCard version:</source>
        <translation>vCard 版本：</translation>
    </message>
    <message>
        <source>Export which customers?</source>
        <translation>匯出哪些客戶？</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 活頁簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>vCard 檔案 (*.vcf)</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Exported %1 customers, %2 contacts and %3 deals to %4.</source>
        <translation>已匯出 %1 位客戶、%2 位聯絡人和 %3 筆成交紀錄到 %4。</translation>
    </message>
    <message>
        <source>Contacts and deals: %1, %2.</source>
        <translation>聯絡人和成交紀錄：%1、%2。</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>匯出已取消，未寫入任何檔案。</translation>
    </message>
    <message>
        <source>Exporting customers…</source>
        <translation>正在匯出客戶…</translation>
    </message>
</context>
<context>
    <name>Failures</name>
    <message>
        <source>Not allowed: as %1 you may not do this. Ask the office&apos;s owner if you need it.</source>
        <translation>不允許：以%1的身分無法執行此操作。如有需要，請聯絡主管。</translation>
    </message>
    <message>
        <source>Someone else saved a newer version meanwhile; reopen it to see theirs.</source>
        <translation>其他人已儲存了較新的版本；請重新開啟查看。</translation>
    </message>
    <message>
        <source>It is no longer there: someone may have deleted it meanwhile.</source>
        <translation>該筆資料已不存在：可能已被他人刪除。</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>發生錯誤：%1</translation>
    </message>
    <message>
        <source>Desktop CRM</source>
        <translation>桌面客戶管理</translation>
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
        <translation>MM-DD 或 八月十五；閏月：閏四月十五</translation>
    </message>
    <message>
        <source>e.g. 12,500.00 or 1.2万</source>
        <translation>如 12,500.00 或 1.2萬</translation>
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
        <translation>此項必填。</translation>
    </message>
    <message>
        <source>Too long: %1 characters, at most %2 are allowed.</source>
        <translation>太長：%1 個字元，最多允許 %2 個。</translation>
    </message>
    <message>
        <source>Contains invisible control characters (such as a NUL byte); remove them.</source>
        <translation>含有不可見的控制字元（如 NUL 位元組），請刪除。</translation>
    </message>
    <message>
        <source>Contains a broken character (half of a character pair); type or paste it again.</source>
        <translation>含有殘缺的字元（只有半個字元）；請重新輸入或貼上。</translation>
    </message>
    <message>
        <source>Not a value this field can hold.</source>
        <translation>這個欄位不能存放這種值。</translation>
    </message>
    <message>
        <source>Not an e-mail address; use the form name@example.com.</source>
        <translation>不是有效的電子郵件，格式如 name@example.com。</translation>
    </message>
    <message>
        <source>Not a phone number; use digits, spaces and + - ( ), e.g. 021-6234 5678.</source>
        <translation>不是有效的電話號碼，請使用數字、空格和 + - ( )，如 021-6234 5678。</translation>
    </message>
    <message>
        <source>Not a valid date; use YYYY-MM-DD, e.g. 2025-02-28.</source>
        <translation>不是有效的日期，格式為 年-月-日，如 2025-02-28。</translation>
    </message>
    <message>
        <source>Not a valid month and day; use MM-DD, e.g. 01-31.</source>
        <translation>不是有效的月日，格式為 月-日，如 01-31。</translation>
    </message>
    <message>
        <source>Not a lunar month and day; use MM-DD or e.g. 八月十五 (L04-15 or 闰四月十五 for a leap month).</source>
        <translation>不是有效的農曆月日；請用 MM-DD 或「八月十五」這樣的寫法（閏月寫 L04-15 或 閏四月十五）。</translation>
    </message>
    <message>
        <source>Not an amount; use digits with an optional decimal point, e.g. 12500.50.</source>
        <translation>不是有效的金額，請使用數字和小數點，如 12500.50。</translation>
    </message>
    <message>
        <source>Not a whole number from 0 to 200.</source>
        <translation>不是 0 到 200 之間的整數。</translation>
    </message>
    <message>
        <source>Not one of the offered choices.</source>
        <translation>不是可選的項目之一。</translation>
    </message>
    <message>
        <source>Out of range: it must lie from %1 to %2.</source>
        <translation>超出範圍：必須在 %1 到 %2 之間。</translation>
    </message>
    <message>
        <source>Already there: this must be different from the others.</source>
        <translation>已存在：必須與其他的不同。</translation>
    </message>
    <message>
        <source>%1 has been deactivated; choose an active person.</source>
        <translation>%1 已停用，請選擇一位在職人員。</translation>
    </message>
    <message>
        <source>Not found; it may have been deleted.</source>
        <translation>找不到，可能已被刪除。</translation>
    </message>
    <message>
        <source>The visits of %1 would run past midnight in the new order; the times are kept.</source>
        <translation>按新順序，%1 的拜訪會排到午夜以後；時間保持不變。</translation>
    </message>
    <message>
        <source>The stage “%1” still holds %2 opportunities: move them to another stage first.</source>
        <translation>階段「%1」還有 %2 個商機：請先把它們移到其他階段。</translation>
    </message>
    <message>
        <source>This time lies in the future.</source>
        <translation>這個時間還沒到。</translation>
    </message>
    <message>
        <source>This is no PNG or JPEG picture.</source>
        <translation>這不是 PNG 或 JPEG 圖片。</translation>
    </message>
    <message>
        <source>The deadline must come after the time received.</source>
        <translation>期限必須晚於受理時間。</translation>
    </message>
    <message>
        <source>Invalid value (%1).</source>
        <translation>無效的值（%1）。</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <source>A customer cannot be merged with itself.</source>
        <translation>客戶不能與自己合併。</translation>
    </message>
    <message>
        <source>“%1” is in the trash; restore it before merging.</source>
        <translation>「%1」在資源回收筒中，請先復原再合併。</translation>
    </message>
    <message>
        <source>It was merged into “%1”: unmerge it in the History tab of “%1” to get it back with everything it had.</source>
        <translation>它已併入「%1」：請在「%1」的「歷史紀錄」頁取消合併，才能連同其全部資料找回。</translation>
    </message>
    <message>
        <source>This merge has already been undone.</source>
        <translation>此次合併已經取消。</translation>
    </message>
    <message>
        <source>A later merge (“%2” into “%1”) must be undone first: merges are undone newest first.</source>
        <translation>必須先取消之後的合併（「%2」併入「%1」）：合併須從最近的一次開始取消。</translation>
    </message>
    <message>
        <source>Owning rep</source>
        <translation>負責業務員</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>介紹人</translation>
    </message>
    <message>
        <source>In the trash</source>
        <translation>在資源回收筒中</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>“%1” was changed after the merge (%2); undoing the merge would lose that change. Change it back first, or keep the merge.</source>
        <translation>「%1」在合併後被修改過（%2），取消合併會遺失這些修改。請先改回，或保留合併。</translation>
    </message>
</context>
<context>
    <name>FigureTile</name>
    <message>
        <source>no comparison</source>
        <translation>無對比</translation>
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
        <translation>檔案</translation>
    </message>
    <message>
        <source>Choose the file; check that its first rows read right, and change the encoding or the delimiter if they do not.</source>
        <translation>選擇檔案；檢查前幾列是否讀取正確，若不正確請變更編碼或分隔符號。</translation>
    </message>
    <message>
        <source>A CSV, TSV, Excel or vCard file</source>
        <translation>CSV、TSV、Excel 或 vCard 檔案</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選擇…</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>逗號 ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>分號 ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>定位字元</translation>
    </message>
    <message>
        <source>Vertical bar |</source>
        <translation>直線 |</translation>
    </message>
    <message>
        <source>none (every row is data)</source>
        <translation>無（每列都是資料）</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>編碼：</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>分隔符號：</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>工作表：</translation>
    </message>
    <message>
        <source>Header row:</source>
        <translation>標題列：</translation>
    </message>
    <message>
        <source>The rows are:</source>
        <translation>每列是：</translation>
    </message>
    <message>
        <source>Detected: %1, %2 columns.</source>
        <translation>偵測結果：%1，%2 欄。</translation>
    </message>
    <message>
        <source>%1 columns.</source>
        <translation>%1 欄。</translation>
    </message>
    <message>
        <source>The header is row %1; the rows above it are left out.</source>
        <translation>標題在第 %1 列；其上方的列不匯入。</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>第 %1 欄</translation>
    </message>
</context>
<context>
    <name>FirstRunSetupDialog</name>
    <message>
        <source>Set up Desktop CRM</source>
        <translation>設定 Desktop CRM</translation>
    </message>
    <message>
        <source>Open the demo office instead</source>
        <translation>改為開啟示範公司</translation>
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
        <translation>歡迎使用。填寫幾項公司資料即可開始，以後都可以修改。</translation>
    </message>
    <message>
        <source>e.g. Jinxing Doors and Windows</source>
        <translation>例如：金星門窗</translation>
    </message>
    <message>
        <source>e.g. Guangdong</source>
        <translation>例如：廣東省</translation>
    </message>
    <message>
        <source>e.g. Foshan</source>
        <translation>例如：佛山市</translation>
    </message>
    <message>
        <source>Office name:</source>
        <translation>公司名稱：</translation>
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
        <translation>介面語言：</translation>
    </message>
    <message>
        <source>The office&apos;s owner may do everything, including adding the other people. Choose a password of at least %1 characters.</source>
        <translation>老闆/主管擁有全部權限，包括新增其他人員。請設定至少 %1 個字元的密碼。</translation>
    </message>
    <message>
        <source>Owner&apos;s name:</source>
        <translation>老闆姓名：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密碼：</translation>
    </message>
    <message>
        <source>Once more:</source>
        <translation>再輸入一次：</translation>
    </message>
    <message>
        <source>Add the office&apos;s reps and clerks now, or later under File → People…. Rows left empty are skipped.</source>
        <translation>現在新增公司的業務員和銷售內勤，或以後在「檔案 → 人員…」中新增。空白列會略過。</translation>
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
        <translation>密碼</translation>
    </message>
    <message>
        <source>Add another person</source>
        <translation>再新增一人</translation>
    </message>
    <message>
        <source>The office</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>The owner</source>
        <translation>老闆</translation>
    </message>
    <message>
        <source>The office&apos;s people</source>
        <translation>公司人員</translation>
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
        <translation>&lt;b&gt;加權預測&lt;/b&gt;（金額 × 成交機率）</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>個數</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>加權金額</translation>
    </message>
    <message>
        <source>Open opportunities by expected close month; a late one counts in this month.</source>
        <translation>按預計成交月份統計進行中的商機；已逾期的計入本月。</translation>
    </message>
    <message>
        <source>%1 opportunities, %2 in all</source>
        <translation>%1 個商機，合計 %2</translation>
    </message>
    <message>
        <source>%1 months: %2 weighted</source>
        <translation>%1 個月：加權合計 %2</translation>
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
        <translation>負責業務員</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>介紹人</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>時間線</translation>
    </message>
    <message>
        <source>History</source>
        <translation>歷史紀錄</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>交易記錄</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>（無）</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <source>%1-W%2</source>
        <translation>%1年第%2週</translation>
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
        <translation>其拜訪紀錄和歷史都會保留；此人將不再出現在任何人員選擇清單中。</translation>
    </message>
    <message>
        <source>Nobody: their customers keep them as owner</source>
        <translation>不交接：客戶仍歸此人名下</translation>
    </message>
    <message>
        <source>Hand over to:</source>
        <translation>交接給：</translation>
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
        <translation>每道題打 1 到 5 分。題目下方說明 1、3、5 分各代表什麼，2 和 4 分介於其間。</translation>
    </message>
    <message>
        <source>A rating counts 0, 25, 50, 75 or 100 points (1 = 0 … 5 = 100).</source>
        <translation>評分折算為 0、25、50、75、100 分（1 分 = 0，5 分 = 100）。</translation>
    </message>
    <message>
        <source>The score (0–100) is the weighted average of the answered questions: a question with weight 2 counts twice.</source>
        <translation>問卷得分（0–100）是已作答題目的加權平均：權重為 2 的題目算兩次。</translation>
    </message>
    <message>
        <source>A question you leave on “?” is not answered: it is left out completely, it neither raises nor lowers the score. The form shows how many of the questions are answered; a score built on few answers is a rough one.</source>
        <translation>停在“?”的題目視為未作答：完全不計入，既不加分也不減分。表單會顯示已答題數；作答越少，得分越粗略。</translation>
    </message>
    <message>
        <source>Reverse-scored questions are worded so that a high rating is the unwanted answer (many people deciding the purchase; a very superstitious customer). For them 1 counts 100 points and 5 counts 0 (points of 6 − rating).</source>
        <translation>反向計分的題目，高分代表不理想的情況（採購決策人數多；客戶很迷信）。這類題 1 分折算 100 分，5 分折算 0 分（按 6 − 評分計算）。</translation>
    </message>
    <message>
        <source>A questionnaire with no answers has no score, and the customer then has no quadrant.</source>
        <translation>一題都沒答的問卷沒有得分，客戶也就沒有象限。</translation>
    </message>
    <message>
        <source>Quadrants</source>
        <translation>象限</translation>
    </message>
    <message>
        <source>A score above its threshold (default 50) is high; a score on the threshold is low, so a customer with every answer neutral (50 points) is low on both. High or low intent and high or low quality give four quadrants, each with a recommended approach. The thresholds are set on the Intent × quality page.</source>
        <translation>得分超過門檻（預設 50）即為「高」；正好等於門檻算「低」，所以每題都答「一般」（50 分）的客戶兩項都是低。意願高低 × 素質高低構成四個象限，每個象限有建議的做法。門檻在「意願 × 素質」頁設定。</translation>
    </message>
    <message>
        <source>The chart shows each customer at its latest assessment. Click a point to open the customer.</source>
        <translation>圖中每個點是一位客戶的最近一次評估。點擊圓點可打開該客戶。</translation>
    </message>
    <message>
        <source>Questionnaire versions</source>
        <translation>問卷版本</translation>
    </message>
    <message>
        <source>When the office edits a questionnaire (wording, weight, a question added or removed), a new version is stored. Every saved assessment keeps the version it was answered against, so it still shows the same questions and the same score.</source>
        <translation>公司修改問卷（措辭、權重、增刪題目）時會保存一個新版本。每份已保存的評估都保留作答時的版本，所以題目和得分始終不變。</translation>
    </message>
    <message>
        <source>Personality type</source>
        <translation>顧客類型</translation>
    </message>
    <message>
        <source>Rate expressiveness and emotionality from 1 to 4. There is no middle: 1–2 is low, 3–4 is high. High expressiveness and low emotionality is dominant, high and high is expressive, low and high is amiable, low and low is analytical. The latest rating counts; older ones are kept.</source>
        <translation>表達度和情感度各打 1 到 4 分，沒有中間值：1–2 為低，3–4 為高。表達度高、情感度低為支配型；都高為表達型；表達度低、情感度高為和藹型；都低為分析型。以最近一次評定為準，以前的記錄都保留。</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>ABCD 等級</translation>
    </message>
    <message>
        <source>Customers are sorted by revenue over the last 12 months. With the default breakpoints 40 / 30 / 20 / 10 %, a customer whose revenue starts within the first 40 % of the total is A, within the next 30 % B, the next 20 % C, the rest D. The biggest customer is always A; customers with equal revenue get the same tier; a customer without revenue in the last 12 months is D.</source>
        <translation>按最近 12 個月的銷售額給客戶排序。默認分界為 40 / 30 / 20 / 10 %：銷售額起點落在總額前 40 % 的客戶為 A，其後 30 % 為 B，再後 20 % 為 C，其餘為 D。最大的客戶一定是 A；銷售額相同的客戶等級相同；最近 12 個月沒有銷售額的客戶為 D。</translation>
    </message>
    <message>
        <source>Tiers are recomputed whenever deals are saved, and on the Tiers page. A tier set by hand (with its reason) wins over the computed one and is shown as set by hand.</source>
        <translation>每次保存交易記錄時以及在“ABCD 等級”頁都會重新計算等級。手工設定的等級（附原因）優先於計算結果，並標明為手工設定。</translation>
    </message>
    <message>
        <source>How the state analysis works</source>
        <translation>客戶狀態分析如何計算</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Assessment history – %1</source>
        <translation>歷次評估 – %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Intent</source>
        <translation>意願</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>素質</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>象限</translation>
    </message>
    <message>
        <source>By</source>
        <translation>評估人</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <source>Select two assessments to compare them.</source>
        <translation>選中兩次評估即可對比。</translation>
    </message>
    <message>
        <source>New assessment…</source>
        <translation>新建評估…</translation>
    </message>
    <message>
        <source>PDF report…</source>
        <translation>PDF 報告…</translation>
    </message>
    <message>
        <source>The newest selected assessment, with its answers</source>
        <translation>選中的最近一次評估，含各題答案</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Intent score</source>
        <translation>意願得分</translation>
    </message>
    <message>
        <source>Quality score</source>
        <translation>素質得分</translation>
    </message>
    <message>
        <source>Save assessment report</source>
        <translation>儲存客戶狀態分析報告</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>正在產生報告…</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>Unmerge…</source>
        <translation>取消合併…</translation>
    </message>
    <message>
        <source>A new customer has no history yet.</source>
        <translation>新客戶尚無歷史紀錄。</translation>
    </message>
    <message>
        <source>%1 entries, newest first.</source>
        <translation>共 %1 筆，最新的在前。</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>尚無紀錄。</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>無法讀取歷史紀錄：%1</translation>
    </message>
    <message>
        <source>Merged with “%1” on %2 by %3; its past is listed here too.</source>
        <translation>已於 %2 由 %3 與「%1」合併；其歷史紀錄也列在這裡。</translation>
    </message>
</context>
<context>
    <name>HowPage</name>
    <message>
        <source>How to import</source>
        <translation>匯入方式</translation>
    </message>
    <message>
        <source>Whether rows create customers, update them, or both.</source>
        <translation>各列是新增客戶、更新客戶，還是兩者皆做。</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Create only</source>
        <translation>僅新增</translation>
    </message>
    <message>
        <source>New rows become customers; a row matching one already there is skipped.</source>
        <translation>新的列成為客戶；與既有客戶相符的列略過。</translation>
    </message>
    <message>
        <source>Create and update</source>
        <translation>新增並更新</translation>
    </message>
    <message>
        <source>A matching customer gets the file&apos;s values; the others are created.</source>
        <translation>相符的客戶改用檔案中的值；其餘的新增。</translation>
    </message>
    <message>
        <source>Update only</source>
        <translation>僅更新</translation>
    </message>
    <message>
        <source>Only customers already there change; a row matching none is skipped.</source>
        <translation>只變更既有客戶；沒有相符的列略過。</translation>
    </message>
    <message>
        <source>Customer ID (ours, or the old system&apos;s id)</source>
        <translation>客戶編號（本系統的或舊系統的）</translation>
    </message>
    <message>
        <source>Phone or mobile</source>
        <translation>電話或手機</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Name and company</source>
        <translation>姓名和公司</translation>
    </message>
    <message>
        <source>Tried in this order; the first that finds a customer wins.</source>
        <translation>依此順序嘗試；先找到客戶的為準。</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Match on:</source>
        <translation>比對依據：</translation>
    </message>
    <message>
        <source>New customers belong to:</source>
        <translation>新客戶歸屬：</translation>
    </message>
    <message>
        <source>The shared pool</source>
        <translation>公海</translation>
    </message>
    <message>
        <source>The file&apos;s owner column wins for the rows that name one.</source>
        <translation>檔案中寫明負責人的列，以該欄為準。</translation>
    </message>
    <message>
        <source>“%1” in the column “%2”: which day is it?</source>
        <translation>「%2」欄中的「%1」是哪一天？</translation>
    </message>
    <message>
        <source>(The same goes for: %1.)</source>
        <translation>（同樣適用於：%1。）</translation>
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
        <translation>請至少選擇一個比對依據：靠它找到既有的客戶。</translation>
    </message>
    <message>
        <source>Say which day the dates mean.</source>
        <translation>請說明這些日期指哪一天。</translation>
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
        <translation>UTF-8（含 BOM）</translation>
    </message>
    <message>
        <source>Simplified Chinese (GB18030 / GBK)</source>
        <translation>簡體中文（GB18030 / GBK）</translation>
    </message>
    <message>
        <source>Traditional Chinese (Big5)</source>
        <translation>繁體中文（Big5）</translation>
    </message>
    <message>
        <source>UTF-16 LE</source>
        <translation>UTF-16 LE</translation>
    </message>
    <message>
        <source>UTF-16 LE with BOM</source>
        <translation>UTF-16 LE（含 BOM）</translation>
    </message>
    <message>
        <source>UTF-16 BE</source>
        <translation>UTF-16 BE</translation>
    </message>
    <message>
        <source>UTF-16 BE with BOM</source>
        <translation>UTF-16 BE（含 BOM）</translation>
    </message>
    <message>
        <source>No person of the office is called %1.</source>
        <translation>本辦公室沒有名叫 %1 的人員。</translation>
    </message>
    <message>
        <source>No customer found for %1.</source>
        <translation>找不到 %1 對應的客戶。</translation>
    </message>
    <message>
        <source>Several customers match (%1): say which in the file.</source>
        <translation>有多個客戶相符（%1）：請在檔案中寫明是哪一個。</translation>
    </message>
    <message>
        <source>Someone changed this customer during the import; import it again.</source>
        <translation>匯入期間有人修改了該客戶；請重新匯入。</translation>
    </message>
    <message>
        <source>This import has been undone already.</source>
        <translation>此次匯入已經復原。</translation>
    </message>
    <message>
        <source>Not yes or no: %1.</source>
        <translation>不是「是」或「否」：%1。</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>欄</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Column “%1”: %2</source>
        <translation>「%1」欄：%2</translation>
    </message>
</context>
<context>
    <name>ImportFile</name>
    <message>
        <source>The file is empty.</source>
        <translation>檔案是空的。</translation>
    </message>
    <message>
        <source>This file is not a table; choose a CSV, TSV or Excel file.</source>
        <translation>這個檔案不是表格；請選擇 CSV、TSV 或 Excel 檔案。</translation>
    </message>
    <message>
        <source>Line %1 is not valid %2 (byte %3); choose another encoding.</source>
        <translation>第 %1 行不是有效的 %2（第 %3 位元組）；請改用其他編碼。</translation>
    </message>
    <message>
        <source>Unknown encoding: %1.</source>
        <translation>未知的編碼：%1。</translation>
    </message>
    <message>
        <source>A delimiter is one character, not “%1”.</source>
        <translation>分隔符號只能是一個字元，不能是「%1」。</translation>
    </message>
    <message>
        <source>The workbook is protected by a password; save a copy without one and import that.</source>
        <translation>活頁簿設有密碼保護；請另存一份不含密碼的副本再匯入。</translation>
    </message>
    <message>
        <source>The file is damaged and cannot be read (%1).</source>
        <translation>檔案已損毀，無法讀取（%1）。</translation>
    </message>
    <message>
        <source>The workbook has no sheet named “%1”.</source>
        <translation>活頁簿中沒有名為「%1」的工作表。</translation>
    </message>
    <message>
        <source>The file cannot be opened (%1).</source>
        <translation>無法開啟檔案（%1）。</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <source>Import history</source>
        <translation>匯入紀錄</translation>
    </message>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Rows are</source>
        <translation>內容</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>略過</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>錯誤</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Undo this import…</source>
        <translation>復原此次匯入…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>重新整理</translation>
    </message>
    <message>
        <source>Nothing has been imported yet.</source>
        <translation>尚未匯入過。</translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation>正在復原匯入…</translation>
    </message>
    <message>
        <source>Import undone</source>
        <translation>匯入已復原</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <source>The rows are written in one go: all of them, or none.</source>
        <translation>各列一次寫入：要嘛全部，要嘛都不寫。</translation>
    </message>
    <message>
        <source>Save error file…</source>
        <translation>儲存錯誤檔…</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>復原此次匯入</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在匯入…</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was written.</source>
        <translation>匯入已取消；沒有寫入任何資料。</translation>
    </message>
    <message>
        <source>The import failed; nothing was written.</source>
        <translation>匯入失敗；沒有寫入任何資料。</translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation>正在復原匯入…</translation>
    </message>
</context>
<context>
    <name>ImportTarget</name>
    <message>
        <source>Sales rep (owner)</source>
        <translation>業務員（負責人）</translation>
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
        <translation>客戶</translation>
    </message>
    <message>
        <source>Contact persons of customers</source>
        <translation>客戶的聯絡人</translation>
    </message>
    <message>
        <source>Deals (sales history)</source>
        <translation>成交紀錄（銷售歷史）</translation>
    </message>
    <message>
        <source>Create only</source>
        <translation>僅新增</translation>
    </message>
    <message>
        <source>Create and update</source>
        <translation>新增並更新</translation>
    </message>
    <message>
        <source>Update only</source>
        <translation>僅更新</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已匯入</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>已復原</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>已中斷</translation>
    </message>
    <message>
        <source>create</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>略過</translation>
    </message>
    <message>
        <source>error</source>
        <translation>錯誤</translation>
    </message>
    <message>
        <source>Already there: it matches an existing customer.</source>
        <translation>已存在：與既有客戶相符。</translation>
    </message>
    <message>
        <source>No customer matches it.</source>
        <translation>沒有相符的客戶。</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>沒有需要變更的內容。</translation>
    </message>
    <message>
        <source>The same row came earlier in the file.</source>
        <translation>檔案前面已有相同的列。</translation>
    </message>
    <message>
        <source>The row is empty.</source>
        <translation>該列為空。</translation>
    </message>
    <message>
        <source>No customer of that name.</source>
        <translation>沒有該名稱的客戶。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>第 %1 欄</translation>
    </message>
    <message>
        <source>To create: %1 · to update: %2 · to skip: %3 · errors: %4</source>
        <translation>將新增：%1 · 將更新：%2 · 將略過：%3 · 錯誤：%4</translation>
    </message>
    <message>
        <source>Created: %1 · updated: %2 · skipped: %3 · errors: %4</source>
        <translation>已新增：%1 · 已更新：%2 · 已略過：%3 · 錯誤：%4</translation>
    </message>
    <message>
        <source>Undone: %1 removed, %2 restored to their values before the import.</source>
        <translation>已復原：刪除 %1 筆，%2 筆恢復為匯入前的值。</translation>
    </message>
    <message>
        <source>%1 of the customers removed are in the trash for the owner to empty.</source>
        <translation>移除的客戶中有 %1 位在資源回收筒裡，由老闆清空。</translation>
    </message>
    <message>
        <source>%1 changed since the import were kept as they are.</source>
        <translation>匯入後又被修改的 %1 筆維持不變。</translation>
    </message>
    <message>
        <source>Import a file</source>
        <translation>匯入檔案</translation>
    </message>
    <message>
        <source>Tables and contacts (%1);;Every file (*)</source>
        <translation>表格和通訊錄 (%1);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Save the rows that failed</source>
        <translation>儲存出錯的列</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
        <translation>CSV 檔案 (*.csv);;Excel 活頁簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Undo the import</source>
        <translation>復原匯入</translation>
    </message>
    <message>
        <source>Undo the import of %1?
The %2 rows it created are removed and the %3 it updated get their values from before it back. Rows changed since are kept.</source>
        <translation>復原 %1 的匯入？
它新增的 %2 筆將被刪除，它更新的 %3 筆恢復為匯入前的值。之後又被修改的維持不變。</translation>
    </message>
    <message>
        <source>Stop the import</source>
        <translation>停止匯入</translation>
    </message>
    <message>
        <source>Stop now? Nothing of this import is written.</source>
        <translation>現在停止？此次匯入的內容都不會寫入。</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>錯誤</translation>
    </message>
    <message>
        <source>The %1 rows that failed are in %2.</source>
        <translation>出錯的 %1 列已儲存到 %2。</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Changes: %1</source>
        <translation>變更：%1</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
</context>
<context>
    <name>KeyCustomer</name>
    <message>
        <source>Not categorised</source>
        <translation>未分類</translation>
    </message>
    <message>
        <source>Build good relations with their whole top management and look after them carefully; if possible, form a partnership or strategic alliance.</source>
        <translation>與其整個企業高層很好地建立起各種關係並精心加以維護，如果可能，應設法與之建立合作伙伴或戰略聯盟關係。</translation>
    </message>
    <message>
        <source>Do your duty well where you are already in; widen the difference between you and others, win more access to the key people and try to turn them into key customers, while raising the added value you offer.</source>
        <translation>履行好你在已滲透領域內的職責，通過擴大自己與別人的差別，爭取獲得更多接近關鍵性人物的機會，設法將他們轉變為重點客戶，同時也要提高你所能提供的附加價值。</translation>
    </message>
    <message>
        <source>Take active steps to win the first deal and turn them into ordinary customers, then do your duty and consolidate your position.</source>
        <translation>通過採取積極的措施與之做成第一筆生意，設法將他們轉變為普通客戶，然後履行你的職責，努力鞏固你的地位。</translation>
    </message>
    <message>
        <source>Worth winning only if they have great potential: then try to turn them into potential customers.</source>
        <translation>如果這類客戶具有很大的潛力，他們就值得去爭取，設法將他們變為有可能成為客戶的對象。</translation>
    </message>
</context>
<context>
    <name>KeyFigures</name>
    <message>
        <source>Close rate: opportunities won ÷ (won + lost), of those closed in the period (their closed date), in per cent. Empty when none was closed.</source>
        <translation>成交比率：本期關閉（按關閉日期）的商機中，贏單 ÷（贏單 + 輸單），百分比。本期沒有關閉的商機時為空。</translation>
    </message>
    <message>
        <source>Deals per visit: deals dated in the period ÷ visits done in the period (status done, by their start).</source>
        <translation>每次拜訪成交：本期成交筆數 ÷ 本期完成拜訪次數（狀態為已完成，按開始日期）。</translation>
    </message>
    <message>
        <source>New customers: customers whose file was created in the period.</source>
        <translation>新客戶：本期建檔的客戶。</translation>
    </message>
    <message>
        <source>Active customers: customers with a deal or a done visit in the period.</source>
        <translation>活躍客戶：本期有成交或有完成拜訪的客戶。</translation>
    </message>
    <message>
        <source>Dormant customers: customers on file for at least N days (the dormant-days setting, 90 unless changed) with neither a deal nor a done visit in the N days up to the period&apos;s end (or today, if earlier).</source>
        <translation>沉睡客戶：建檔至少 N 天（“沉睡天數”設定，預設 90），且在截至本期末（若今天更早則截至今天）的 N 天內既無成交也無完成拜訪的客戶。</translation>
    </message>
    <message>
        <source>Visits done: visits with the status done that started in the period.</source>
        <translation>完成拜訪：本期開始且狀態為已完成的拜訪。</translation>
    </message>
    <message>
        <source>Visits per day: visits done ÷ workdays of the period up to today, per rep (for the office also ÷ the number of active reps).</source>
        <translation>日均拜訪：完成拜訪 ÷ 本期截至今天的工作日數，按每個業務員計（全公司再 ÷ 在職業務員人數）。</translation>
    </message>
    <message>
        <source>Against the standard: visits done ÷ the daily visit standard (each rep&apos;s own or the office&apos;s, existing + new) × workdays of the period up to today, in per cent.</source>
        <translation>拜訪達標率：完成拜訪 ÷（每日拜訪標準（業務員自己的或公司的，老客戶 + 新客戶）× 本期截至今天的工作日數），百分比。</translation>
    </message>
    <message>
        <source>Sales: the sum of the deals dated in the period.</source>
        <translation>銷售額：本期成交金額合計。</translation>
    </message>
    <message>
        <source>Sales this year: the deals from 1 January to the period&apos;s end.</source>
        <translation>本年累計銷售：1 月 1 日至本期末的成交金額。</translation>
    </message>
    <message>
        <source>Sales last year, same days: the deals from 1 January to the same day of the year before.</source>
        <translation>去年同期：去年 1 月 1 日至去年同一天的成交金額。</translation>
    </message>
    <message>
        <source>Average purchase: sales ÷ the number of deals in the period.</source>
        <translation>平均客單價：銷售額 ÷ 本期成交筆數。</translation>
    </message>
    <message>
        <source>Purchase frequency: deals ÷ customers who bought in the period.</source>
        <translation>購買頻率：成交筆數 ÷ 本期購買的客戶數。</translation>
    </message>
    <message>
        <source>Sales per rep: sales ÷ active reps who own customers (the office); a rep&apos;s own sales for one rep.</source>
        <translation>人均銷售額：銷售額 ÷ 有客戶的在職業務員人數（全公司）；單個業務員即其本人銷售額。</translation>
    </message>
    <message>
        <source>Retention rate: customers who bought in the previous period and again in this one ÷ those who bought in the previous period, in per cent.</source>
        <translation>保留率：上期購買且本期再次購買的客戶 ÷ 上期購買的客戶，百分比。</translation>
    </message>
    <message>
        <source>Top 20 % share: the sales of the top fifth of buying customers (by their sales in the period, rounded up) ÷ all sales, in per cent.</source>
        <translation>前20%客戶佔比：按本期購買金額排名前五分之一（向上取整）的客戶銷售額 ÷ 全部銷售額，百分比。</translation>
    </message>
    <message>
        <source>Overdue next actions: done visits whose next action fell due in the 90 days before today and has no follow-up visit planned. As of today, whatever the period.</source>
        <translation>逾期跟進：已完成拜訪中，下一步行動在今天之前 90 天內到期且沒有安排後續拜訪的。按今天計，與所選時間段無關。</translation>
    </message>
    <message>
        <source>Visits without a result: visits still planned whose start lies in the 90 days before today (no result or no-show recorded). As of today.</source>
        <translation>未填結果的拜訪：開始時間在今天之前 90 天內、仍為計劃狀態（未記錄結果或未見到）的拜訪。按今天計。</translation>
    </message>
    <message>
        <source>Open pipeline: the expected amount of the opportunities not yet won or lost. As of today.</source>
        <translation>在談商機：尚未贏單或輸單的商機的預計金額。按今天計。</translation>
    </message>
    <message>
        <source>Weighted pipeline: each open opportunity&apos;s expected amount × its probability. As of today.</source>
        <translation>加權商機：每個在談商機的預計金額 × 其成交機率。按今天計。</translation>
    </message>
    <message>
        <source>Satisfaction rate: satisfaction surveys dated in the period whose index reaches the satisfied mark (Settings, 80 unless changed) ÷ all scored satisfaction surveys of the period, in per cent. Empty when there was none.</source>
        <translation>滿意率：本期滿意度調查中，滿意度指數達到「滿意」分數線（設定中，預設 80）的份數 ÷ 本期已評分的滿意度調查份數，百分比。本期沒有調查時為空。</translation>
    </message>
    <message>
        <source>Complaints on time: complaints received in the period and resolved by their deadline (12 h inside the home region, 24 h outside, unless set otherwise).</source>
        <translation>按時處理投訴：本期收到、且在期限內解決的投訴（本地區 12 小時，外地 24 小時，可在設定中修改）。</translation>
    </message>
    <message>
        <source>Complaints late: complaints received in the period and resolved after their deadline, or not resolved and past it now.</source>
        <translation>逾期投訴：本期收到、解決時已過期限，或尚未解決且現在已過期限的投訴。</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>1. Understanding and sympathy</source>
        <translation>1. 理解與同情</translation>
    </message>
    <message>
        <source>2. The objective causes</source>
        <translation>2. 客觀原因</translation>
    </message>
    <message>
        <source>3. The specifics</source>
        <translation>3. 具體情況</translation>
    </message>
    <message>
        <source>4. What we did</source>
        <translation>4. 我們採取的措施</translation>
    </message>
    <message>
        <source>5. Agreement</source>
        <translation>5. 達成一致</translation>
    </message>
    <message>
        <source>6. The compensation offered</source>
        <translation>6. 提供的補償</translation>
    </message>
    <message>
        <source>7. Welcome back</source>
        <translation>7. 歡迎再次光臨</translation>
    </message>
    <message>
        <source>&amp;Draft again</source>
        <translation>重新起草(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>列印(&amp;P)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Reply letter</source>
        <translation>回覆信</translation>
    </message>
    <message>
        <source>Reply letter — complaint %1, %2</source>
        <translation>回覆信 — 投訴 %1，%2</translation>
    </message>
    <message>
        <source>Saved with the complaint.</source>
        <translation>已隨投訴儲存。</translation>
    </message>
    <message>
        <source>A new draft.</source>
        <translation>新草稿。</translation>
    </message>
    <message>
        <source>Edited, not saved yet.</source>
        <translation>已修改，尚未儲存。</translation>
    </message>
    <message>
        <source>Draft again</source>
        <translation>重新起草</translation>
    </message>
    <message>
        <source>Draft the letter again from the complaint? Your edits are replaced.</source>
        <translation>根據投訴重新起草回覆信？您的修改將被取代。</translation>
    </message>
    <message>
        <source>Someone changed this complaint since the letter was opened. Close the letter and open it again; copy your text first if you need it.</source>
        <translation>開啟回覆信後，有人修改了這筆投訴。請關閉回覆信後重新開啟；如需保留您寫的內容，請先複製。</translation>
    </message>
    <message>
        <source>Save the changes to the letter?</source>
        <translation>儲存對回覆信的修改？</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Desktop CRM</source>
        <translation>桌面客戶管理</translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>每日備份失敗：%1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;People…</source>
        <translation>人員(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>匯入(&amp;I)…</translation>
    </message>
    <message>
        <source>Import &amp;history…</source>
        <translation>匯入紀錄(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>備份(&amp;B)…</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>切換使用者(&amp;W)…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>登出(&amp;O)</translation>
    </message>
    <message>
        <source>This computer forgets the kept sign-in; someone signs in again</source>
        <translation>本機不再保持登入；需要重新登入</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>操作紀錄(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Desktop CRM</source>
        <translation>關於桌面客戶管理(&amp;A)</translation>
    </message>
    <message>
        <source>Desktop CRM — %1 (%2)</source>
        <translation>Desktop CRM — %1（%2）</translation>
    </message>
    <message>
        <source>About Desktop CRM</source>
        <translation>關於桌面客戶管理</translation>
    </message>
    <message>
        <source>Desktop CRM %1
Customer file, visit planner and state analysis for small sales offices.</source>
        <translation>桌面客戶管理 %1
為小型銷售辦公室提供客戶檔案、拜訪計畫和客戶狀態分析。</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>資料庫：%1</translation>
    </message>
</context>
<context>
    <name>MergeActions</name>
    <message>
        <source>Not merged</source>
        <translation>未合併</translation>
    </message>
    <message>
        <source>“%1” was merged into “%2”. Unmerge it in the History tab.</source>
        <translation>「%1」已併入「%2」。可在「歷史紀錄」頁取消合併。</translation>
    </message>
    <message>
        <source>Not unmerged</source>
        <translation>未取消合併</translation>
    </message>
    <message>
        <source>The merge is undone: “%1” and “%2” are two customers again.</source>
        <translation>合併已取消：「%1」和「%2」重新成為兩位客戶。</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>(empty)</source>
        <translation>（空白）</translation>
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
        <translation>聯絡人 %1 位</translation>
    </message>
    <message>
        <source>deals: %1</source>
        <translation>交易記錄 %1 筆</translation>
    </message>
    <message>
        <source>visits: %1</source>
        <translation>拜訪 %1 次</translation>
    </message>
    <message>
        <source>assessments: %1</source>
        <translation>狀態分析 %1 次</translation>
    </message>
    <message>
        <source>personality ratings: %1</source>
        <translation>性格評定 %1 次</translation>
    </message>
    <message>
        <source>the shared pool&apos;s clock</source>
        <translation>公海計時</translation>
    </message>
    <message>
        <source>the map coordinates</source>
        <translation>地圖座標</translation>
    </message>
    <message>
        <source>customers it referred: %1</source>
        <translation>其介紹的客戶 %1 位</translation>
    </message>
    <message>
        <source>nothing else</source>
        <translation>無其他內容</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Take all from the left</source>
        <translation>全部取左側</translation>
    </message>
    <message>
        <source>Take all from the right</source>
        <translation>全部取右側</translation>
    </message>
    <message>
        <source>Swap sides</source>
        <translation>左右互換</translation>
    </message>
    <message>
        <source>Keep the right one and move the left one in</source>
        <translation>保留右側客戶，將左側客戶併入</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合併</translation>
    </message>
    <message>
        <source>Merge “%1” and “%2”</source>
        <translation>合併「%1」和「%2」</translation>
    </message>
    <message>
        <source>Choose for each field that differs the value to keep. “%1” stays; “%2” goes to the trash and everything it has moves to “%1”. Unmerge (in the History tab) restores both as they were.</source>
        <translation>請為每個不同的欄位選擇要保留的值。「%1」保留；「%2」移至資源回收筒，其所有資料轉到「%1」。在「歷史紀錄」頁取消合併可將兩者原樣復原。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>欄位</translation>
    </message>
    <message>
        <source>Keep: %1</source>
        <translation>保留：%1</translation>
    </message>
    <message>
        <source>Merge in: %1</source>
        <translation>併入：%1</translation>
    </message>
    <message>
        <source>%1 fields are the same on both.</source>
        <translation>%1 個欄位兩邊相同。</translation>
    </message>
    <message>
        <source>Moves to “%1”: %2.</source>
        <translation>轉到「%1」：%2。</translation>
    </message>
    <message>
        <source>Not merged</source>
        <translation>未合併</translation>
    </message>
    <message>
        <source>One of the two customers was changed meanwhile. The dialog now shows them as they are: check the choices and merge again.</source>
        <translation>其間兩位客戶中有一位被修改過。對話方塊現顯示其最新內容：請核對選擇後再次合併。</translation>
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
        <translation>列印於 %1</translation>
    </message>
    <message>
        <source>No customers to send a card to.</source>
        <translation>沒有要寄卡的客戶。</translation>
    </message>
    <message>
        <source>Dear %1,</source>
        <translation>尊敬的%1：</translation>
    </message>
    <message>
        <source>Thank you for your trust and support. We wish you and your family health and every success this month, and look forward to serving you again.</source>
        <translation>感謝您一直以來的信任與支持！祝您和家人本月身體健康、萬事順意，期待繼續為您服務。</translation>
    </message>
    <message>
        <source>%1 (attn.)</source>
        <translation>%1 收</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>職位</translation>
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
        <translation>區縣</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手機</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>業務員</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Dismiss</source>
        <translation>關閉</translation>
    </message>
</context>
<context>
    <name>OpportunityDialog</name>
    <message>
        <source>New opportunity</source>
        <translation>新增商機</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>商機</translation>
    </message>
    <message>
        <source>e.g. Air conditioning for the new plant</source>
        <translation>例如：新廠房空調系統</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>預計成交日期</translation>
    </message>
    <message>
        <source>(the customer&apos;s rep)</source>
        <translation>（客戶的業務員）</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>商機名稱</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>產品</translation>
    </message>
    <message>
        <source>Expected amount (¥)</source>
        <translation>預計金額（元）</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>成交機率</translation>
    </message>
    <message>
        <source>Owning rep</source>
        <translation>負責業務員</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>輸單原因</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Won on %1: the deal is in the customer&apos;s business record.</source>
        <translation>已於 %1 贏單：成交已記入客戶的業務紀錄。</translation>
    </message>
    <message>
        <source>Someone else changed this opportunity after you opened it. It is shown again as it is now; please redo your change.</source>
        <translation>您開啟這個商機後，有人修改了它。現在顯示的是最新內容，請重新修改。</translation>
    </message>
</context>
<context>
    <name>ParetoChart</name>
    <message>
        <source>Causes, most frequent first (Pareto)</source>
        <translation>投訴原因，按次數從多到少（柏拉圖）</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投訴數</translation>
    </message>
    <message>
        <source>Cumulative share</source>
        <translation>累計佔比</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>New password for %1</source>
        <translation>為 %1 設定新密碼</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>新密碼：</translation>
    </message>
    <message>
        <source>Once more:</source>
        <translation>再輸入一次：</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>兩次輸入的密碼不一致。</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>The office needs an active owner: make someone else owner first.</source>
        <translation>辦公室至少需要一位在職的老闆：請先把其他人設為老闆。</translation>
    </message>
    <message>
        <source>Choose someone other than the person leaving.</source>
        <translation>請選擇停用者以外的人。</translation>
    </message>
    <message>
        <source>Only an owner may change the office&apos;s people.</source>
        <translation>只有老闆可以變更辦公室人員。</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <source>People</source>
        <translation>人員</translation>
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
        <translation>電話</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在職</translation>
    </message>
    <message>
        <source>Database login</source>
        <translation>資料庫登入帳號</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>新增(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編輯(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>停用(&amp;D)…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>重設密碼(&amp;P)…</translation>
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
        <translation>新增人員</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>編輯人員</translation>
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
        <translation>電話：</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>電子郵件：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密碼：</translation>
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
        <translation>表達度：說話快、聲音大，愛主導，觀點外露</translation>
    </message>
    <message>
        <source>Emotionality: shows feelings, values people and relations over facts</source>
        <translation>情感度：情緒外露，看重人情和關係勝過事實</translation>
    </message>
    <message>
        <source>Dominant (driver)</source>
        <translation>支配型</translation>
    </message>
    <message>
        <source>Expressive</source>
        <translation>表達型</translation>
    </message>
    <message>
        <source>Amiable</source>
        <translation>和藹型</translation>
    </message>
    <message>
        <source>Analytical</source>
        <translation>分析型</translation>
    </message>
    <message>
        <source>Be brief and to the point. Come prepared, talk about results and give two or three options so they can decide. Do not chat or lose their time.</source>
        <translation>簡明扼要，直奔主題。準備充分，談結果，給兩三個方案讓他拍板。不要閒聊，不要浪費他的時間。</translation>
    </message>
    <message>
        <source>Be warm and lively. Talk about ideas, people and recognition, let them talk. Confirm the details in writing afterwards, they forget them.</source>
        <translation>熱情活潑。多談想法、人和認可，讓他多說。事後用書面確認細節，他容易忘。</translation>
    </message>
    <message>
        <source>Build trust first and do not push. Be personal and patient, show that others like them use it, offer guarantees and help them decide step by step.</source>
        <translation>先建立信任，不要逼單。親切、有耐心，告訴他和他一樣的人也在用，給出保障，一步步幫他做決定。</translation>
    </message>
    <message>
        <source>Bring facts, figures and documents. Be exact and orderly, answer questions in detail, give them time to think and never exaggerate.</source>
        <translation>帶上事實、數據和資料。嚴謹有條理，詳細回答問題，給他時間考慮，絕不誇大。</translation>
    </message>
</context>
<context>
    <name>PersonalityDialog</name>
    <message>
        <source>Personality type – %1</source>
        <translation>顧客類型 – %1</translation>
    </message>
    <message>
        <source>What you observed (optional)</source>
        <translation>你觀察到的情況（可不填）</translation>
    </message>
    <message>
        <source>Last rated on %1 by %2</source>
        <translation>上次評定：%1，評定人 %2</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Rate both to see the type and how to approach it.</source>
        <translation>兩項都評定後即可看到類型和應對建議。</translation>
    </message>
</context>
<context>
    <name>Pipeline</name>
    <message>
        <source>Title</source>
        <translation>商機名稱</translation>
    </message>
    <message>
        <source>Expected amount</source>
        <translation>預計金額</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>成交機率</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>預計成交日期</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>輸單原因</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>結束日期</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>商機</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>階段</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>初步接觸</translation>
    </message>
    <message>
        <source>Needs confirmed</source>
        <translation>需求確認</translation>
    </message>
    <message>
        <source>Proposal and quote</source>
        <translation>方案報價</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>談判</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>贏單</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>輸單</translation>
    </message>
</context>
<context>
    <name>PipelineChart</name>
    <message>
        <source>Expected amount</source>
        <translation>預計金額</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>加權</translation>
    </message>
</context>
<context>
    <name>PipelineRoom</name>
    <message>
        <source>Lost</source>
        <translation>輸單</translation>
    </message>
    <message>
        <source>Why was “%1” lost?</source>
        <translation>「%1」為什麼輸單？</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新開啟</translation>
    </message>
    <message>
        <source>Reopen “%1”? Its deal leaves the customer&apos;s business record (unless someone has changed the deal since).</source>
        <translation>重新開啟「%1」？它的成交將從客戶的業務紀錄中刪除（除非之後有人修改過這筆成交）。</translation>
    </message>
    <message>
        <source>All reps</source>
        <translation>全部業務員</translation>
    </message>
    <message>
        <source>Find: customer, title, products…</source>
        <translation>尋找：客戶、商機名稱、產品…</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>看板</translation>
    </message>
    <message>
        <source>List</source>
        <translation>清單</translation>
    </message>
    <message>
        <source>New opportunity</source>
        <translation>新增商機</translation>
    </message>
    <message>
        <source>Stages…</source>
        <translation>階段設定…</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>業務員</translation>
    </message>
    <message>
        <source>&amp;New opportunity…</source>
        <translation>新增商機(&amp;N)…</translation>
    </message>
    <message>
        <source>Pipeline &amp;stages…</source>
        <translation>商機階段(&amp;S)…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>重新整理(&amp;F)</translation>
    </message>
    <message>
        <source>P&amp;ipeline</source>
        <translation>商機(&amp;I)</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>商機</translation>
    </message>
    <message>
        <source>%1 open opportunities, %2. Won and lost: closed in the last %3 days.</source>
        <translation>進行中商機 %1 個，共 %2。贏單和輸單：顯示最近 %3 天結束的。</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>商機名稱</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>成交機率</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>加權金額</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>預計成交日期</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>結束日期</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>輸單原因</translation>
    </message>
    <message>
        <source>Someone else changed this opportunity; the board is shown anew.</source>
        <translation>有人修改了這個商機，看板已重新顯示。</translation>
    </message>
    <message>
        <source>You may not move this opportunity.</source>
        <translation>您無權移動這個商機。</translation>
    </message>
</context>
<context>
    <name>PlannerCalendar</name>
    <message>
        <source>Mon</source>
        <translation>週一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>週二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>週三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>週四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>週五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>週六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>週日</translation>
    </message>
    <message>
        <source>day off</source>
        <translation>休息日</translation>
    </message>
    <message>
        <source>Plan %1+%2 / %3+%4</source>
        <translation>計劃 %1+%2 / 標準 %3+%4</translation>
    </message>
    <message>
        <source>Done %1+%2</source>
        <translation>完成 %1+%2</translation>
    </message>
    <message>
        <source>new customer</source>
        <translation>新客戶</translation>
    </message>
    <message>
        <source>existing customer</source>
        <translation>老客戶</translation>
    </message>
    <message>
        <source>Overlaps another visit of this rep</source>
        <translation>與該業務員的另一次拜訪時間重疊</translation>
    </message>
    <message>
        <source>Result missing: open it and record what happened</source>
        <translation>未填結果：打開它，記錄實際情況</translation>
    </message>
</context>
<context>
    <name>PlannerRoom</name>
    <message>
        <source>Visit next</source>
        <translation>待拜訪</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>路線</translation>
    </message>
    <message>
        <source>Week review</source>
        <translation>週檢討</translation>
    </message>
    <message>
        <source>All reps</source>
        <translation>全部業務員</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>週</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Plan visit</source>
        <translation>安排拜訪</translation>
    </message>
    <message>
        <source>Visit sheet…</source>
        <translation>拜訪單…</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>業務員</translation>
    </message>
    <message>
        <source>&amp;Plan visit…</source>
        <translation>安排拜訪(&amp;P)…</translation>
    </message>
    <message>
        <source>Print &amp;visit sheet…</source>
        <translation>打印拜訪單(&amp;V)…</translation>
    </message>
    <message>
        <source>Print &amp;week plan…</source>
        <translation>打印週計劃(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Export to calendar (.ics)…</source>
        <translation>匯出到行事曆 (.ics)(&amp;E)…</translation>
    </message>
    <message>
        <source>Daily &amp;standard…</source>
        <translation>拜訪標準(&amp;S)…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Planner</source>
        <translation>拜訪計劃(&amp;P)</translation>
    </message>
    <message>
        <source>Planner</source>
        <translation>拜訪計劃</translation>
    </message>
    <message>
        <source>new customer</source>
        <translation>新客戶</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>overlap</source>
        <translation>時間重疊</translation>
    </message>
    <message>
        <source>result missing</source>
        <translation>未填結果</translation>
    </message>
    <message>
        <source>Someone else changed this visit meanwhile; the calendar shows it as it is now.</source>
        <translation>其他人剛剛修改了這次拜訪；行事曆顯示的是它現在的樣子。</translation>
    </message>
    <message>
        <source>Choose one rep first (the sheet is per rep).</source>
        <translation>請先選擇一位業務員（拜訪單按業務員打印）。</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Could not write %1:
%2</source>
        <translation>無法寫入 %1：
%2</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>正在準備…</translation>
    </message>
    <message>
        <source>Save visit sheet</source>
        <translation>保存拜訪單</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
    <message>
        <source>Save week plan</source>
        <translation>保存週計劃</translation>
    </message>
    <message>
        <source>Export planned visits (next four weeks)</source>
        <translation>匯出計劃中的拜訪（未來四週）</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar 檔案 (*.ics)</translation>
    </message>
</context>
<context>
    <name>PlannerRoutePanel</name>
    <message>
        <source>Optimise route</source>
        <translation>最佳化路線</translation>
    </message>
    <message>
        <source>Order by the customers&apos; coordinates (shortest path), else by district and address</source>
        <translation>按客戶坐標排出最短路線；沒有坐標時按區域和地址排序</translation>
    </message>
    <message>
        <source>Choose one rep to see and order the day&apos;s route.</source>
        <translation>選擇一位業務員，查看並排定當天的路線。</translation>
    </message>
    <message>
        <source>Route for %1: drag to reorder</source>
        <translation>%1 的路線：拖動調整順序</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>路線</translation>
    </message>
    <message>
        <source>The day&apos;s visits changed meanwhile; the route shows them as they are now.</source>
        <translation>這一天的拜訪在此期間已被更改；路線顯示的是現在的情況。</translation>
    </message>
    <message>
        <source>Move the planned visits&apos; times to follow the new order?</source>
        <translation>是否按新順序調整計劃拜訪的時間？</translation>
    </message>
    <message>
        <source>Durations are kept; the day starts at its first visit&apos;s time, with the travel between customers in between. Visits already done keep their times.</source>
        <translation>每次拜訪時長不變；從當天第一次拜訪的時間開始，中間留出客戶之間的路程時間。已完成的拜訪保持原時間。</translation>
    </message>
    <message>
        <source>Reorder and retime</source>
        <translation>調整順序和時間</translation>
    </message>
    <message>
        <source>Reorder only</source>
        <translation>只調整順序</translation>
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
        <translation>超過這些天沒有拜訪的重點客戶</translation>
    </message>
    <message>
        <source>Customers without a visit or deal for this long</source>
        <translation>這麼久沒有拜訪也沒有成交的客戶</translation>
    </message>
    <message>
        <source>Plan visit</source>
        <translation>安排拜訪</translation>
    </message>
    <message>
        <source>Key unseen</source>
        <translation>重點客戶未訪</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>沉睡客戶</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在讀取…</translation>
    </message>
    <message>
        <source>The list could not be read: %1</source>
        <translation>清單讀取失敗：%1</translation>
    </message>
    <message>
        <source>Next action due</source>
        <translation>下一步行動到期</translation>
    </message>
    <message>
        <source>Key customers not seen</source>
        <translation>久未拜訪的重點客戶</translation>
    </message>
    <message>
        <source>Dormant customers</source>
        <translation>沉睡客戶</translation>
    </message>
    <message>
        <source>last visit %1</source>
        <translation>上次拜訪 %1</translation>
    </message>
    <message>
        <source>never visited</source>
        <translation>從未拜訪</translation>
    </message>
    <message>
        <source>last contact %1</source>
        <translation>上次往來 %1</translation>
    </message>
    <message>
        <source>Nobody waiting: every customer is planned or recent.</source>
        <translation>沒有待拜訪的客戶：每位客戶都已安排或最近拜訪過。</translation>
    </message>
    <message>
        <source>Result missing (%1)</source>
        <translation>未填結果（%1）</translation>
    </message>
    <message>
        <source>Visits whose time is over but whose result is not recorded</source>
        <translation>時間已過但尚未記錄結果的拜訪</translation>
    </message>
</context>
<context>
    <name>PlannerStandardDialog</name>
    <message>
        <source>existing +</source>
        <translation>家老客戶 +</translation>
    </message>
    <message>
        <source>new per working day</source>
        <translation>家新客戶 / 每個工作日</translation>
    </message>
    <message>
        <source>Daily visit standard</source>
        <translation>每日拜訪標準</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>This rep has an own standard</source>
        <translation>該業務員使用自己的標準</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>業務員</translation>
    </message>
    <message>
        <source>Office time zone</source>
        <translation>公司時區</translation>
    </message>
    <message>
        <source>Unknown time zone: %1</source>
        <translation>未知時區：%1</translation>
    </message>
</context>
<context>
    <name>PlannerWeekPanel</name>
    <message>
        <source>This week&apos;s aims (week plan)</source>
        <translation>本週目標（週計劃）</translation>
    </message>
    <message>
        <source>What went well, what did not, what changes next week (week review)</source>
        <translation>哪些做得好，哪些不好，下週要改變什麼（週檢討）</translation>
    </message>
    <message>
        <source>Save week review</source>
        <translation>保存週檢討</translation>
    </message>
    <message>
        <source>Week plan</source>
        <translation>週計劃</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: planned %2, done %3 of a standard %4&lt;br&gt;Purpose met: %5 yes, %6 partly, %7 no · next actions %8</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：計劃 %2，完成 %3，標準 %4&lt;br&gt;達成目的：是 %5，部分 %6，否 %7 · 下一步行動 %8</translation>
    </message>
    <message>
        <source>&lt;b&gt;Month %1&lt;/b&gt;: planned %2, done %3 of a standard %4</source>
        <translation>&lt;b&gt;%1（月計劃）&lt;/b&gt;：計劃 %2，完成 %3，標準 %4</translation>
    </message>
    <message>
        <source>Week review</source>
        <translation>週檢討</translation>
    </message>
    <message>
        <source>The week plan or review has unsaved changes.</source>
        <translation>週計劃或週檢討有未儲存的修改。</translation>
    </message>
    <message>
        <source>Save them?</source>
        <translation>要儲存嗎？</translation>
    </message>
    <message>
        <source>Choose one rep to see the week plan and review.</source>
        <translation>選擇一位業務員，查看週計劃和週檢討。</translation>
    </message>
    <message>
        <source>Someone else saved this week&apos;s review meanwhile; it is shown again.</source>
        <translation>其他人剛剛保存了本週的週檢討；已重新顯示。</translation>
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
        <translation>將 %1 個客戶放入公海？</translation>
    </message>
    <message>
        <source>Their planned visits stay with the reps who planned them.</source>
        <translation>已排定的拜訪仍歸排定它們的業務員。</translation>
    </message>
    <message>
        <source>Reassign %1 customers and %2 planned visits to %3?</source>
        <translation>將 %1 個客戶和 %2 次排定的拜訪移交給%3？</translation>
    </message>
    <message>
        <source>%1 open follow-ups go with them to the new owner.</source>
        <translation>%1 項未完成的後續追蹤隨客戶交給新負責人。</translation>
    </message>
    <message>
        <source>Reassign customers</source>
        <translation>移交客戶</translation>
    </message>
    <message>
        <source>Any rep may then claim them.</source>
        <translation>之後任何業務員都可以認領它們。</translation>
    </message>
    <message>
        <source>Move to the shared pool</source>
        <translation>放入公海</translation>
    </message>
    <message>
        <source>Set the tier of %1 customers to %2?</source>
        <translation>將 %1 個客戶的等級設為%2？</translation>
    </message>
    <message>
        <source>Set tier by hand</source>
        <translation>手動設定等級</translation>
    </message>
</context>
<context>
    <name>PortfolioReport</name>
    <message>
        <source>Rep</source>
        <translation>業務員</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>未評估</translation>
    </message>
    <message>
        <source>Manual tier</source>
        <translation>手工等級</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客戶數</translation>
    </message>
    <message>
        <source>(no rep)</source>
        <translation>（無業務員）</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>全公司</translation>
    </message>
    <message>
        <source>Where visit time went (last 90 days)</source>
        <translation>拜訪時間去向（最近 90 天）</translation>
    </message>
    <message>
        <source>Guidance: key customers are about 10 % of customers and get 60 % of selling time; ordinary 30 % and 30 %; potential 60 % and 10 %.</source>
        <translation>建議：重點客戶約佔客戶數 10 %，投入 60 % 的銷售時間；普通客戶 30 % 與 30 %；有可能成為客戶的對象 60 % 與 10 %。</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>小時</translation>
    </message>
    <message>
        <source>Guidance (time)</source>
        <translation>建議（時間）</translation>
    </message>
    <message>
        <source>Share of customers</source>
        <translation>客戶佔比</translation>
    </message>
    <message>
        <source>No done visits in this period.</source>
        <translation>這段時間沒有已完成的拜訪。</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>實際</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>建議</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>%1 (%2 days)</source>
        <translation>%1（%2 天前）</translation>
    </message>
    <message>
        <source>never</source>
        <translation>從未拜訪</translation>
    </message>
    <message>
        <source>… and %1 more in this quadrant (Analysis → Intent × quality lists them all).</source>
        <translation>… 本象限另有 %1 位客戶（完整名單見「客戶狀態分析 → 意願 × 素質」）。</translation>
    </message>
    <message>
        <source>Intent</source>
        <translation>意願</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>素質</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等級</translation>
    </message>
    <message>
        <source>Quadrant of the latest assessment</source>
        <translation>最近一次評估所在象限</translation>
    </message>
    <message>
        <source>What to do per quadrant</source>
        <translation>各象限的行動清單</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>上次拜訪</translation>
    </message>
    <message>
        <source>Intent / quality</source>
        <translation>意願 / 素質</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>顧客類型</translation>
    </message>
    <message>
        <source>Customer portfolio</source>
        <translation>客戶組合分析</translation>
    </message>
    <message>
        <source>all reps</source>
        <translation>全部業務員</translation>
    </message>
    <message>
        <source>High intent from %1, high quality from %2; tiers by the last 12 months&apos; revenue, breakpoints %3 %.</source>
        <translation>意願 ≥ %1 為高，素質 ≥ %2 為高；等級按最近 12 個月銷售額，分界 %3 %。</translation>
    </message>
    <message>
        <source>Assessed customers</source>
        <translation>已評估客戶</translation>
    </message>
    <message>
        <source>Intent × quality</source>
        <translation>意願 × 素質</translation>
    </message>
    <message>
        <source>Quadrants and tiers per rep</source>
        <translation>各業務員的象限與等級分佈</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 上一頁</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一頁 ▶</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>頁 / 共 %1 頁</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>符合寬度</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>整頁</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>第</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>縮放</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>列印…</translation>
    </message>
    <message>
        <source>Print (Ctrl+P)</source>
        <translation>列印 (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存為 PDF…</translation>
    </message>
    <message>
        <source>Save as PDF (Ctrl+S)</source>
        <translation>另存為 PDF (Ctrl+S)</translation>
    </message>
    <message>
        <source>Page setup…</source>
        <translation>版面設定…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>已儲存到 %1</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>無法啟動印表機。</translation>
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
        <translation>高意願 · 高素質</translation>
    </message>
    <message>
        <source>High intent, low quality</source>
        <translation>高意願 · 低素質</translation>
    </message>
    <message>
        <source>Low intent, high quality</source>
        <translation>低意願 · 高素質</translation>
    </message>
    <message>
        <source>Low intent, low quality</source>
        <translation>低意願 · 低素質</translation>
    </message>
    <message>
        <source>Close now</source>
        <translation>立即成交</translation>
    </message>
    <message>
        <source>Sell safely</source>
        <translation>穩妥成交</translation>
    </message>
    <message>
        <source>Build interest</source>
        <translation>培養意願</translation>
    </message>
    <message>
        <source>Keep in touch</source>
        <translation>低成本維繫</translation>
    </message>
    <message>
        <source>Ready to buy and worth having: visit in person, meet the decision makers, make a concrete offer and ask for the order. Plan for a long relationship.</source>
        <translation>想買，也值得做：親自拜訪，見決策人，拿出具體方案，主動要單；按長期合作來經營。</translation>
    </message>
    <message>
        <source>Wants to buy but is a riskier partner: keep the offer simple, agree clear terms, ask for prepayment or short credit and check payment before delivering more.</source>
        <translation>想買，但合作風險較高：方案從簡，條款講清，要求預付款或短賬期，回款後再加量供貨。</translation>
    </message>
    <message>
        <source>A good partner not yet convinced: show how the product creates value, bring cases of others who use it, invite them to try it. Invest time in the relationship.</source>
        <translation>值得合作，但還沒被說服：講清產品如何為他創造價值，帶上其他用戶的案例，邀請試用；在關係上多投入時間。</translation>
    </message>
    <message>
        <source>Neither ready nor promising yet: keep in touch through cheap channels (phone, WeChat, the monthly card) and assess again in a few months.</source>
        <translation>目前既不想買也不太有潛力：用低成本方式保持聯繫（電話、微信、每月一卡），幾個月後再評估。</translation>
    </message>
</context>
<context>
    <name>QuadrantChart</name>
    <message>
        <source>Quality</source>
        <translation>素質</translation>
    </message>
    <message>
        <source>Intent</source>
        <translation>意願</translation>
    </message>
    <message>
        <source>intent %1 · quality %2</source>
        <translation>意願 %1 · 素質 %2</translation>
    </message>
</context>
<context>
    <name>QuadrantPage</name>
    <message>
        <source>Apply</source>
        <translation>應用</translation>
    </message>
    <message>
        <source>High from</source>
        <translation>“高”的門檻</translation>
    </message>
    <message>
        <source>Intent</source>
        <translation>意願</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>素質</translation>
    </message>
    <message>
        <source>%1 assessed customers. Click a point to open the customer.</source>
        <translation>已評估客戶 %1 位。點擊圓點可打開該客戶。</translation>
    </message>
</context>
<context>
    <name>QuestionnairePage</name>
    <message>
        <source>(weight %1)</source>
        <translation>（權重 %1）</translation>
    </message>
    <message>
        <source>(reverse-scored: 1 counts best)</source>
        <translation>（反向計分：1 分最好）</translation>
    </message>
    <message>
        <source>Not answered: left out of the score</source>
        <translation>未作答：不計入得分</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <source>Reassign customers</source>
        <translation>移交客戶</translation>
    </message>
    <message>
        <source>Shared pool (no owner)</source>
        <translation>公海（無負責人）</translation>
    </message>
    <message>
        <source>Give the %1 selected customers to:</source>
        <translation>將選取的 %1 個客戶移交給：</translation>
    </message>
    <message>
        <source>Their visits planned from now on go with them; done visits stay with the rep who made them.</source>
        <translation>今後已排定的拜訪隨客戶一起移交；已完成的拜訪仍歸原業務員。</translation>
    </message>
    <message>
        <source>New owner:</source>
        <translation>新負責人：</translation>
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
        <translation>延後一天(&amp;O)</translation>
    </message>
    <message>
        <source>Snooze a &amp;week</source>
        <translation>延後一週(&amp;W)</translation>
    </message>
    <message>
        <source>D&amp;ismiss</source>
        <translation>不再提醒(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Print cards…</source>
        <translation>列印賀卡(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Export for mail merge…</source>
        <translation>匯出用於合併列印(&amp;E)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>New since you last looked</source>
        <translation>上次查看之後新出現的</translation>
    </message>
    <message>
        <source>Reminders for %1: %2</source>
        <translation>%1 的提醒：%2 則</translation>
    </message>
    <message>
        <source>Nothing to do on %1.</source>
        <translation>%1 沒有要辦的事。</translation>
    </message>
    <message>
        <source>Monthly cards</source>
        <translation>每月一卡</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
    <message>
        <source>Preparing the cards…</source>
        <translation>正在準備賀卡…</translation>
    </message>
    <message>
        <source>Export the monthly cards</source>
        <translation>匯出每月一卡名單</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV for Excel (*.csv)</source>
        <translation>Excel 活頁簿 (*.xlsx);;Excel 用 CSV (*.csv)</translation>
    </message>
    <message>
        <source>Writing the card list…</source>
        <translation>正在寫入名單…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已儲存 %1</translation>
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
        <translation>…… 另有 %1 則</translation>
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
        <translation>投訴已逾時</translation>
    </message>
    <message>
        <source>Complaints due soon</source>
        <translation>投訴即將到期</translation>
    </message>
    <message>
        <source>Visits without a result</source>
        <translation>拜訪未填結果</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>待跟進</translation>
    </message>
    <message>
        <source>Birthdays</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Anniversaries of the first trade</source>
        <translation>首次交易紀念日</translation>
    </message>
    <message>
        <source>Monthly card</source>
        <translation>每月一卡</translation>
    </message>
    <message>
        <source>Dormant customers</source>
        <translation>休眠客戶</translation>
    </message>
    <message>
        <source>%1&apos;s birthday on %2 (%3 years)</source>
        <translation>%1的生日：%2（%3 歲）</translation>
    </message>
    <message>
        <source>%1&apos;s lunar birthday, %3, on %2</source>
        <translation>%1的農曆生日（%3）：%2</translation>
    </message>
    <message>
        <source>%1: %2 years since the first trade on %3</source>
        <translation>%1：首次交易（%3）%2 週年</translation>
    </message>
    <message>
        <source>Send this month&apos;s card (%1) to %2 customers</source>
        <translation>寄出本月賀卡（%1）：%2 位客戶</translation>
    </message>
    <message>
        <source>Follow up %1, due %2: %3</source>
        <translation>跟進%1，%2 到期：%3</translation>
    </message>
    <message>
        <source>Follow up %1, due %2</source>
        <translation>跟進%1，%2 到期</translation>
    </message>
    <message>
        <source>Complaint %1 of %2 is due by %3</source>
        <translation>%2的投訴 %1 須在 %3 前處理</translation>
    </message>
    <message>
        <source>Complaint %1 of %2 is late: it was due by %3</source>
        <translation>%2的投訴 %1 已逾時：應在 %3 前處理</translation>
    </message>
    <message>
        <source>%1: no deal or done visit for %2 days (last on %3)</source>
        <translation>%1：已 %2 天沒有成交或完成的拜訪（最近一次 %3）</translation>
    </message>
    <message>
        <source>%1: no deal or done visit for %2 days</source>
        <translation>%1：已 %2 天沒有成交或完成的拜訪</translation>
    </message>
    <message>
        <source>The visit to %1 on %2 has no result yet</source>
        <translation>%2 對%1的拜訪還沒有填寫結果</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>(cont.)</source>
        <translation>(續)</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 頁 / 共 %2 頁</translation>
    </message>
</context>
<context>
    <name>RepsBoard</name>
    <message>
        <source>Each day: done / planned of the rep&apos;s standard.</source>
        <translation>每格：完成 / 計劃，對照該業務員的標準。</translation>
    </message>
    <message>
        <source>standard met</source>
        <translation>達到標準</translation>
    </message>
    <message>
        <source>planned, not yet done</source>
        <translation>已計劃，尚未完成</translation>
    </message>
    <message>
        <source>short of the standard</source>
        <translation>未達標準</translation>
    </message>
    <message>
        <source>Week total</source>
        <translation>本週合計</translation>
    </message>
    <message>
        <source>%1 / %2
standard %3</source>
        <translation>%1 / %2
標準 %3</translation>
    </message>
    <message>
        <source>%1 / %2 of %3</source>
        <translation>完成 %1 / 計劃 %2 · 標準 %3</translation>
    </message>
    <message>
        <source>… %1 more</source>
        <translation>… 另有 %1 次</translation>
    </message>
    <message>
        <source>%1, %2: done %3, planned %4, standard %5</source>
        <translation>%1，%2：完成 %3，計劃 %4，標準 %5</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Owner</source>
        <translation>老闆/主管</translation>
    </message>
    <message>
        <source>Office clerk</source>
        <translation>銷售內勤</translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation>業務員</translation>
    </message>
</context>
<context>
    <name>SelectionActions</name>
    <message>
        <source>&amp;Open</source>
        <translation>開啟(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Merge the two…</source>
        <translation>合併這兩位客戶(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Reassign to…</source>
        <translation>移交給(&amp;R)…</translation>
    </message>
    <message>
        <source>Move to the shared &amp;pool</source>
        <translation>放入公海(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Claim</source>
        <translation>認領(&amp;C)</translation>
    </message>
    <message>
        <source>Set tier by &amp;hand…</source>
        <translation>手動設定等級(&amp;H)…</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>選取的客戶</translation>
    </message>
    <message>
        <source>Reassigning customers…</source>
        <translation>正在移交客戶…</translation>
    </message>
    <message>
        <source>%1 customers moved to the shared pool.</source>
        <translation>已將 %1 個客戶放入公海。</translation>
    </message>
    <message>
        <source>%1 customers and %2 planned visits reassigned to %3.</source>
        <translation>已將 %1 個客戶和 %2 次排定的拜訪移交給%3。</translation>
    </message>
    <message>
        <source>Moving customers to the shared pool…</source>
        <translation>正在將客戶放入公海…</translation>
    </message>
    <message>
        <source>Claiming customers…</source>
        <translation>正在認領客戶…</translation>
    </message>
    <message>
        <source>%1 customers claimed: they are yours now.</source>
        <translation>已認領 %1 個客戶，現在由您負責。</translation>
    </message>
    <message>
        <source>the computed tier</source>
        <translation>計算出的等級</translation>
    </message>
    <message>
        <source>Setting tiers…</source>
        <translation>正在設定等級…</translation>
    </message>
    <message>
        <source>Tier of %1 customers set to %2.</source>
        <translation>已將 %1 個客戶的等級設為%2。</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>“%1” already belongs to %2; nothing was changed.</source>
        <translation>「%1」已由%2負責，未做任何變更。</translation>
    </message>
    <message>
        <source>Your role may not do this (only an owner or an office clerk may reassign customers or set tiers by hand; a rep may move only their own customers to the shared pool).</source>
        <translation>您的角色無權執行此操作（只有老闆/主管或銷售內勤可以移交客戶或手動設定等級；業務員只能將自己的客戶放入公海）。</translation>
    </message>
    <message>
        <source>%1 customers without a visit or deal returned to the shared pool.</source>
        <translation>%1 個長期沒有拜訪或成交的客戶已退回公海。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>等另外 %1 個</translation>
    </message>
    <message>
        <source>Your customers returning to the shared pool within %1 days: %2</source>
        <translation>您的下列客戶將在 %1 天內退回公海：%2</translation>
    </message>
    <message>
        <source>Customers returning to the shared pool within %1 days: %2</source>
        <translation>下列客戶將在 %1 天內退回公海：%2</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Follow the system (%1)</source>
        <translation>跟隨系統（%1）</translation>
    </message>
    <message>
        <source>A new language is used the next time Desktop CRM starts.</source>
        <translation>新的語言將在下次啟動桌面客戶管理時生效。</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>語言：</translation>
    </message>
    <message>
        <source>Shared pool</source>
        <translation>公海</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>永不</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>A rep&apos;s customer without a done visit or a deal for this many days returns to the shared pool when an owner or clerk starts the program; the rep is told beforehand.</source>
        <translation>業務員的客戶若這麼多天沒有完成的拜訪或成交，會在老闆/主管或銷售內勤啟動程式時退回公海；事先會提醒業務員。</translation>
    </message>
    <message>
        <source>Return to the pool after:</source>
        <translation>多久後退回公海：</translation>
    </message>
    <message>
        <source>Tell the rep before:</source>
        <translation>提前提醒業務員：</translation>
    </message>
    <message>
        <source>Only an owner or an office clerk may change these.</source>
        <translation>只有老闆/主管或銷售內勤可以修改這些設定。</translation>
    </message>
    <message>
        <source>Complaints, surveys and reminders</source>
        <translation>投訴、調查與提醒</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> 小時</translation>
    </message>
    <message>
        <source>e.g. 上海、江苏 (empty: the office&apos;s province)</source>
        <translation>例如 台北、新北（留空：本公司所在省份）</translation>
    </message>
    <message>
        <source>Answer a complaint inside the home region within:</source>
        <translation>本地區投訴處理期限：</translation>
    </message>
    <message>
        <source>… outside it within:</source>
        <translation>外地投訴處理期限：</translation>
    </message>
    <message>
        <source>Home region (provinces or cities):</source>
        <translation>本地區（省份或城市）：</translation>
    </message>
    <message>
        <source>Due soon when less than this is left:</source>
        <translation>剩餘時間少於此值時提示即將到期：</translation>
    </message>
    <message>
        <source>A satisfaction index counts as satisfied from:</source>
        <translation>滿意度指數達到此分數即算滿意：</translation>
    </message>
    <message>
        <source>Remind of birthdays and anniversaries ahead:</source>
        <translation>生日和紀念日提前提醒：</translation>
    </message>
    <message>
        <source>Letterhead of reply letters</source>
        <translation>回覆函信頭</translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation>選擇標誌…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Office name:</source>
        <translation>公司名稱：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>電話：</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>標誌：</translation>
    </message>
    <message>
        <source>(no logo)</source>
        <translation>（無標誌）</translation>
    </message>
    <message>
        <source>Choose logo</source>
        <translation>選擇標誌</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>圖片 (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>Setup</name>
    <message>
        <source>Too short: use at least %1 characters.</source>
        <translation>太短：至少需要 %1 個字元。</translation>
    </message>
    <message>
        <source>Someone already has this name.</source>
        <translation>已有人使用這個姓名。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>兩次輸入的密碼不一致。</translation>
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
        <translation>密碼</translation>
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
        <translation>此人員已停用。請聯絡老闆重新啟用。</translation>
    </message>
    <message>
        <source>Too many failed attempts. Wait %1 seconds, then try again.</source>
        <translation>失敗次數過多。請等待 %1 秒後再試。</translation>
    </message>
    <message>
        <source>The database server refused your login. Ask an owner to set your password again.</source>
        <translation>資料庫伺服器拒絕了您的登入。請聯絡主管重新設定您的密碼。</translation>
    </message>
    <message>
        <source>Wrong name or password.</source>
        <translation>姓名或密碼錯誤。</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in — Desktop CRM</source>
        <translation>登入 — Desktop CRM</translation>
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
        <translation>密碼：</translation>
    </message>
    <message>
        <source>&amp;Keep me signed in on this computer</source>
        <translation>在本機保持登入(&amp;K)</translation>
    </message>
    <message>
        <source>The next start opens without the password, for %1 days or until File → Sign out. Only where no one else uses your account on this computer.</source>
        <translation>下次啟動無需輸入密碼，保持 %1 天，或直到「檔案 → 登出」。僅在沒有他人使用您在本機的帳戶時勾選。</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登入</translation>
    </message>
</context>
<context>
    <name>StageList</name>
    <message>
        <source>… and %1 more: narrow them down with Find</source>
        <translation>……還有 %1 個：請用尋找縮小範圍</translation>
    </message>
</context>
<context>
    <name>StagesDialog</name>
    <message>
        <source>Pipeline stages</source>
        <translation>商機階段</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>成交機率</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>刪除</translation>
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
        <translation>進行中的階段，依順序排列。新增或移動的商機採用所在階段的成交機率。其後固定為：%1。</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>新階段</translation>
    </message>
    <message>
        <source>Row %1: </source>
        <translation>第 %1 列：</translation>
    </message>
</context>
<context>
    <name>StateSummary</name>
    <message>
        <source>Assess…</source>
        <translation>評估…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>歷次評估…</translation>
    </message>
    <message>
        <source>Personality…</source>
        <translation>顧客類型…</translation>
    </message>
    <message>
        <source>type not rated</source>
        <translation>類型未評定</translation>
    </message>
    <message>
        <source>intent %1 · quality %2</source>
        <translation>意願 %1 · 素質 %2</translation>
    </message>
    <message>
        <source>not assessed yet</source>
        <translation>尚未評估</translation>
    </message>
    <message>
        <source>Tier –</source>
        <translation>等級 –</translation>
    </message>
    <message>
        <source>Tier %1 (set by hand)</source>
        <translation>等級 %1（手工設定）</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>等級 %1</translation>
    </message>
</context>
<context>
    <name>SummaryReport</name>
    <message>
        <source>Sales</source>
        <translation>銷售額</translation>
    </message>
    <message>
        <source>Sales per rep</source>
        <translation>人均銷售額</translation>
    </message>
    <message>
        <source>Average purchase</source>
        <translation>平均客單價</translation>
    </message>
    <message>
        <source>Purchase frequency</source>
        <translation>購買頻次</translation>
    </message>
    <message>
        <source>Close rate</source>
        <translation>成交比率</translation>
    </message>
    <message>
        <source>Deals per visit</source>
        <translation>每次拜訪成交數</translation>
    </message>
    <message>
        <source>Visits done</source>
        <translation>已完成拜訪</translation>
    </message>
    <message>
        <source>Visits per rep per workday</source>
        <translation>每人每工作日拜訪數</translation>
    </message>
    <message>
        <source>Visits against the standard</source>
        <translation>拜訪達標率</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>新增客戶</translation>
    </message>
    <message>
        <source>Active customers</source>
        <translation>活躍客戶</translation>
    </message>
    <message>
        <source>Dormant customers</source>
        <translation>沉睡客戶</translation>
    </message>
    <message>
        <source>Retention rate</source>
        <translation>客戶保留率</translation>
    </message>
    <message>
        <source>Share of sales from the top 20 %</source>
        <translation>前 20 % 客戶銷售佔比</translation>
    </message>
    <message>
        <source>Satisfaction rate</source>
        <translation>滿意率</translation>
    </message>
    <message>
        <source>Complaints resolved on time</source>
        <translation>按時解決的投訴</translation>
    </message>
    <message>
        <source>Complaints late</source>
        <translation>逾期投訴</translation>
    </message>
    <message>
        <source>Overdue next actions</source>
        <translation>逾期的下一步行動</translation>
    </message>
    <message>
        <source>Past visits without a result</source>
        <translation>已過期未填結果的拜訪</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>進行中商機金額</translation>
    </message>
    <message>
        <source>Weighted pipeline</source>
        <translation>加權商機金額</translation>
    </message>
    <message>
        <source>Initial contact</source>
        <translation>初步接觸</translation>
    </message>
    <message>
        <source>Needs confirmed</source>
        <translation>需求確認</translation>
    </message>
    <message>
        <source>Proposal and quote</source>
        <translation>方案報價</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>談判</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>贏單</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>輸單</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 個百分點</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指標</translation>
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
        <translation>變化</translation>
    </message>
    <message>
        <source>Sales this year (previous: last year, the same days)</source>
        <translation>本年累計銷售額（上期：去年同期）</translation>
    </message>
    <message>
        <source>As of today</source>
        <translation>截至今日</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>業務員</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>標準</translation>
    </message>
    <message>
        <source>Against the standard</source>
        <translation>達標率</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>投訴內容</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>全公司</translation>
    </message>
    <message>
        <source>Sales by month (the last 12 months)</source>
        <translation>月度銷售額（最近 12 個月）</translation>
    </message>
    <message>
        <source>Pipeline by stage (as of today)</source>
        <translation>各階段商機（截至今日）</translation>
    </message>
    <message>
        <source>Expected amount</source>
        <translation>預計金額</translation>
    </message>
    <message>
        <source>Weighted by probability</source>
        <translation>按機率加權</translation>
    </message>
    <message>
        <source>At the right: opportunities · expected amount · weighted amount.</source>
        <translation>右側：商機數 · 預計金額 · 加權金額。</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>%1 起的一週</translation>
    </message>
    <message>
        <source>Visits against the standard per week</source>
        <translation>每週拜訪與標準對比</translation>
    </message>
    <message>
        <source>Visits against the standard per rep</source>
        <translation>各業務員拜訪與標準對比</translation>
    </message>
    <message>
        <source>Nothing to do here.</source>
        <translation>無待辦事項。</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>……另有 %1 條。</translation>
    </message>
    <message>
        <source>(pool)</source>
        <translation>（公海）</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>To do (as of %1)</source>
        <translation>待辦事項（截至 %1）</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>逾期跟進</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>下一步行動</translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation>計劃日期</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>事項</translation>
    </message>
    <message>
        <source>Key customers not visited for %1 days</source>
        <translation>%1 天未拜訪的重點客戶</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等級</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>最近拜訪</translation>
    </message>
    <message>
        <source>never</source>
        <translation>從未拜訪</translation>
    </message>
    <message>
        <source>Complaints handled late</source>
        <translation>逾期處理的投訴</translation>
    </message>
    <message>
        <source>Weekly summary</source>
        <translation>週總結</translation>
    </message>
    <message>
        <source>Monthly summary</source>
        <translation>月度總結</translation>
    </message>
    <message>
        <source>Weekly report of %1</source>
        <translation>%1 的週報告</translation>
    </message>
    <message>
        <source>Monthly report of %1</source>
        <translation>%1 的月度報告</translation>
    </message>
    <message>
        <source>Compared with %1. Made on %2.</source>
        <translation>與%1對比。製表日期：%2。</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>關鍵指標</translation>
    </message>
    <message>
        <source>Per rep</source>
        <translation>各業務員</translation>
    </message>
    <message>
        <source>Visits and sales</source>
        <translation>拜訪與銷售</translation>
    </message>
</context>
<context>
    <name>Survey</name>
    <message>
        <source>Satisfaction</source>
        <translation>滿意度</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>客戶關係</translation>
    </message>
</context>
<context>
    <name>SurveyDialog</name>
    <message>
        <source>New survey</source>
        <translation>新調查</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>調查</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(無)</translation>
    </message>
    <message>
        <source>What the customer added, in their words</source>
        <translation>客戶補充的話，照原話記錄</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Tab: the next item · 1–5 or Space: tick a level · arrows: another level</source>
        <translation>Tab：下一項 · 1–5 或空白鍵：勾選等級 · 方向鍵：換一個等級</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>權重</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>已答 %1 / 共 %2 項</translation>
    </message>
    <message>
        <source>satisfied (from %1)</source>
        <translation>滿意（%1 分起）</translation>
    </message>
    <message>
        <source>not satisfied (below %1)</source>
        <translation>不滿意（低於 %1 分）</translation>
    </message>
    <message>
        <source>Satisfaction index: %1</source>
        <translation>滿意度指數：%1</translation>
    </message>
    <message>
        <source>Relationship score: %1</source>
        <translation>客戶關係得分：%1</translation>
    </message>
    <message>
        <source>Someone else changed this survey after you opened it. It is shown again as it is now; please redo your change.</source>
        <translation>您打開這份調查後，有人修改了它。現在顯示的是最新內容，請重新修改。</translation>
    </message>
</context>
<context>
    <name>SurveyForm</name>
    <message>
        <source>Customer: %1</source>
        <translation>客戶：%1</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>聯絡人：%1</translation>
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
        <translation>調查人：%1</translation>
    </message>
    <message>
        <source>How satisfied are you with each of the following? Tick one box per line.</source>
        <translation>您對以下各項是否滿意？每行請勾選一項。</translation>
    </message>
    <message>
        <source>How far do you agree with each statement? Tick one box per line.</source>
        <translation>您在多大程度上同意以下說法？每行請勾選一項。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序號</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Other comments or suggestions:</source>
        <translation>其他意見或建議：</translation>
    </message>
    <message>
        <source>Customer&apos;s signature: %1</source>
        <translation>客戶簽名：%1</translation>
    </message>
    <message>
        <source>Surveyor&apos;s signature: %1</source>
        <translation>調查人簽名：%1</translation>
    </message>
    <message>
        <source>Thank you for your time and your trust.</source>
        <translation>感謝您抽出寶貴時間，感謝您的信任！</translation>
    </message>
</context>
<context>
    <name>SurveysPage</name>
    <message>
        <source>Index</source>
        <translation>滿意度指數</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>滿意率</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>滿意度調查份數</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>客戶關係</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>調查</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>業務員</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>滿意</translation>
    </message>
    <message>
        <source>Both kinds</source>
        <translation>兩類調查</translation>
    </message>
    <message>
        <source>Every rep</source>
        <translation>所有業務員</translation>
    </message>
    <message>
        <source>&amp;New survey…</source>
        <translation>新調查(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編輯(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>刪除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Print blank form</source>
        <translation>列印空白調查表(&amp;P)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>從</translation>
    </message>
    <message>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Per rep</source>
        <translation>按業務員</translation>
    </message>
    <message>
        <source>Per customer</source>
        <translation>按客戶</translation>
    </message>
    <message>
        <source>&amp;Edit survey…</source>
        <translation>編輯調查(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete survey</source>
        <translation>刪除調查(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Print a blank survey form…</source>
        <translation>列印空白調查表(&amp;P)…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>重新整理(&amp;F)</translation>
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
        <translation>（無業務員）</translation>
    </message>
    <message>
        <source>Satisfaction index %1 · satisfaction rate %2 (%3 of %4 satisfied) · relationship %5 (%6 surveys)</source>
        <translation>滿意度指數 %1 · 滿意率 %2（%4 份中 %3 份滿意）· 客戶關係 %5（%6 份調查）</translation>
    </message>
    <message>
        <source>Delete survey</source>
        <translation>刪除調查</translation>
    </message>
    <message>
        <source>Delete the %1 survey of %2 taken on %3?</source>
        <translation>刪除 %2 在 %3 的%1調查嗎？</translation>
    </message>
    <message>
        <source>Blank survey form</source>
        <translation>空白調查表</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Question</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>權重</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>反向計分</translation>
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
        <translation>增加題目</translation>
    </message>
    <message>
        <source>Remove question</source>
        <translation>刪除題目</translation>
    </message>
    <message>
        <source>Save as new version…</source>
        <translation>另存為新版本…</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>放棄修改</translation>
    </message>
    <message>
        <source>Texts are edited in the interface language. Saving makes a new version: assessments already saved keep the version they were answered against and score exactly as before.</source>
        <translation>文字按當前界面語言編輯。保存會生成新版本：已保存的評估保留作答時的版本，得分完全不變。</translation>
    </message>
    <message>
        <source>Version %1 in use; %2 version(s) stored.</source>
        <translation>正在使用第 %1 版；共保存 %2 個版本。</translation>
    </message>
    <message>
        <source>A questionnaire needs at least one question.</source>
        <translation>問卷至少要有一道題目。</translation>
    </message>
    <message>
        <source>Question %1: the weight must be a number above 0, at most 100.</source>
        <translation>第 %1 題：權重必須是大於 0、不超過 100 的數字。</translation>
    </message>
    <message>
        <source>Question %1 has no text.</source>
        <translation>第 %1 題沒有題目文字。</translation>
    </message>
    <message>
        <source>Question %1: a text is too long or holds invisible control characters.</source>
        <translation>第 %1 題：文字過長或含有不可見的控制字元。</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>評估問卷</translation>
    </message>
    <message>
        <source>The questionnaire has edits not saved as a new version.</source>
        <translation>問卷有修改尚未另存為新版本。</translation>
    </message>
    <message>
        <source>Save them?</source>
        <translation>要儲存嗎？</translation>
    </message>
    <message>
        <source>A weight must be a number above 0.</source>
        <translation>權重必須是大於 0 的數字。</translation>
    </message>
    <message>
        <source>Save as new version</source>
        <translation>另存為新版本</translation>
    </message>
    <message>
        <source>What changed (optional):</source>
        <translation>修改了什麼（可不填）：</translation>
    </message>
    <message>
        <source>Version %1 is now in use.</source>
        <translation>現在使用第 %1 版。</translation>
    </message>
</context>
<context>
    <name>TierDialog</name>
    <message>
        <source>Set tier by hand</source>
        <translation>手動設定等級</translation>
    </message>
    <message>
        <source>Computed tier (clear the hand-set one)</source>
        <translation>計算出的等級（清除手動設定）</translation>
    </message>
    <message>
        <source>e.g. strategic account</source>
        <translation>例如：策略客戶</translation>
    </message>
    <message>
        <source>Tier for the %1 selected customers:</source>
        <translation>選取的 %1 個客戶的等級：</translation>
    </message>
    <message>
        <source>Tier:</source>
        <translation>等級：</translation>
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
        <translation>業務員</translation>
    </message>
    <message>
        <source>No tier</source>
        <translation>無等級</translation>
    </message>
    <message>
        <source>Set by hand</source>
        <translation>手工設定</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客戶數</translation>
    </message>
    <message>
        <source>Breakpoints: share of revenue per tier (last 12 months)</source>
        <translation>分界：各等級佔銷售額的比例（最近 12 個月）</translation>
    </message>
    <message>
        <source>Save and recompute</source>
        <translation>保存並重新計算</translation>
    </message>
    <message>
        <source>A customer whose revenue starts within the first share of the total is A, and so on; equal revenue, equal tier; no revenue in 12 months is D. A tier set by hand on the customer wins and is counted under “Set by hand” too.</source>
        <translation>銷售額起點落在第一段比例內的客戶為 A，依此類推；銷售額相同則等級相同；12 個月沒有銷售額為 D。客戶上手工設定的等級優先，並同時計入“手工設定”。</translation>
    </message>
    <message>
        <source>(no rep)</source>
        <translation>（無業務員）</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>ABCD 等級</translation>
    </message>
    <message>
        <source>The four shares must add up to 100 %.</source>
        <translation>四個比例之和必須是 100 %。</translation>
    </message>
    <message>
        <source>Recomputing tiers…</source>
        <translation>正在重新計算等級…</translation>
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
        <translation>最近 12 個月</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>業務員</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>小時</translation>
    </message>
    <message>
        <source>No done visits in this period.</source>
        <translation>這段時間沒有已完成的拜訪。</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Guidance: key customers are about 10 % of customers and get 60 % of the selling time; ordinary 30 % and 30 %; potential 60 % and 10 %. Each cell: actual share of visit time (guidance).</source>
        <translation>建議：重點客戶約佔客戶數 10 %，投入 60 % 的銷售時間；普通客戶 30 % 與 30 %；有可能成為客戶的對象 60 % 與 10 %。每格：實際拜訪時間佔比（建議值）。</translation>
    </message>
    <message>
        <source>Share of customers (guidance)</source>
        <translation>客戶佔比（建議值）</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <source>Visit</source>
        <translation>拜訪</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>交易</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>商機</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>狀態分析</translation>
    </message>
    <message>
        <source>File change</source>
        <translation>資料修改</translation>
    </message>
    <message>
        <source>Initial contact</source>
        <translation>初步接觸</translation>
    </message>
    <message>
        <source>Needs confirmed</source>
        <translation>需求確認</translation>
    </message>
    <message>
        <source>Proposal / quote</source>
        <translation>方案報價</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>談判</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>贏單</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>輸單</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>What</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳情</translation>
    </message>
    <message>
        <source>Show older</source>
        <translation>顯示更早的</translation>
    </message>
    <message>
        <source>A new customer has no timeline yet.</source>
        <translation>新客戶還沒有時間線。</translation>
    </message>
    <message>
        <source>Nothing has happened with this customer yet.</source>
        <translation>這個客戶還沒有任何記錄。</translation>
    </message>
    <message>
        <source>%1 entries shown</source>
        <translation>已顯示 %1 條</translation>
    </message>
    <message>
        <source>purpose met: %1</source>
        <translation>達成目的：%1</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>結果：%1</translation>
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
        <translation>預計成交 %1</translation>
    </message>
    <message>
        <source>Lost because: %1</source>
        <translation>輸單原因：%1</translation>
    </message>
    <message>
        <source>intent %1, quality %2</source>
        <translation>意向 %1，素質 %2</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>評估人：%1</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… 另有 %1 項</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation>資源回收筒</translation>
    </message>
    <message>
        <source>Find in the trash…</source>
        <translation>在資源回收筒中搜尋…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢復</translation>
    </message>
    <message>
        <source>Delete permanently…</source>
        <translation>永久刪除…</translation>
    </message>
    <message>
        <source>In the trash: %1</source>
        <translation>資源回收筒中共 %1 個客戶</translation>
    </message>
    <message>
        <source>Select a customer to see who deleted it.</source>
        <translation>選取一個客戶，查看是誰刪除的。</translation>
    </message>
    <message>
        <source>Merged into “%1” by %2 on %3. To get it back, unmerge it in the History tab of “%1”.</source>
        <translation>已於 %3 由 %2 併入「%1」。如需找回，請在「%1」的「歷史紀錄」頁取消合併。</translation>
    </message>
    <message>
        <source>Deleted by %1 on %2.</source>
        <translation>由 %1 於 %2 刪除。</translation>
    </message>
    <message>
        <source>Deleted on %1 (by whom was not recorded then).</source>
        <translation>於 %1 刪除（當時未記錄刪除人）。</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>未恢復</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>正在刪除…</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Intent</source>
        <translation>意願</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>素質</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo</source>
        <translation>復原</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>This visit has unsaved changes.</source>
        <translation>這次拜訪有未儲存的修改。</translation>
    </message>
    <message>
        <source>Save them before closing?</source>
        <translation>關閉前先儲存嗎？</translation>
    </message>
    <message>
        <source>Plan visit</source>
        <translation>安排拜訪</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>拜訪</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>計劃</translation>
    </message>
    <message>
        <source>After the visit</source>
        <translation>拜訪之後</translation>
    </message>
    <message>
        <source>Cancel visit</source>
        <translation>取消拜訪</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>商機</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分鐘</translation>
    </message>
    <message>
        <source>for</source>
        <translation>時長</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>When</source>
        <translation>何時</translation>
    </message>
    <message>
        <source>Whom (contact)</source>
        <translation>何人（聯繫人）</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>業務員</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>何種方法</translation>
    </message>
    <message>
        <source>What matter</source>
        <translation>何事</translation>
    </message>
    <message>
        <source>For which reason</source>
        <translation>何種理由</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>拜訪目的</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>行動計劃</translation>
    </message>
    <message>
        <source>Expected result</source>
        <translation>預期結果</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Customer did not show / not met</source>
        <translation>未見到客戶</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未記錄</translation>
    </message>
    <message>
        <source>due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Plan the next action as a visit</source>
        <translation>把下一步行動安排為拜訪</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Actual result</source>
        <translation>實際結果</translation>
    </message>
    <message>
        <source>Purpose met</source>
        <translation>達成目的</translation>
    </message>
    <message>
        <source>Time spent</source>
        <translation>所用時間</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>下一步行動</translation>
    </message>
    <message>
        <source>Restore visit</source>
        <translation>恢復拜訪</translation>
    </message>
    <message>
        <source>(nobody in particular)</source>
        <translation>（不指定）</translation>
    </message>
    <message>
        <source>New customer on this day (no deal and no done visit before it)</source>
        <translation>這一天是新客戶（此前沒有成交，也沒有完成的拜訪）</translation>
    </message>
    <message>
        <source>Existing customer</source>
        <translation>老客戶</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>計劃中</translation>
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
        <translation>未見到</translation>
    </message>
    <message>
        <source>Next visit planned for %1</source>
        <translation>下次拜訪已安排在 %1</translation>
    </message>
    <message>
        <source>Choose the customer from the suggestions first.</source>
        <translation>請先從提示列表中選擇客戶。</translation>
    </message>
    <message>
        <source>Someone else changed this visit after you opened it. It is shown again as it is now; please redo your change.</source>
        <translation>您打開之後，其他人修改了這次拜訪。現在顯示的是最新內容，請重新修改。</translation>
    </message>
    <message>
        <source>Write the next action and its date first.</source>
        <translation>請先填寫下一步行動及其日期。</translation>
    </message>
    <message>
        <source>Someone else changed this visit; it was reloaded.</source>
        <translation>其他人修改了這次拜訪，已重新載入。</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>時長</translation>
    </message>
    <message>
        <source>Next action date</source>
        <translation>下一步行動日期</translation>
    </message>
    <message>
        <source>Please check:</source>
        <translation>請檢查：</translation>
    </message>
    <message>
        <source>it cannot be due before the visit</source>
        <translation>不能早於這次拜訪的日期</translation>
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
        <translation>週一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>週二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>週三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>週四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>週五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>週六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>週日</translation>
    </message>
    <message>
        <source>Visit sheet</source>
        <translation>拜訪單</translation>
    </message>
    <message>
        <source>Daily standard</source>
        <translation>拜訪標準</translation>
    </message>
    <message>
        <source>%1 existing + %2 new</source>
        <translation>老客戶 %1 + 新客戶 %2</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>已計劃</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>差距</translation>
    </message>
    <message>
        <source>standard met</source>
        <translation>達到標準</translation>
    </message>
    <message>
        <source>%1 existing + %2 new still to plan</source>
        <translation>還需安排老客戶 %1 + 新客戶 %2</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>新客戶</translation>
    </message>
    <message>
        <source>Existing customer</source>
        <translation>老客戶</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>%1 級</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>上次拜訪</translation>
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
        <translation>拜訪目的</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>行動計劃</translation>
    </message>
    <message>
        <source>Expected result</source>
        <translation>預期結果</translation>
    </message>
    <message>
        <source>Personality</source>
        <translation>性格類型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分鐘</translation>
    </message>
    <message>
        <source>Actual result</source>
        <translation>實際結果</translation>
    </message>
    <message>
        <source>Purpose met</source>
        <translation>達成目的</translation>
    </message>
    <message>
        <source>Time spent</source>
        <translation>用時</translation>
    </message>
    <message>
        <source>Time spent (min)</source>
        <translation>用時（分鐘）</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>下一步行動</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Unplanned visit</source>
        <translation>計劃外拜訪</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>No visits planned for this day.</source>
        <translation>這一天沒有安排拜訪。</translation>
    </message>
    <message>
        <source>printed %1</source>
        <translation>打印於 %1</translation>
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
        <translation>標準</translation>
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
        <translation>標準</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>計劃</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>No-show / cancelled</source>
        <translation>未見 / 取消</translation>
    </message>
    <message>
        <source>Against the standard</source>
        <translation>對照標準</translation>
    </message>
    <message>
        <source>day off</source>
        <translation>休息日</translation>
    </message>
    <message>
        <source>met</source>
        <translation>達標</translation>
    </message>
    <message>
        <source>short</source>
        <translation>未達標</translation>
    </message>
    <message>
        <source>planned to standard</source>
        <translation>計劃已達標</translation>
    </message>
    <message>
        <source>plan more visits</source>
        <translation>需增加拜訪</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>本週</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Matter / purpose</source>
        <translation>事項 / 目的</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Purpose met</source>
        <translation>達成目的</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新客戶</translation>
    </message>
    <message>
        <source>existing</source>
        <translation>老客戶</translation>
    </message>
    <message>
        <source>No visits this week.</source>
        <translation>本週沒有拜訪。</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>下一步行動</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Planned as a visit</source>
        <translation>已安排拜訪</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No next actions recorded.</source>
        <translation>沒有記錄下一步行動。</translation>
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
        <translation>達成目的：是 / 部分 / 否</translation>
    </message>
    <message>
        <source>Week plan and review</source>
        <translation>週計劃與週檢討</translation>
    </message>
    <message>
        <source>Daily standard %1 existing + %2 new · planned %3 · done %4 of %5 · purpose met %6 yes, %7 partly, %8 no</source>
        <translation>每日標準 老客戶 %1 + 新客戶 %2 · 計劃 %3 · 完成 %4 / 標準 %5 · 達成目的 是 %6，部分 %7，否 %8</translation>
    </message>
    <message>
        <source>Week plan</source>
        <translation>週計劃</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>拜訪</translation>
    </message>
    <message>
        <source>Next actions</source>
        <translation>下一步行動</translation>
    </message>
    <message>
        <source>Week review</source>
        <translation>週檢討</translation>
    </message>
    <message>
        <source>Month plan totals</source>
        <translation>月計劃合計</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Desktop CRM</source>
        <translation>桌面客戶管理</translation>
    </message>
    <message>
        <source>The database file is on a network share, where SQLite files get corrupted.
Use a PostgreSQL server for shared use, or keep the file on this computer.</source>
        <translation>資料庫檔案位於網路共享上，SQLite 檔案在那裡容易損壞。
多人共用請使用 PostgreSQL 伺服器，或將檔案儲存在本機。</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Desktop CRM. Please update.</source>
        <translation>此資料庫由更新版本的桌面客戶管理寫入，請更新軟體。</translation>
    </message>
    <message>
        <source>Cannot open the database:
%1</source>
        <translation>無法開啟資料庫：
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
