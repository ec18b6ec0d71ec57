<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
    <context>
        <name>AlertText</name>
        <message>
            <source>%1 s</source>
            <translation>%1 วินาที</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 นาที</translation>
        </message>
        <message>
            <source>%1 h</source>
            <translation>%1 ชม.</translation>
        </message>
        <message>
            <source>%1 h %2 min</source>
            <translation>%1 ชม. %2 นาที</translation>
        </message>
        <message>
            <source>%1 d</source>
            <translation>%1 วัน</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>เปิดอยู่</translation>
        </message>
        <message>
            <source>Acknowledged</source>
            <translation>รับทราบแล้ว</translation>
        </message>
        <message>
            <source>Snoozed</source>
            <translation>เลื่อนการแจ้งเตือน</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>ปิดแล้ว</translation>
        </message>
        <message>
            <source>Acknowledging…</source>
            <translation>กำลังรับทราบ…</translation>
        </message>
        <message>
            <source>Unacknowledging…</source>
            <translation>กำลังยกเลิกการรับทราบ…</translation>
        </message>
        <message>
            <source>Closing…</source>
            <translation>กำลังปิด…</translation>
        </message>
        <message>
            <source>Escalating…</source>
            <translation>กำลังส่งต่อ…</translation>
        </message>
        <message>
            <source>Adding note…</source>
            <translation>กำลังเพิ่มบันทึก…</translation>
        </message>
        <message>
            <source>Snoozing…</source>
            <translation>กำลังเลื่อน…</translation>
        </message>
        <message>
            <source>Assigning…</source>
            <translation>กำลังมอบหมาย…</translation>
        </message>
        <message>
            <source>Could not acknowledge: %1</source>
            <translation>รับทราบไม่สำเร็จ: %1</translation>
        </message>
        <message>
            <source>Could not unacknowledge: %1</source>
            <translation>ยกเลิกการรับทราบไม่สำเร็จ: %1</translation>
        </message>
        <message>
            <source>Could not close: %1</source>
            <translation>ปิดไม่สำเร็จ: %1</translation>
        </message>
        <message>
            <source>Could not escalate: %1</source>
            <translation>ส่งต่อไม่สำเร็จ: %1</translation>
        </message>
        <message>
            <source>Could not add the note: %1</source>
            <translation>เพิ่มบันทึกไม่สำเร็จ: %1</translation>
        </message>
        <message>
            <source>Could not snooze: %1</source>
            <translation>เลื่อนไม่สำเร็จ: %1</translation>
        </message>
        <message>
            <source>Could not assign: %1</source>
            <translation>มอบหมายไม่สำเร็จ: %1</translation>
        </message>
        <message>
            <source>Acknowledged "%1"</source>
            <translation>รับทราบ "%1" แล้ว</translation>
        </message>
        <message>
            <source>Unacknowledged "%1"</source>
            <translation>ยกเลิกการรับทราบ "%1" แล้ว</translation>
        </message>
        <message>
            <source>Closed "%1"</source>
            <translation>ปิด "%1" แล้ว</translation>
        </message>
        <message>
            <source>Escalated "%1"</source>
            <translation>ส่งต่อ "%1" แล้ว</translation>
        </message>
        <message>
            <source>Added a note to "%1"</source>
            <translation>เพิ่มบันทึกใน "%1" แล้ว</translation>
        </message>
        <message>
            <source>Snoozed "%1"</source>
            <translation>เลื่อน "%1" แล้ว</translation>
        </message>
        <message>
            <source>Assigned "%1"</source>
            <translation>มอบหมาย "%1" แล้ว</translation>
        </message>
        <message>
            <source>Could not acknowledge "%1": %2</source>
            <translation>รับทราบ "%1" ไม่สำเร็จ: %2</translation>
        </message>
        <message>
            <source>Could not unacknowledge "%1": %2</source>
            <translation>ยกเลิกการรับทราบ "%1" ไม่สำเร็จ: %2</translation>
        </message>
        <message>
            <source>Could not close "%1": %2</source>
            <translation>ปิด "%1" ไม่สำเร็จ: %2</translation>
        </message>
        <message>
            <source>Could not escalate "%1": %2</source>
            <translation>ส่งต่อ "%1" ไม่สำเร็จ: %2</translation>
        </message>
        <message>
            <source>Could not add a note to "%1": %2</source>
            <translation>เพิ่มบันทึกใน "%1" ไม่สำเร็จ: %2</translation>
        </message>
        <message>
            <source>Could not snooze "%1": %2</source>
            <translation>เลื่อน "%1" ไม่สำเร็จ: %2</translation>
        </message>
        <message>
            <source>Could not assign "%1": %2</source>
            <translation>มอบหมาย "%1" ไม่สำเร็จ: %2</translation>
        </message>
        <message>
            <source>primary on call</source>
            <translation>ผู้รับผิดชอบเวรหลัก</translation>
        </message>
        <message>
            <source>escalated to level %1</source>
            <translation>ส่งต่อถึงระดับ %1</translation>
        </message>
    </context>
    <context>
        <name>Tiers</name>
        <message>
            <source>Health</source>
            <translation>สุขภาพระบบ</translation>
        </message>
        <message>
            <source>Quality</source>
            <translation>คุณภาพโมเดล</translation>
        </message>
        <message>
            <source>Drift</source>
            <translation>การเลื่อนของข้อมูล</translation>
        </message>
        <message>
            <source>Resources</source>
            <translation>ทรัพยากร</translation>
        </message>
        <message>
            <source>SLOs</source>
            <translation>SLO</translation>
        </message>
    </context>
    <context>
        <name>UiText</name>
        <message>
            <source>cannot reach the server</source>
            <translation>ติดต่อเซิร์ฟเวอร์ไม่ได้</translation>
        </message>
        <message>
            <source>the server did not answer in time</source>
            <translation>เซิร์ฟเวอร์ไม่ตอบภายในเวลาที่กำหนด</translation>
        </message>
        <message>
            <source>the server answered with an error (HTTP %1)</source>
            <translation>เซิร์ฟเวอร์ตอบกลับด้วยข้อผิดพลาด (HTTP %1)</translation>
        </message>
        <message>
            <source>the answer could not be read</source>
            <translation>อ่านคำตอบไม่ได้</translation>
        </message>
        <message>
            <source>the API key was refused</source>
            <translation>API key ถูกปฏิเสธ</translation>
        </message>
        <message>
            <source>rate limited; retrying later</source>
            <translation>ถูกจำกัดอัตราการเรียก จะลองใหม่ภายหลัง</translation>
        </message>
        <message>
            <source>not found</source>
            <translation>ไม่พบ</translation>
        </message>
        <message>
            <source>the query is invalid</source>
            <translation>คิวรีไม่ถูกต้อง</translation>
        </message>
        <message>
            <source>not supported by this source</source>
            <translation>แหล่งข้อมูลนี้ไม่รองรับ</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>ยกเลิกแล้ว</translation>
        </message>
        <message>
            <source>a file could not be read or written</source>
            <translation>อ่านหรือเขียนไฟล์ไม่ได้</translation>
        </message>
        <message>
            <source>unknown error</source>
            <translation>ข้อผิดพลาดที่ไม่รู้จัก</translation>
        </message>
        <message>
            <source>connecting</source>
            <translation>กำลังเชื่อมต่อ</translation>
        </message>
        <message>
            <source>live</source>
            <translation>ออนไลน์</translation>
        </message>
        <message>
            <source>stale</source>
            <translation>ข้อมูลเก่า</translation>
        </message>
        <message>
            <source>failing</source>
            <translation>ล้มเหลว</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Watchkeeper: the on-call console for machine-learning services.
