<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
  <context>
    <name>AssessmentDialog</name>
    <message>
      <source>Assess %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>(the customer as a whole)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>(not on a visit)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Visit %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Overall note (optional)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Customer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Date</source>
      <translation type="unfinished">日期</translation>
    </message>
    <message>
      <source>Contact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Visit</source>
      <translation type="unfinished">拜訪</translation>
    </message>
    <message>
      <source>%1 of %2 answered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Intent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Quality</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Answer both questionnaires to see the quadrant.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rate at least one question before saving.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>AssessmentReport</name>
    <message>
      <source>not computed yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 (set by hand, computed: %2)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 (computed from the last 12 months)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Customer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rep</source>
      <translation type="unfinished">業務員</translation>
    </message>
    <message>
      <source>Tier</source>
      <translation type="unfinished">等級</translation>
    </message>
    <message>
      <source>Key-customer category</source>
      <translation type="unfinished">重點客戶分類</translation>
    </message>
    <message>
      <source>Personality type</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>not rated yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 of %2 answered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Intent score</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Quality score</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Quadrant</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No quadrant: a questionnaire has no answers.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>High means a score of at least %1 (intent) and %2 (quality).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Quality</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Intent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Question</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rating</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>(reverse-scored)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>not answered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>History</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Date</source>
      <translation type="unfinished">日期</translation>
    </message>
    <message>
      <source>By</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Contact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Customer assessment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This customer has not been assessed yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Assessed on %1 by %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>contact: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Scores</source>
      <translation type="unfinished" />
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
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Company</source>
      <translation>公司</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>電話</translation>
    </message>
    <message>
      <source>City</source>
      <translation>城市</translation>
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
      <source>Updated</source>
      <translation>更新時間</translation>
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
      <source>Re&amp;fresh</source>
      <translation>重新整理(&amp;F)</translation>
    </message>
    <message>
      <source>&amp;Customers</source>
      <translation>客戶(&amp;C)</translation>
    </message>
    <message>
      <source>Customers</source>
      <translation>客戶</translation>
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
    <name>DealsEditor</name>
    <message>
      <source>%1 deals · total %2 · average %3 · last purchase %4</source>
      <translation>%1 筆交易 · 合計 %2 · 平均 %3 · 最近購買 %4</translation>
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
      <source>e.g. 12500.00</source>
      <translation>如 12500.00</translation>
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
      <source>Not found; it may have been deleted.</source>
      <translation>找不到，可能已被刪除。</translation>
    </message>
    <message>
      <source>Invalid value (%1).</source>
      <translation>無效的值（%1）。</translation>
    </message>
    <message>
      <source>Contacts</source>
      <translation>聯絡人</translation>
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
    <name>KeyCustomer</name>
    <message>
      <source>Key customer</source>
      <translation type="unfinished">重點客戶</translation>
    </message>
    <message>
      <source>Ordinary customer</source>
      <translation type="unfinished">普通客戶</translation>
    </message>
    <message>
      <source>Potential customer</source>
      <translation type="unfinished">有可能成為客戶的對象</translation>
    </message>
    <message>
      <source>Unattractive prospect</source>
      <translation type="unfinished">沒有吸引力的對象</translation>
    </message>
    <message>
      <source>Not categorised</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Build good relations with their whole top management and look after them carefully; if possible, form a partnership or strategic alliance.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Do your duty well where you are already in; widen the difference between you and others, win more access to the key people and try to turn them into key customers, while raising the added value you offer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Take active steps to win the first deal and turn them into ordinary customers, then do your duty and consolidate your position.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Worth winning only if they have great potential: then try to turn them into potential customers.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Desktop CRM</source>
      <translation>桌面客戶管理</translation>
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
    <name>Personality</name>
    <message>
      <source>Very low</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rather low</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rather high</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Very high</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Expressiveness: talks fast and loud, takes the lead, shows opinions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Emotionality: shows feelings, values people and relations over facts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Dominant (driver)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Expressive</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Amiable</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Analytical</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Be brief and to the point. Come prepared, talk about results and give two or three options so they can decide. Do not chat or lose their time.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Be warm and lively. Talk about ideas, people and recognition, let them talk. Confirm the details in writing afterwards, they forget them.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Build trust first and do not push. Be personal and patient, show that others like them use it, offer guarantees and help them decide step by step.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bring facts, figures and documents. Be exact and orderly, answer questions in detail, give them time to think and never exaggerate.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PortfolioReport</name>
    <message>
      <source>Rep</source>
      <translation type="unfinished">業務員</translation>
    </message>
    <message>
      <source>Not assessed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Manual tier</source>
      <translation type="unfinished">手動等級</translation>
    </message>
    <message>
      <source>Customers</source>
      <translation type="unfinished">客戶</translation>
    </message>
    <message>
      <source>(no rep)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Where visit time went (last 90 days)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Guidance: key customers are about 10 % of customers and get 60 % of selling time; ordinary 30 % and 30 %; potential 60 % and 10 %.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hours</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Guidance (time)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Share of customers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No done visits in this period.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Actual</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Guidance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Customers per quadrant</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Customer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Intent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Quality</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tier</source>
      <translation type="unfinished">等級</translation>
    </message>
    <message>
      <source>Quadrant of the latest assessment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Type</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Assessed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Customer portfolio</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>all reps</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>High intent from %1, high quality from %2; tiers by the last 12 months' revenue, breakpoints %3 %.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Assessed customers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Intent × quality</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Quadrants and tiers per rep</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Quadrant</name>
    <message>
      <source>High intent, high quality</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>High intent, low quality</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Low intent, high quality</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Low intent, low quality</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Close now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sell safely</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Build interest</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Keep in touch</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ready to buy and worth having: visit in person, meet the decision makers, make a concrete offer and ask for the order. Plan for a long relationship.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Wants to buy but is a riskier partner: keep the offer simple, agree clear terms, ask for prepayment or short credit and check payment before delivering more.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A good partner not yet convinced: show how the product creates value, bring cases of others who use it, invite them to try it. Invest time in the relationship.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Neither ready nor promising yet: keep in touch through cheap channels (phone, WeChat, the monthly card) and assess again in a few months.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>QuestionnairePage</name>
    <message>
      <source>(weight %1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>(reverse-scored: 1 counts best)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not answered: left out of the score</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Note</source>
      <translation type="unfinished" />
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
      <source>Deleting…</source>
      <translation>正在刪除…</translation>
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
    <name>VisitSheet</name>
    <message>
      <source>Mon</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Wed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Thu</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fri</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sat</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sun</source>
      <translation type="unfinished" />
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