With nothing configured it opens on the embedded demo fleet.</source>
            <translation>Watchkeeper: คอนโซลเวรดูแลระบบสำหรับบริการ machine learning
หากยังไม่ได้ตั้งค่า จะเปิดด้วยฟลีตสาธิตในตัว</translation>
        </message>
        <message>
            <source>Use the embedded demo fleet, whatever is configured.</source>
            <translation>ใช้ฟลีตสาธิตในตัว ไม่ว่าจะตั้งค่าไว้อย่างไร</translation>
        </message>
        <message>
            <source>Read dashboards from &lt;file&gt; instead of the configured or built-in workspace.</source>
            <translation>อ่านแดชบอร์ดจาก &lt;file&gt; แทนเวิร์กสเปซที่ตั้งค่าไว้หรือที่มาในตัว</translation>
        </message>
        <message>
            <source>Log levels, e.g. "info" or "info,net=debug" (trace, debug, info, warn, error, off).</source>
            <translation>ระดับล็อก เช่น "info" หรือ "info,net=debug" (trace, debug, info, warn, error, off)</translation>
        </message>
        <message>
            <source>User interface language (en, th).</source>
            <translation>ภาษาของหน้าจอ (en, th)</translation>
        </message>
        <message>
            <source>Name recorded on your actions (default: $USER).</source>
            <translation>ชื่อที่บันทึกในการดำเนินการของคุณ (ค่าเริ่มต้น: $USER)</translation>
        </message>
        <message>
            <source>Quit after &lt;seconds&gt; (scripted runs and measurements).</source>
            <translation>ออกจากโปรแกรมหลัง &lt;seconds&gt; วินาที (สำหรับสคริปต์และการวัดผล)</translation>
        </message>
        <message>
            <source>Demo fleet</source>
            <translation>ฟลีตสาธิต</translation>
        </message>
        <message>
            <source>Workspace not loaded</source>
            <translation>โหลดเวิร์กสเปซไม่ได้</translation>
        </message>
        <message>
            <source>%1 could not be read:

%2

The built-in workspace is shown instead.</source>
            <translation>อ่าน %1 ไม่ได้:

%2

จึงแสดงเวิร์กสเปซในตัวแทน</translation>
        </message>
        <message>
            <source>Sources without credentials</source>
            <translation>แหล่งข้อมูลที่ไม่มีข้อมูลรับรอง</translation>
        </message>
    </context>
    <context>
        <name>wk::ui::AlertDetailView</name>
        <message>
            <source>Select an alert to see its details and act on it.</source>
            <translation>เลือกการแจ้งเตือนเพื่อดูรายละเอียดและดำเนินการ</translation>
        </message>
        <message>
            <source>owner %1</source>
            <translation>ผู้รับผิดชอบ %1</translation>
        </message>
        <message>
            <source>created %1</source>
            <translation>สร้างเมื่อ %1</translation>
        </message>
        <message numerus="yes">
            <source>%n occurrence(s)</source>
            <translation>
                <numerusform>เกิดขึ้น %n ครั้ง</numerusform>
            </translation>
        </message>
        <message>
            <source>(waiting for the alert service to confirm)</source>
            <translation>(รอระบบแจ้งเตือนยืนยัน)</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>ปิดข้อความ</translation>
        </message>
        <message>
            <source>Runbook:</source>
            <translation>Runbook:</translation>
        </message>
        <message>
            <source>Tags:</source>
            <translation>แท็ก:</translation>
        </message>
        <message>
            <source>Escalation:</source>
            <translation>การส่งต่อ:</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>รายละเอียด</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>บันทึก</translation>
        </message>
        <message>
            <source>No notes yet.</source>
            <translation>ยังไม่มีบันทึก</translation>
        </message>
        <message>
            <source>On call for %1</source>
            <translation>ผู้รับเวรของ %1</translation>
        </message>
        <message>
            <source>%1 min to acknowledge</source>
            <translation>รับทราบภายใน %1 นาที</translation>
        </message>
    </context>
    <context>
        <name>wk::ui::AlertListWidget</name>
        <message>
            <source>Acknowledge</source>
            <translation>รับทราบ</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>ปิด</translation>
        </message>
        <message>
            <source>Escalate</source>
            <translation>ส่งต่อ</translation>
        </message>
        <message>
            <source>Add note…</source>
            <translation>เพิ่มบันทึก…</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Filter alerts…</source>
            <translation>กรองการแจ้งเตือน…</translation>
        </message>
        <message>
            <source>Words to look for in message, service, team, tags, owner, alias or id (Ctrl+F)</source>
            <translation>คำที่ต้องการค้นหาในข้อความ บริการ ทีม แท็ก ผู้รับผิดชอบ alias หรือ id (Ctrl+F)</translation>
        </message>
        <message>
            <source>All priorities</source>
            <translation>ทุกระดับความสำคัญ</translation>
        </message>
        <message>
            <source>P1 only</source>
            <translation>เฉพาะ P1</translation>
        </message>
        <message>
            <source>P1–P2</source>
            <translation>P1–P2</translation>
        </message>
        <message>
            <source>P1–P3</source>
            <translation>P1–P3</translation>
        </message>
        <message>
            <source>All teams</source>
            <translation>ทุกทีม</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>ที่ยังดำเนินอยู่</translation>
        </message>
        <message>
            <source>Open, acknowledged and snoozed alerts</source>
            <translation>การแจ้งเตือนที่เปิดอยู่ รับทราบแล้ว และเลื่อนไว้</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>เปิดอยู่</translation>
        </message>
        <message>
            <source>Acknowledged</source>
            <translation>รับทราบแล้ว</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>ปิดแล้ว</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>ทุกสถานะ</translation>
        </message>
        <message>
            <source>Add note</source>
            <translation>เพิ่มบันทึก</translation>
        </message>
        <message>
            <source>Note for "%1":</source>
            <translation>บันทึกสำหรับ "%1":</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message numerus="yes">
            <source>No alerts match these filters (%n hidden).</source>
            <translation>
                <numerusform>ไม่มีการแจ้งเตือนที่ตรงกับตัวกรอง (ซ่อนอยู่ %n รายการ)</numerusform>
            </translation>
        </message>
        <message>
            <source>No alerts. All quiet.</source>
            <translation>ไม่มีการแจ้งเตือน ทุกอย่างปกติ</translation>
        </message>
    </context>
    <context>
        <name>wk::ui::AlertTableModel</name>
        <message>
            <source>Waiting for the alert service to confirm</source>
            <translation>รอระบบแจ้งเตือนยืนยัน</translation>
        </message>
        <message>
            <source>Acknowledged by %1 at %2</source>
            <translation>รับทราบโดย %1 เมื่อ %2</translation>
        </message>
        <message>
            <source>Snoozed until %1</source>
            <translation>เลื่อนถึง %1</translation>
        </message>
        <message>
            <source>Closed at %1</source>
            <translation>ปิดเมื่อ %1</translation>
        </message>
        <message>
            <source>Created %1</source>
            <translation>สร้างเมื่อ %1</translation>
        </message>
        <message>
            <source>Occurrences of this alert: %1</source>
            <translation>จำนวนครั้งที่เกิดการแจ้งเตือนนี้: %1</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>ความสำคัญ</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>สถานะ</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>ข้อความ</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>บริการ</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>ทีม</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>ผู้รับผิดชอบ</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>อายุ</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>จำนวน</translation>
        </message>
    </context>
    <context>
        <name>wk::ui::MainWindow</name>
        <message>
            <source>Watchkeeper — %1</source>
            <translation>Watchkeeper — %1</translation>
        </message>
        <message>
            <source>Alerts</source>
            <translation>การแจ้งเตือน</translation>
        </message>
        <message>
            <source>Dashboards</source>
            <translation>แดชบอร์ด</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>รีเฟรช</translation>
        </message>
        <message>
            <source>Poll every visible panel and the alerts now (F5)</source>
            <translation>ดึงข้อมูลทุกแผงที่แสดงอยู่และการแจ้งเตือนทันที (F5)</translation>
        </message>
    </context>
    <context>
        <name>wk::ui::PanelWidget</name>
        <message>
            <source>loading…</source>
            <translation>กำลังโหลด…</translation>
        </message>
        <message>
            <source>⚠ partly failed: %1</source>
            <translation>⚠ ล้มเหลวบางส่วน: %1</translation>
        </message>
        <message>
            <source>no series · %1</source>
            <translation>ไม่มีซีรีส์ · %1</translation>
        </message>
        <message>
            <source>The query answered, but returned no series.</source>
            <translation>คิวรีตอบกลับแล้ว แต่ไม่มีซีรีส์</translation>
        </message>
        <message>
            <source>⚠ stale since %1 — %2</source>
            <translation>⚠ ข้อมูลเก่าตั้งแต่ %1 — %2</translation>
        </message>
        <message>
            <source>⚠ %1</source>
            <translation>⚠ %1</translation>
        </message>
        <message>
            <source>Showing data from %1.</source>
            <translation>แสดงข้อมูลเมื่อ %1</translation>
        </message>
        <message>
            <source>No data yet.</source>
            <translation>ยังไม่มีข้อมูล</translation>
        </message>
    </context>
    <context>
        <name>wk::ui::RuleChartWidget</name>
        <message>
            <source>Rule expression around %1, line at %2 %3</source>
            <translation>นิพจน์ของกฎช่วงเวลา %1 เส้นที่ %2 %3</translation>
        </message>
    </context>
    <context>
        <name>wk::ui::SourceStatusWidget</name>
        <message>
            <source>waiting for the first answer</source>
            <translation>รอคำตอบแรก</translation>
        </message>
        <message>
            <source>updated %1</source>
            <translation>อัปเดตเมื่อ %1</translation>
        </message>
        <message>
            <source>no update since %1 (%2)</source>
            <translation>ไม่มีการอัปเดตตั้งแต่ %1 (%2)</translation>
        </message>
        <message>
            <source>since %1: %2</source>
            <translation>ตั้งแต่ %1: %2</translation>
        </message>
        <message>
            <source>; showing data from %1</source>
            <translation>; แสดงข้อมูลเมื่อ %1</translation>
        </message>
    </context>
    <context>
        <name>wk::ui::StatWidget</name>
        <message>
            <source>…</source>
            <translation>…</translation>
        </message>
        <message>
            <source>critical</source>
            <translation>วิกฤต</translation>
        </message>
        <message>
            <source>warning</source>
            <translation>เตือน</translation>
        </message>
    </context>
</TS>