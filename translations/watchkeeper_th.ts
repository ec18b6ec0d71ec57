<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
<context>
    <name>ActionDialogs</name>
    <message>
        <source>Add note</source>
        <translation>เพิ่มบันทึก</translation>
    </message>
    <message>
        <source>Note for %1:</source>
        <translation>บันทึกสำหรับ %1:</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>เลื่อน</translation>
    </message>
    <message>
        <source>Snooze %1 until:</source>
        <translation>เลื่อน %1 จนถึง:</translation>
    </message>
    <message>
        <source>30 minutes</source>
        <translation>30 นาที</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 ชั่วโมง</translation>
    </message>
    <message>
        <source>4 hours</source>
        <translation>4 ชั่วโมง</translation>
    </message>
    <message>
        <source>09:00 tomorrow</source>
        <translation>พรุ่งนี้ 09:00</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>จนถึง</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>ส่งต่อ</translation>
    </message>
    <message>
        <source>Escalate %1 to the escalation policy:</source>
        <translation>ส่งต่อ %1 ไปยังนโยบายการส่งต่อ:</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>มอบหมาย</translation>
    </message>
    <message>
        <source>Assign %1 to (user name):</source>
        <translation>มอบหมาย %1 ให้ (ชื่อผู้ใช้):</translation>
    </message>
    <message>
        <source>Add tags</source>
        <translation>เพิ่มแท็ก</translation>
    </message>
    <message>
        <source>Tags for %1, separated by commas:</source>
        <translation>แท็กสำหรับ %1 คั่นด้วยเครื่องหมายจุลภาค:</translation>
    </message>
    <message>
        <source>Close alerts</source>
        <translation>ปิดการแจ้งเตือน</translation>
    </message>
    <message numerus="yes">
        <source>Close %n alerts?</source>
        <translation>
            <numerusform>ปิดการแจ้งเตือน %n รายการหรือไม่?</numerusform>
        </translation>
    </message>
    <message>
        <source>Each is closed at the alert service for everyone.</source>
        <translation>ทุกรายการจะถูกปิดในระบบแจ้งเตือนสำหรับทุกคน</translation>
    </message>
    <message numerus="yes">
        <source>Close %n alerts</source>
        <translation>
            <numerusform>ปิด %n รายการ</numerusform>
        </translation>
    </message>
</context>
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
        <source>Acknowledged &quot;%1&quot;</source>
        <translation>รับทราบ &quot;%1&quot; แล้ว</translation>
    </message>
    <message>
        <source>Unacknowledged &quot;%1&quot;</source>
        <translation>ยกเลิกการรับทราบ &quot;%1&quot; แล้ว</translation>
    </message>
    <message>
        <source>Closed &quot;%1&quot;</source>
        <translation>ปิด &quot;%1&quot; แล้ว</translation>
    </message>
    <message>
        <source>Escalated &quot;%1&quot;</source>
        <translation>ส่งต่อ &quot;%1&quot; แล้ว</translation>
    </message>
    <message>
        <source>Added a note to &quot;%1&quot;</source>
        <translation>เพิ่มบันทึกใน &quot;%1&quot; แล้ว</translation>
    </message>
    <message>
        <source>Snoozed &quot;%1&quot;</source>
        <translation>เลื่อน &quot;%1&quot; แล้ว</translation>
    </message>
    <message>
        <source>Assigned &quot;%1&quot;</source>
        <translation>มอบหมาย &quot;%1&quot; แล้ว</translation>
    </message>
    <message>
        <source>Could not acknowledge &quot;%1&quot;: %2</source>
        <translation>รับทราบ &quot;%1&quot; ไม่สำเร็จ: %2</translation>
    </message>
    <message>
        <source>Could not unacknowledge &quot;%1&quot;: %2</source>
        <translation>ยกเลิกการรับทราบ &quot;%1&quot; ไม่สำเร็จ: %2</translation>
    </message>
    <message>
        <source>Could not close &quot;%1&quot;: %2</source>
        <translation>ปิด &quot;%1&quot; ไม่สำเร็จ: %2</translation>
    </message>
    <message>
        <source>Could not escalate &quot;%1&quot;: %2</source>
        <translation>ส่งต่อ &quot;%1&quot; ไม่สำเร็จ: %2</translation>
    </message>
    <message>
        <source>Could not add a note to &quot;%1&quot;: %2</source>
        <translation>เพิ่มบันทึกใน &quot;%1&quot; ไม่สำเร็จ: %2</translation>
    </message>
    <message>
        <source>Could not snooze &quot;%1&quot;: %2</source>
        <translation>เลื่อน &quot;%1&quot; ไม่สำเร็จ: %2</translation>
    </message>
    <message>
        <source>Could not assign &quot;%1&quot;: %2</source>
        <translation>มอบหมาย &quot;%1&quot; ไม่สำเร็จ: %2</translation>
    </message>
    <message>
        <source>primary on call</source>
        <translation>ผู้รับผิดชอบเวรหลัก</translation>
    </message>
    <message>
        <source>escalated to level %1</source>
        <translation>ส่งต่อถึงระดับ %1</translation>
    </message>
    <message>
        <source>Adding tags…</source>
        <translation>กำลังเพิ่มแท็ก…</translation>
    </message>
    <message>
        <source>Could not add tags: %1</source>
        <translation>เพิ่มแท็กไม่สำเร็จ: %1</translation>
    </message>
    <message>
        <source>Tagged &quot;%1&quot;</source>
        <translation>เพิ่มแท็กให้ &quot;%1&quot; แล้ว</translation>
    </message>
    <message>
        <source>Could not tag &quot;%1&quot;: %2</source>
        <translation>เพิ่มแท็กให้ &quot;%1&quot; ไม่สำเร็จ: %2</translation>
    </message>
    <message>
        <source>Acknowledged at %1</source>
        <translation>รับทราบเมื่อ %1</translation>
    </message>
    <message>
        <source>Unacknowledged at %1</source>
        <translation>ยกเลิกการรับทราบเมื่อ %1</translation>
    </message>
    <message>
        <source>Closed at %1</source>
        <translation>ปิดเมื่อ %1</translation>
    </message>
    <message>
        <source>Escalated at %1</source>
        <translation>ส่งต่อเมื่อ %1</translation>
    </message>
    <message>
        <source>Note added at %1</source>
        <translation>เพิ่มบันทึกเมื่อ %1</translation>
    </message>
    <message>
        <source>Snoozed at %1</source>
        <translation>เลื่อนเมื่อ %1</translation>
    </message>
    <message>
        <source>Assigned at %1</source>
        <translation>มอบหมายเมื่อ %1</translation>
    </message>
    <message>
        <source>Tagged at %1</source>
        <translation>เพิ่มแท็กเมื่อ %1</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1 ที่แล้ว</translation>
    </message>
    <message>
        <source>%1 (confirmed by the alert service)</source>
        <translation>%1 (ระบบแจ้งเตือนยืนยันแล้ว)</translation>
    </message>
    <message>
        <source>A heartbeat alert is read-only: an expired heartbeat is fixed by restarting the pipeline that should ping it.</source>
        <translation>การแจ้งเตือน heartbeat เป็นแบบอ่านอย่างเดียว: heartbeat ที่หมดอายุแก้ได้ด้วยการรีสตาร์ต pipeline ที่ควรส่ง ping มา</translation>
    </message>
    <message numerus="yes">
        <source>Acknowledged %n alerts</source>
        <translation>
            <numerusform>รับทราบการแจ้งเตือน %n รายการแล้ว</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 could not be acknowledged: %2</source>
        <translation>
            <numerusform>รับทราบไม่สำเร็จ %n จาก %1 รายการ: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unacknowledged %n alerts</source>
        <translation>
            <numerusform>ยกเลิกการรับทราบการแจ้งเตือน %n รายการแล้ว</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 could not be unacknowledged: %2</source>
        <translation>
            <numerusform>ยกเลิกการรับทราบไม่สำเร็จ %n จาก %1 รายการ: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Closed %n alerts</source>
        <translation>
            <numerusform>ปิดการแจ้งเตือน %n รายการแล้ว</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 could not be closed: %2</source>
        <translation>
            <numerusform>ปิดไม่สำเร็จ %n จาก %1 รายการ: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Escalated %n alerts</source>
        <translation>
            <numerusform>ส่งต่อการแจ้งเตือน %n รายการแล้ว</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 could not be escalated: %2</source>
        <translation>
            <numerusform>ส่งต่อไม่สำเร็จ %n จาก %1 รายการ: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added a note to %n alerts</source>
        <translation>
            <numerusform>เพิ่มบันทึกในการแจ้งเตือน %n รายการแล้ว</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 could not be given the note: %2</source>
        <translation>
            <numerusform>เพิ่มบันทึกไม่สำเร็จ %n จาก %1 รายการ: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Snoozed %n alerts</source>
        <translation>
            <numerusform>เลื่อนการแจ้งเตือน %n รายการแล้ว</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 could not be snoozed: %2</source>
        <translation>
            <numerusform>เลื่อนไม่สำเร็จ %n จาก %1 รายการ: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assigned %n alerts</source>
        <translation>
            <numerusform>มอบหมายการแจ้งเตือน %n รายการแล้ว</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 could not be assigned: %2</source>
        <translation>
            <numerusform>มอบหมายไม่สำเร็จ %n จาก %1 รายการ: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tagged %n alerts</source>
        <translation>
            <numerusform>เพิ่มแท็กให้การแจ้งเตือน %n รายการแล้ว</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 could not be tagged: %2</source>
        <translation>
            <numerusform>เพิ่มแท็กไม่สำเร็จ %n จาก %1 รายการ: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArchiveText</name>
    <message>
        <source>open</source>
        <translation>ยังเปิดอยู่</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>ไม่ทราบ</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>สร้าง</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>รับทราบ</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>ส่งต่อ</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>เลื่อน</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>มอบหมาย</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>จนถึง %1</translation>
    </message>
    <message>
        <source>to level %1</source>
        <translation>ถึงระดับ %1</translation>
    </message>
</context>
<context>
    <name>IncidentText</name>
    <message>
        <source>Acknowledged alert %1</source>
        <translation>รับทราบการแจ้งเตือน %1</translation>
    </message>
    <message>
        <source>Unacknowledged alert %1</source>
        <translation>ยกเลิกการรับทราบการแจ้งเตือน %1</translation>
    </message>
    <message>
        <source>Closed alert %1</source>
        <translation>ปิดการแจ้งเตือน %1</translation>
    </message>
    <message>
        <source>Escalated alert %1 to %2</source>
        <translation>ส่งต่อการแจ้งเตือน %1 ไปยัง %2</translation>
    </message>
    <message>
        <source>Snoozed alert %1 until %2</source>
        <translation>เลื่อนการแจ้งเตือน %1 จนถึง %2</translation>
    </message>
    <message>
        <source>Assigned alert %1 to %2</source>
        <translation>มอบหมายการแจ้งเตือน %1 ให้ %2</translation>
    </message>
    <message>
        <source>Added a note to alert %1</source>
        <translation>เพิ่มบันทึกในการแจ้งเตือน %1</translation>
    </message>
    <message>
        <source>%1 on alert %2</source>
        <translation>%1 กับการแจ้งเตือน %2</translation>
    </message>
    <message>
        <source>%1: FAILED (%2)</source>
        <translation>%1: ล้มเหลว (%2)</translation>
    </message>
    <message>
        <source>Alert %1 acknowledged in the alert service</source>
        <translation>รับทราบการแจ้งเตือน %1 ในระบบแจ้งเตือนแล้ว</translation>
    </message>
    <message>
        <source>Alert %1 closed in the alert service</source>
        <translation>ปิดการแจ้งเตือน %1 ในระบบแจ้งเตือนแล้ว</translation>
    </message>
    <message>
        <source>Note on alert %1: %2</source>
        <translation>บันทึกในการแจ้งเตือน %1: %2</translation>
    </message>
    <message>
        <source>%1 back to normal at %2 (line %3)</source>
        <translation>%1 กลับสู่ปกติที่ %2 (เส้นเกณฑ์ %3)</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>วิกฤต</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>เตือน</translation>
    </message>
    <message>
        <source>%1 rose above %2 (%3): %4</source>
        <translation>%1 ขึ้นเกิน %2 (%3): %4</translation>
    </message>
    <message>
        <source>%1 fell below %2 (%3): %4</source>
        <translation>%1 ลดต่ำกว่า %2 (%3): %4</translation>
    </message>
    <message>
        <source>Script of step %1 timed out</source>
        <translation>สคริปต์ของขั้นตอน %1 หมดเวลา</translation>
    </message>
    <message>
        <source>Script of step %1 was stopped</source>
        <translation>สคริปต์ของขั้นตอน %1 ถูกหยุด</translation>
    </message>
    <message>
        <source>Script of step %1 exited with %2</source>
        <translation>สคริปต์ของขั้นตอน %1 จบด้วยรหัส %2</translation>
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
        <source>Investigating</source>
        <translation>กำลังตรวจสอบ</translation>
    </message>
    <message>
        <source>Identified</source>
        <translation>พบสาเหตุแล้ว</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>เฝ้าติดตาม</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>แก้ไขแล้ว</translation>
    </message>
    <message>
        <source>critical: customers cannot use the service</source>
        <translation>วิกฤต: ลูกค้าใช้บริการไม่ได้</translation>
    </message>
    <message>
        <source>major: a core function is degraded</source>
        <translation>รุนแรง: ฟังก์ชันหลักทำงานได้ไม่เต็มที่</translation>
    </message>
    <message>
        <source>minor: partial or internal impact</source>
        <translation>เล็กน้อย: กระทบบางส่วนหรือกระทบเฉพาะภายใน</translation>
    </message>
    <message>
        <source>low: little or no visible impact</source>
        <translation>ต่ำ: ผลกระทบที่มองเห็นได้มีน้อยหรือไม่มีเลย</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <source>status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>ความรุนแรง</translation>
    </message>
    <message>
        <source>role</source>
        <translation>บทบาท</translation>
    </message>
    <message>
        <source>alert</source>
        <translation>การแจ้งเตือน</translation>
    </message>
    <message>
        <source>note</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>แก้ไข</translation>
    </message>
    <message>
        <source>runbook</source>
        <translation>runbook</translation>
    </message>
    <message>
        <source>action</source>
        <translation>การดำเนินการ</translation>
    </message>
    <message>
        <source>alerting</source>
        <translation>ระบบแจ้งเตือน</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>เกณฑ์</translation>
    </message>
    <message>
        <source>snapshot</source>
        <translation>สแนปช็อต</translation>
    </message>
    <message>
        <source>script</source>
        <translation>สคริปต์</translation>
    </message>
    <message>
        <source>Opened &quot;%1&quot; as %2</source>
        <translation>เปิดอุบัติการณ์ &quot;%1&quot; ระดับ %2</translation>
    </message>
    <message>
        <source>Status: %1 → %2</source>
        <translation>สถานะ: %1 → %2</translation>
    </message>
    <message>
        <source>Severity: %1 → %2</source>
        <translation>ความรุนแรง: %1 → %2</translation>
    </message>
    <message>
        <source>%1: nobody now</source>
        <translation>%1: ตอนนี้ไม่มีใคร</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Linked alert %1</source>
        <translation>เชื่อมโยงการแจ้งเตือน %1</translation>
    </message>
    <message>
        <source>Edited note %1: %2</source>
        <translation>แก้ไขบันทึก %1: %2</translation>
    </message>
    <message>
        <source>Runbook step %1 done</source>
        <translation>ขั้นตอน runbook %1 เสร็จแล้ว</translation>
    </message>
    <message>
        <source>Runbook step %1 not done after all</source>
        <translation>ขั้นตอน runbook %1 กลับเป็นยังไม่เสร็จ</translation>
    </message>
    <message>
        <source>Pinned: %1</source>
        <translation>ปักหมุด: %1</translation>
    </message>
</context>
<context>
    <name>NotificationText</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) open, highest %1</source>
        <translation>
            <numerusform>การแจ้งเตือนเปิดอยู่ %n รายการ สูงสุด %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new alert(s), highest %1</source>
        <translation>
            <numerusform>การแจ้งเตือนใหม่ %n รายการ สูงสุด %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) still unacknowledged, highest %1</source>
        <translation>
            <numerusform>ยังไม่รับทราบ %n รายการ สูงสุด %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 new and %2 still unacknowledged alerts, highest %3</source>
        <translation>ใหม่ %1 รายการ และยังไม่รับทราบ %2 รายการ สูงสุด %3</translation>
    </message>
    <message>
        <source>%1 (raised): %2</source>
        <translation>%1 (ยกระดับ): %2</translation>
    </message>
    <message>
        <source>%1 still open: %2</source>
        <translation>%1 ยังเปิดอยู่: %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>และอีก %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>Raised from %1 to %2</source>
        <translation>ยกระดับจาก %1 เป็น %2</translation>
    </message>
    <message>
        <source>open for %1</source>
        <translation>เปิดมาแล้ว %1</translation>
    </message>
    <message>
        <source>Watchkeeper: no open alerts</source>
        <translation>Watchkeeper: ไม่มีการแจ้งเตือนที่เปิดอยู่</translation>
    </message>
    <message>
        <source>%1 P1</source>
        <translation>P1 %1 รายการ</translation>
    </message>
    <message>
        <source>%1 P2</source>
        <translation>P2 %1 รายการ</translation>
    </message>
    <message>
        <source>Watchkeeper: %1 open, unacknowledged</source>
        <translation>Watchkeeper: เปิดอยู่และยังไม่รับทราบ %1 รายการ</translation>
    </message>
    <message>
        <source>Watchkeeper: %1 open, unacknowledged (%2)</source>
        <translation>Watchkeeper: เปิดอยู่และยังไม่รับทราบ %1 รายการ (%2)</translation>
    </message>
</context>
<context>
    <name>ReportChartText</name>
    <message>
        <source>MTTA per week</source>
        <translation>MTTA รายสัปดาห์</translation>
    </message>
    <message>
        <source>MTTR per week</source>
        <translation>MTTR รายสัปดาห์</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>ชั่วโมง</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>นาที</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>ค่าเฉลี่ย</translation>
    </message>
    <message>
        <source>median</source>
        <translation>มัธยฐาน</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>Alerts per team per week</source>
        <translation>การแจ้งเตือนต่อทีมต่อสัปดาห์</translation>
    </message>
    <message>
        <source>other teams</source>
        <translation>ทีมอื่น ๆ</translation>
    </message>
    <message>
        <source>alerts</source>
        <translation>การแจ้งเตือน</translation>
    </message>
    <message>
        <source>target: under %1</source>
        <translation>เป้าหมาย: ต่ำกว่า %1</translation>
    </message>
    <message>
        <source>Interruptions (%1)</source>
        <translation>การรบกวน (%1)</translation>
    </message>
    <message>
        <source>business hours</source>
        <translation>เวลาทำการ</translation>
    </message>
    <message>
        <source>evenings and weekends</source>
        <translation>ช่วงเย็นและวันหยุดสุดสัปดาห์</translation>
    </message>
    <message>
        <source>sleep hours</source>
        <translation>เวลานอน</translation>
    </message>
</context>
<context>
    <name>ReportPdfText</name>
    <message>
        <source>Nothing in this period.</source>
        <translation>ไม่มีข้อมูลในช่วงเวลานี้</translation>
    </message>
    <message>
        <source>All archived alerts</source>
        <translation>การแจ้งเตือนทั้งหมดในคลัง</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 ถึง %2</translation>
    </message>
    <message>
        <source>Every team, priority and service</source>
        <translation>ทุกทีม ทุกระดับความสำคัญ และทุกบริการ</translation>
    </message>
    <message>
        <source>Generated %1 by Watchkeeper</source>
        <translation>สร้างโดย Watchkeeper เมื่อ %1</translation>
    </message>
    <message>
        <source>%1 alerts, %2 closed, %3 open</source>
        <translation>การแจ้งเตือน %1 รายการ ปิดแล้ว %2 เปิดอยู่ %3</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>การตอบสนอง</translation>
    </message>
    <message>
        <source>Volume and interruptions</source>
        <translation>ปริมาณและการรบกวน</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>ตาราง</translation>
    </message>
    <message>
        <source>How the figures are computed</source>
        <translation>วิธีคำนวณตัวเลข</translation>
    </message>
    <message>
        <source>the PDF writer produced nothing</source>
        <translation>ตัวเขียน PDF ไม่ได้สร้างผลลัพธ์ใด ๆ</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>เขียน %1 ไม่ได้: %2</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>met</source>
        <translation>ผ่าน</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>ไม่มีข้อมูล</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>เป้าหมาย</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>ตัวชี้วัด</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>ค่า</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>เป้าหมาย</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Escalation rate</source>
        <translation>อัตราการส่งต่อ</translation>
    </message>
    <message>
        <source>False-positive rate</source>
        <translation>อัตรา false positive</translation>
    </message>
    <message>
        <source>Alerts in the busiest team week</source>
        <translation>การแจ้งเตือนในสัปดาห์ที่หนักที่สุดของทีม</translation>
    </message>
    <message>
        <source>&lt; %1 per team per week</source>
        <translation>&lt; %1 ต่อทีมต่อสัปดาห์</translation>
    </message>
    <message>
        <source>MTTA (mean)</source>
        <translation>MTTA (เฉลี่ย)</translation>
    </message>
    <message>
        <source>MTTR of P1 (mean)</source>
        <translation>MTTR ของ P1 (เฉลี่ย)</translation>
    </message>
    <message>
        <source>MTTR of P2 (mean)</source>
        <translation>MTTR ของ P2 (เฉลี่ย)</translation>
    </message>
    <message>
        <source>Targets from the on-call handbook; a rate with no closed alert has no data.</source>
        <translation>เป้าหมายอ้างอิงจากคู่มือการรับเวร อัตราที่ไม่มีการแจ้งเตือนที่ปิดแล้วจะไม่มีข้อมูล</translation>
    </message>
    <message>
        <source>MTTA and MTTR per week</source>
        <translation>MTTA และ MTTR รายสัปดาห์</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>สัปดาห์</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>การแจ้งเตือน</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>ปิดแล้ว</translation>
    </message>
    <message>
        <source>MTTA mean</source>
        <translation>MTTA เฉลี่ย</translation>
    </message>
    <message>
        <source>MTTA median</source>
        <translation>MTTA มัธยฐาน</translation>
    </message>
    <message>
        <source>MTTA p95</source>
        <translation>MTTA p95</translation>
    </message>
    <message>
        <source>MTTR mean</source>
        <translation>MTTR เฉลี่ย</translation>
    </message>
    <message>
        <source>MTTR median</source>
        <translation>MTTR มัธยฐาน</translation>
    </message>
    <message>
        <source>MTTR p95</source>
        <translation>MTTR p95</translation>
    </message>
    <message>
        <source>Closed alerts by the ISO week (UTC) they were created in.</source>
        <translation>การแจ้งเตือนที่ปิดแล้ว แยกตามสัปดาห์ ISO (UTC) ที่สร้าง</translation>
    </message>
    <message>
        <source>By priority and team</source>
        <translation>ตามระดับความสำคัญและทีม</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>กลุ่ม</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>ส่งต่อแล้ว</translation>
    </message>
    <message>
        <source>Closed without action</source>
        <translation>ปิดโดยไม่มีการดำเนินการ</translation>
    </message>
    <message>
        <source>An alert counts once for each of its teams, so team rows can add up to more than all.</source>
        <translation>การแจ้งเตือนหนึ่งรายการนับหนึ่งครั้งต่อแต่ละทีมที่เกี่ยวข้อง ผลรวมของแถวทีมจึงอาจมากกว่าแถว &quot;ทั้งหมด&quot;</translation>
    </message>
    <message>
        <source>all</source>
        <translation>ทั้งหมด</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>ความสำคัญ</translation>
    </message>
    <message>
        <source>team</source>
        <translation>ทีม</translation>
    </message>
    <message>
        <source>Alerts per team per week</source>
        <translation>การแจ้งเตือนต่อทีมต่อสัปดาห์</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>ทีม</translation>
    </message>
    <message>
        <source>Every alert, open ones too, by the ISO week (UTC) of its creation; target under %1.</source>
        <translation>การแจ้งเตือนทุกรายการ รวมถึงที่ยังเปิดอยู่ แยกตามสัปดาห์ ISO (UTC) ที่สร้าง เป้าหมาย: ต่ำกว่า %1</translation>
    </message>
    <message>
        <source>Weeks over target</source>
        <translation>สัปดาห์ที่เกินเป้าหมาย</translation>
    </message>
    <message>
        <source>Interruptions</source>
        <translation>การรบกวน</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>เวลาทำการ</translation>
    </message>
    <message>
        <source>Evenings and weekends</source>
        <translation>ช่วงเย็นและวันหยุดสุดสัปดาห์</translation>
    </message>
    <message>
        <source>Sleep hours</source>
        <translation>เวลานอน</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>รวม</translation>
    </message>
    <message>
        <source>Sleep share</source>
        <translation>สัดส่วนเวลานอน</translation>
    </message>
    <message>
        <source>Alerts by the on-call time zone&apos;s wall clock (%1).</source>
        <translation>การแจ้งเตือนตามเวลาท้องถิ่นในเขตเวลาของผู้รับเวร (%1)</translation>
    </message>
    <message>
        <source>Noisiest alerts</source>
        <translation>การแจ้งเตือนที่เกิดถี่ที่สุด</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>การแจ้งเตือน</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>สัดส่วน</translation>
    </message>
    <message>
        <source>Median time to close</source>
        <translation>มัธยฐานเวลาจนปิด</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>ทีม</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>บริการ</translation>
    </message>
    <message>
        <source>Alerts grouped by their message, most frequent first.</source>
        <translation>การแจ้งเตือนจัดกลุ่มตามข้อความ เรียงจากที่เกิดบ่อยที่สุด</translation>
    </message>
    <message>
        <source>SLO compliance</source>
        <translation>การบรรลุ SLO</translation>
    </message>
    <message>
        <source>SLO</source>
        <translation>SLO</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>เป้าหมาย</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>ทำได้จริง</translation>
    </message>
    <message>
        <source>Budget burned</source>
        <translation>งบที่ถูกเผาผลาญ</translation>
    </message>
    <message>
        <source>Achieved = 1 - the error ratio over the whole period; budget burned is of the SLO&apos;s own period.</source>
        <translation>ทำได้จริง = 1 - อัตราข้อผิดพลาดตลอดช่วงเวลาที่เลือก ส่วนงบที่ถูกเผาผลาญคิดเทียบกับระยะเวลาของ SLO นั้นเอง</translation>
    </message>
    <message>
        <source>no traffic</source>
        <translation>ไม่มีทราฟฟิก</translation>
    </message>
    <message>
        <source>MISSED</source>
        <translation>ไม่ผ่าน</translation>
    </message>
    <message>
        <source>time from creation to the first acknowledgement (report.ackTime), over closed alerts only, as Opsgenie&apos;s reports compute it; an alert closed without an acknowledgement uses its close time</source>
        <translation>เวลาตั้งแต่สร้างจนถึงการรับทราบครั้งแรก (report.ackTime) คิดเฉพาะการแจ้งเตือนที่ปิดแล้ว ตามวิธีที่รายงานของ Opsgenie คำนวณ; การแจ้งเตือนที่ปิดโดยไม่เคยถูกรับทราบจะใช้เวลาที่ปิดแทน</translation>
    </message>
    <message>
        <source>time from creation to close (report.closeTime), over the same closed alerts</source>
        <translation>เวลาตั้งแต่สร้างจนถึงปิด (report.closeTime) คิดจากการแจ้งเตือนที่ปิดแล้วชุดเดียวกัน</translation>
    </message>
    <message>
        <source>median (p50) and p95 interpolate linearly between ranks (rank = p x (n - 1), numpy.percentile&apos;s default)</source>
        <translation>มัธยฐาน (p50) และ p95 ประมาณค่าแบบเชิงเส้นระหว่างอันดับ (rank = p x (n - 1) ซึ่งเป็นค่าเริ่มต้นของ numpy.percentile)</translation>
    </message>
    <message>
        <source>createdAt minus the time the condition began, for closed alerts that carry one: firstOccurredAt, or details/extraProperties firstOccurredAt, startsAt or occurredAt (ISO 8601 or epoch ms); a time after createdAt (clock skew) counts as 0</source>
        <translation>createdAt ลบด้วยเวลาที่เงื่อนไขเริ่มเกิด สำหรับการแจ้งเตือนที่ปิดแล้วซึ่งมีค่านี้: firstOccurredAt หรือ firstOccurredAt, startsAt หรือ occurredAt ใน details/extraProperties (ISO 8601 หรือ epoch ms); เวลาที่อยู่หลัง createdAt (นาฬิกาคลาดเคลื่อน) นับเป็น 0</translation>
    </message>
    <message>
        <source>escalated alerts / closed alerts; escalated: a responder of type escalation, a tag &quot;escalated&quot;, details.escalated = true or an escalation seen by the console or in the imported activity log; target under 10 %</source>
        <translation>การแจ้งเตือนที่ถูกส่งต่อ / การแจ้งเตือนที่ปิดแล้ว; ถือว่าถูกส่งต่อเมื่อมี responder ประเภท escalation มีแท็ก &quot;escalated&quot; มี details.escalated = true หรือพบการส่งต่อในคอนโซลหรือใน activity log ที่นำเข้า; เป้าหมาย: ต่ำกว่า 10 %</translation>
    </message>
    <message>
        <source>closed alerts never acknowledged, with no owner, and not closed by a person (closedBy is not a username: &quot;System&quot;, an integration or empty): they went away on their own</source>
        <translation>การแจ้งเตือนที่ปิดแล้วซึ่งไม่เคยถูกรับทราบ ไม่มีผู้รับผิดชอบ และไม่ได้ถูกปิดโดยคน (closedBy ไม่ใช่ชื่อผู้ใช้ เช่น &quot;System&quot; integration หรือค่าว่าง): การแจ้งเตือนเหล่านี้หายไปเอง</translation>
    </message>
    <message>
        <source>closed without action / closed alerts: the share of alerts nobody needed to act on; target under 5 %</source>
        <translation>ปิดโดยไม่มีการดำเนินการ / การแจ้งเตือนที่ปิดแล้ว: สัดส่วนของการแจ้งเตือนที่ไม่มีใครต้องดำเนินการ; เป้าหมาย: ต่ำกว่า 5 %</translation>
    </message>
    <message>
        <source>an alert counts once for each of its teams, so team rows can add up to more than all; alerts without a team are under &quot;(no team)&quot;</source>
        <translation>การแจ้งเตือนหนึ่งรายการนับหนึ่งครั้งต่อแต่ละทีมที่เกี่ยวข้อง ผลรวมของแถวทีมจึงอาจมากกว่าแถว &quot;ทั้งหมด&quot;; การแจ้งเตือนที่ไม่มีทีมจะอยู่ใต้ &quot;(no team)&quot;</translation>
    </message>
    <message>
        <source>every alert, open ones too, by the ISO 8601 week of its createdAt in UTC; target under 20 per team per week</source>
        <translation>การแจ้งเตือนทุกรายการ รวมถึงที่ยังเปิดอยู่ แยกตามสัปดาห์ ISO 8601 ของ createdAt ใน UTC; เป้าหมาย: ต่ำกว่า 20 รายการต่อทีมต่อสัปดาห์</translation>
    </message>
    <message>
        <source>MTTA and MTTR of the closed alerts created in each ISO week (UTC); a week with no closed alert has no figure</source>
        <translation>MTTA และ MTTR ของการแจ้งเตือนที่ปิดแล้วซึ่งสร้างในแต่ละสัปดาห์ ISO (UTC); สัปดาห์ที่ไม่มีการแจ้งเตือนที่ปิดแล้วจะไม่มีตัวเลข</translation>
    </message>
    <message>
        <source>every alert at its createdAt on the on-call time zone&apos;s wall clock: business hours 08:00-18:00 Monday-Friday, sleep hours 22:00-08:00 every day, evenings and weekends the rest</source>
        <translation>การแจ้งเตือนทุกรายการ ตาม createdAt ในเวลาท้องถิ่นของเขตเวลาผู้รับเวร: เวลาทำการคือ 08:00-18:00 วันจันทร์-ศุกร์ เวลานอนคือ 22:00-08:00 ทุกวัน ส่วนที่เหลือคือช่วงเย็นและวันหยุดสุดสัปดาห์</translation>
    </message>
    <message>
        <source>alerts grouped by their message, most frequent first, with how many closed without action</source>
        <translation>การแจ้งเตือนจัดกลุ่มตามข้อความ เรียงจากที่เกิดบ่อยที่สุด พร้อมจำนวนที่ปิดโดยไม่มีการดำเนินการ</translation>
    </message>
    <message>
        <source>1 - the SLO&apos;s error ratio over the whole period, asked of its source; met when at or above the objective; budget burned = error ratio x period / ((1 - objective) x the SLO&apos;s own period)</source>
        <translation>1 - อัตราข้อผิดพลาดของ SLO ตลอดช่วงเวลาที่เลือก โดยสอบถามจากแหล่งข้อมูลของ SLO; ผ่านเมื่อเท่ากับหรือสูงกว่าเป้าหมาย; งบที่ถูกเผาผลาญ = อัตราข้อผิดพลาด x ช่วงเวลา / ((1 - เป้าหมาย) x ระยะเวลาของ SLO นั้นเอง)</translation>
    </message>
    <message>
        <source>alerts that cannot be used (no createdAt, a negative or non-numeric ackTime, a closed alert without closeTime, ...) are skipped and listed; the command fails only when no alert is usable</source>
        <translation>การแจ้งเตือนที่ใช้ไม่ได้ (ไม่มี createdAt, ackTime ติดลบหรือไม่ใช่ตัวเลข, การแจ้งเตือนที่ปิดแล้วแต่ไม่มี closeTime, ...) จะถูกข้ามและแสดงรายการไว้; คำสั่งจะล้มเหลวก็ต่อเมื่อไม่มีการแจ้งเตือนใดใช้ได้เลย</translation>
    </message>
    <message>
        <source>cannot make the folder %1</source>
        <translation>สร้างโฟลเดอร์ %1 ไม่ได้</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>เขียน %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>no answer from the source in %1 s</source>
        <translation>แหล่งข้อมูลไม่ตอบภายใน %1 วินาที</translation>
    </message>
    <message>
        <source>no source &quot;%1&quot;</source>
        <translation>ไม่มีแหล่งข้อมูล &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>RunbookText</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 มิลลิวินาที</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 วินาที</translation>
    </message>
    <message>
        <source>Could not start: %1 (%2)</source>
        <translation>เริ่มทำงานไม่สำเร็จ: %1 (%2)</translation>
    </message>
    <message>
        <source>Timed out after %1</source>
        <translation>หมดเวลาหลังผ่านไป %1</translation>
    </message>
    <message>
        <source>Stopped by %1</source>
        <translation>หยุดโดย %1</translation>
    </message>
    <message>
        <source>Exited with code %1</source>
        <translation>จบการทำงานด้วยรหัส %1</translation>
    </message>
    <message>
        <source>Ended by a signal</source>
        <translation>ถูกยุติด้วยสัญญาณ (signal)</translation>
    </message>
    <message>
        <source>script timed out</source>
        <translation>สคริปต์หมดเวลา</translation>
    </message>
    <message>
        <source>script stopped</source>
        <translation>สคริปต์ถูกหยุด</translation>
    </message>
    <message>
        <source>script exited with %1</source>
        <translation>สคริปต์จบด้วยรหัส %1</translation>
    </message>
    <message>
        <source>script did not finish</source>
        <translation>สคริปต์ทำงานไม่จบ</translation>
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
    <message>
        <source>the disk is full</source>
        <translation>ดิสก์เต็ม</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>ไฟล์เสียหาย</translation>
    </message>
    <message>
        <source>the file was written by a newer Watchkeeper</source>
        <translation>ไฟล์นี้เขียนโดย Watchkeeper รุ่นที่ใหม่กว่า</translation>
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
        <source>Log levels, e.g. &quot;info&quot; or &quot;info,net=debug&quot; (trace, debug, info, warn, error, off).</source>
        <translation>ระดับล็อก เช่น &quot;info&quot; หรือ &quot;info,net=debug&quot; (trace, debug, info, warn, error, off)</translation>
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
        <source>Alert service: %1. Alerts come from %2 instead.</source>
        <translation>ระบบแจ้งเตือน: %1 จึงใช้การแจ้งเตือนจาก %2 แทน</translation>
    </message>
    <message>
        <source>Opsgenie API key</source>
        <translation>Opsgenie API key</translation>
    </message>
    <message>
        <source>JSM Ops API token for %1</source>
        <translation>JSM Ops API token ของ %1</translation>
    </message>
    <message>
        <source>It will be stored in the system keychain.</source>
        <translation>จะเก็บไว้ใน keychain ของระบบ</translation>
    </message>
    <message>
        <source>No keychain is available (%1): the key will be kept for this session only and asked for again next time. It is never written to a file.</source>
        <translation>ไม่มี keychain ให้ใช้ (%1): จะเก็บคีย์ไว้เฉพาะเซสชันนี้ และจะถามอีกครั้งในครั้งถัดไป คีย์จะไม่ถูกเขียนลงไฟล์</translation>
    </message>
    <message>
        <source>Alert service</source>
        <translation>ระบบแจ้งเตือน</translation>
    </message>
    <message>
        <source>%1 (%2).

%3

%4:</source>
        <translation>%1 (%2)

%3

%4:</translation>
    </message>
    <message>
        <source>The action outbox %1 could not be opened (%2). Actions are sent, but one not yet confirmed when the console closes is lost.</source>
        <translation>เปิด outbox ของการดำเนินการ %1 ไม่ได้ (%2) การดำเนินการยังส่งได้ แต่รายการที่ยังไม่ได้รับการยืนยันตอนปิดคอนโซลจะสูญหาย</translation>
    </message>
    <message>
        <source>Not everything could be connected</source>
        <translation>เชื่อมต่อได้ไม่ครบทุกส่วน</translation>
    </message>
    <message>
        <source>The incident store %1 could not be opened (%2). Incidents cannot be opened or changed in this session; alerts and dashboards work as usual.</source>
        <translation>เปิดที่เก็บอุบัติการณ์ %1 ไม่ได้ (%2) ในเซสชันนี้จะเปิดหรือแก้ไขอุบัติการณ์ไม่ได้ ส่วนการแจ้งเตือนและแดชบอร์ดยังใช้งานได้ตามปกติ</translation>
    </message>
    <message>
        <source>Incidents are not available</source>
        <translation>ใช้งานอุบัติการณ์ไม่ได้</translation>
    </message>
    <message>
        <source>The alert archive is not available</source>
        <translation>คลังการแจ้งเตือนใช้งานไม่ได้</translation>
    </message>
    <message>
        <source>The alert archive %1 could not be opened (%2). The alerts of this session are not archived, and the Reports window cannot show the archive; alerts, actions and dashboards work as usual.</source>
        <translation>เปิดคลังการแจ้งเตือน %1 ไม่ได้ (%2) การแจ้งเตือนของเซสชันนี้จะไม่ถูกเก็บลงคลัง และหน้าต่างรายงานจะแสดงคลังไม่ได้ ส่วนการแจ้งเตือน การดำเนินการ และแดชบอร์ดยังทำงานตามปกติ</translation>
    </message>
</context>
<context>
    <name>wk::ui::ActionItemsModel</name>
    <message>
        <source>No due date yet</source>
        <translation>ยังไม่มีกำหนดเสร็จ</translation>
    </message>
    <message>
        <source>What</source>
        <translation>สิ่งที่ต้องทำ</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>ผู้รับผิดชอบ</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>กำหนดเสร็จ</translation>
    </message>
</context>
<context>
    <name>wk::ui::AlertActions</name>
    <message>
        <source>Acknowledge</source>
        <translation>รับทราบ</translation>
    </message>
    <message>
        <source>Unacknowledge</source>
        <translation>ยกเลิกการรับทราบ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Escalate…</source>
        <translation>ส่งต่อ…</translation>
    </message>
    <message>
        <source>Add note…</source>
        <translation>เพิ่มบันทึก…</translation>
    </message>
    <message>
        <source>Snooze…</source>
        <translation>เลื่อน…</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>มอบหมาย…</translation>
    </message>
    <message>
        <source>Add tags…</source>
        <translation>เพิ่มแท็ก…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Applies to %1 of the %n selected alerts</source>
        <translation>
            <numerusform>ใช้ได้กับ %1 จาก %n รายการที่เลือก</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alerts</source>
        <translation>
            <numerusform>การแจ้งเตือน %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>it could not be recorded (%1), so it was not sent</source>
        <translation>จัดเก็บการดำเนินการไม่ได้ (%1) จึงไม่ได้ส่ง</translation>
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
    <name>wk::ui::AlertFilterBar</name>
    <message>
        <source>Filter alerts… (/)</source>
        <translation>กรองการแจ้งเตือน… (/)</translation>
    </message>
    <message>
        <source>Words to look for in message, service, team, tags, owner, alias or id (/ or Ctrl+F)</source>
        <translation>คำที่ต้องการค้นหาในข้อความ บริการ ทีม แท็ก ผู้รับผิดชอบ alias หรือ id (/ หรือ Ctrl+F)</translation>
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
</context>
<context>
    <name>wk::ui::AlertHistoryDetailView</name>
    <message>
        <source>Alert id</source>
        <translation>ID การแจ้งเตือน</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>ทีม</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>บริการ</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>สร้างเมื่อ</translation>
    </message>
    <message>
        <source>Condition began</source>
        <translation>เงื่อนไขเริ่มเกิด</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>รับทราบ</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>ผู้รับผิดชอบ</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>ส่งต่อ</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1 by %2, %3 after creation</source>
        <translation>%1 โดย %2 หลังสร้าง %3</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ไม่เคย</translation>
    </message>
    <message>
        <source>%1, %2 after creation</source>
        <translation>%1 หลังสร้าง %2</translation>
    </message>
    <message>
        <source>no: still open when the console last saw it</source>
        <translation>ยังไม่ปิด: ยังเปิดอยู่เมื่อคอนโซลเห็นครั้งล่าสุด</translation>
    </message>
    <message>
        <source>yes, beyond the primary on-call</source>
        <translation>ใช่ ส่งต่อเกินกว่าผู้รับผิดชอบเวรหลัก</translation>
    </message>
    <message>
        <source>Reading its history…</source>
        <translation>กำลังอ่านประวัติ…</translation>
    </message>
    <message>
        <source>Select an alert to see who acknowledged it, when it closed and everything in between.</source>
        <translation>เลือกการแจ้งเตือนเพื่อดูว่าใครรับทราบ ปิดเมื่อไร และทุกอย่างที่เกิดขึ้นระหว่างนั้น</translation>
    </message>
    <message>
        <source>History</source>
        <translation>ประวัติ</translation>
    </message>
    <message>
        <source>No history was recorded for this alert</source>
        <translation>ไม่มีประวัติที่บันทึกไว้สำหรับการแจ้งเตือนนี้</translation>
    </message>
    <message numerus="yes">
        <source>History: %n entry(s), oldest first</source>
        <translation>
            <numerusform>ประวัติ: %n รายการ เรียงจากเก่าที่สุด</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read its history: %1</source>
        <translation>อ่านประวัติไม่ได้: %1</translation>
    </message>
</context>
<context>
    <name>wk::ui::AlertHistoryEntriesModel</name>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>เวลา</translation>
    </message>
    <message>
        <source>After</source>
        <translation>ผ่านไป</translation>
    </message>
    <message>
        <source>What</source>
        <translation>เหตุการณ์</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>ผู้ดำเนินการ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>บันทึก</translation>
    </message>
</context>
<context>
    <name>wk::ui::AlertHistoryFilterBar</name>
    <message>
        <source>Search message, #tiny id or alert id</source>
        <translation>ค้นหาด้วยข้อความ #หมายเลขสั้น หรือ ID การแจ้งเตือน</translation>
    </message>
    <message>
        <source>Words in the message (any case), or an alert&apos;s tiny id or full id (Ctrl+F)</source>
        <translation>คำในข้อความ (ไม่สนตัวพิมพ์เล็ก-ใหญ่) หรือหมายเลขสั้นหรือ ID เต็มของการแจ้งเตือน (Ctrl+F)</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 วันล่าสุด</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 วันล่าสุด</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>90 วันล่าสุด</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>ทุกช่วงเวลา</translation>
    </message>
    <message>
        <source>From … to …</source>
        <translation>ตั้งแต่ … ถึง …</translation>
    </message>
    <message>
        <source>When the alerts were created</source>
        <translation>ช่วงเวลาที่สร้างการแจ้งเตือน</translation>
    </message>
    <message>
        <source>The first day, included</source>
        <translation>วันแรก (นับรวมด้วย)</translation>
    </message>
    <message>
        <source>The last day, included</source>
        <translation>วันสุดท้าย (นับรวมด้วย)</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>ทุกทีม</translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation>ทุกระดับความสำคัญ</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>ทุกบริการ</translation>
    </message>
    <message>
        <source>Resolved only</source>
        <translation>เฉพาะที่แก้ไขแล้ว</translation>
    </message>
    <message>
        <source>Hide alerts that were still open when the console last saw them</source>
        <translation>ซ่อนการแจ้งเตือนที่ยังเปิดอยู่เมื่อคอนโซลเห็นครั้งล่าสุด</translation>
    </message>
</context>
<context>
    <name>wk::ui::AlertHistoryModel</name>
    <message>
        <source>yes</source>
        <translation>ใช่</translation>
    </message>
    <message>
        <source>Created %1
The condition began %2</source>
        <translation>สร้างเมื่อ %1
เงื่อนไขเริ่มเกิดเมื่อ %2</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>สร้างเมื่อ %1</translation>
    </message>
    <message>
        <source>Alert id %1</source>
        <translation>ID การแจ้งเตือน %1</translation>
    </message>
    <message>
        <source>Never acknowledged</source>
        <translation>ไม่เคยถูกรับทราบ</translation>
    </message>
    <message>
        <source>First acknowledged %1 by %2, %3 after it was created</source>
        <translation>รับทราบครั้งแรกเมื่อ %1 โดย %2 หลังสร้าง %3</translation>
    </message>
    <message>
        <source>Still open when the console last saw it</source>
        <translation>ยังเปิดอยู่เมื่อคอนโซลเห็นครั้งล่าสุด</translation>
    </message>
    <message>
        <source>Closed %1, %2 after it was created</source>
        <translation>ปิดเมื่อ %1 หลังสร้าง %2</translation>
    </message>
    <message>
        <source>Escalated beyond the primary on-call</source>
        <translation>ส่งต่อเกินกว่าผู้รับผิดชอบเวรหลัก</translation>
    </message>
    <message>
        <source>From creation to the first acknowledgement</source>
        <translation>ตั้งแต่สร้างจนถึงการรับทราบครั้งแรก</translation>
    </message>
    <message>
        <source>From creation to the close</source>
        <translation>ตั้งแต่สร้างจนถึงปิด</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>สร้างเมื่อ</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>ความสำคัญ</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>ข้อความ</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>ทีม</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>บริการ</translation>
    </message>
    <message>
        <source>Acknowledged by</source>
        <translation>รับทราบโดย</translation>
    </message>
    <message>
        <source>Time to ack</source>
        <translation>เวลาจนรับทราบ</translation>
    </message>
    <message>
        <source>Time to close</source>
        <translation>เวลาจนปิด</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>ส่งต่อ</translation>
    </message>
</context>
<context>
    <name>wk::ui::AlertHistoryPage</name>
    <message>
        <source>Refresh</source>
        <translation>รีเฟรช</translation>
    </message>
    <message>
        <source>Read the archive again: alerts the console polled since (F5)</source>
        <translation>อ่านคลังการแจ้งเตือนอีกครั้ง เพื่อดูการแจ้งเตือนที่คอนโซลดึงมาหลังจากนั้น (F5)</translation>
    </message>
    <message>
        <source>No alert archive is open, so there is no history to browse. The console keeps one in its data folder; see the log for why it could not be opened.</source>
        <translation>ไม่มีคลังการแจ้งเตือนที่เปิดอยู่ จึงไม่มีประวัติให้ดู คอนโซลเก็บคลังนี้ไว้ในโฟลเดอร์ข้อมูลของตัวเอง ดูสาเหตุที่เปิดไม่ได้ในล็อก</translation>
    </message>
    <message>
        <source>Reading the archive…</source>
        <translation>กำลังอ่านคลังการแจ้งเตือน…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln alert(s), showing the %1 newest</source>
        <translation>
            <numerusform>การแจ้งเตือน %Ln รายการ แสดง %1 รายการล่าสุด</numerusform>
        </translation>
    </message>
    <message>
        <source>Narrow the search or the date range to see the older ones</source>
        <translation>จำกัดการค้นหาหรือช่วงวันที่ให้แคบลงเพื่อดูรายการที่เก่ากว่า</translation>
    </message>
    <message numerus="yes">
        <source>%Ln alert(s)</source>
        <translation>
            <numerusform>การแจ้งเตือน %Ln รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>No archived alerts yet: the console archives every alert it polls, and they show here once it has seen some.</source>
        <translation>ยังไม่มีการแจ้งเตือนในคลัง: คอนโซลจะเก็บการแจ้งเตือนทุกรายการที่ดึงมา และจะแสดงที่นี่เมื่อพบการแจ้งเตือนแล้ว</translation>
    </message>
    <message>
        <source>No alert matches these filters.</source>
        <translation>ไม่มีการแจ้งเตือนที่ตรงกับตัวกรองเหล่านี้</translation>
    </message>
    <message>
        <source>No alert matches “%1” with these filters.</source>
        <translation>ไม่มีการแจ้งเตือนที่ตรงกับ “%1” ภายใต้ตัวกรองเหล่านี้</translation>
    </message>
    <message numerus="yes">
        <source>The archive holds %Ln alert(s): try a wider date range, other filters, or untick “Resolved only”.</source>
        <translation>
            <numerusform>คลังมีการแจ้งเตือน %Ln รายการ: ลองขยายช่วงวันที่ เปลี่ยนตัวกรอง หรือยกเลิกเครื่องหมาย “เฉพาะที่แก้ไขแล้ว”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The archive holds %Ln alert(s): try a wider date range or other filters.</source>
        <translation>
            <numerusform>คลังมีการแจ้งเตือน %Ln รายการ: ลองขยายช่วงวันที่หรือเปลี่ยนตัวกรอง</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the alert archive (%1); showing what it answered last.</source>
        <translation>อ่านคลังการแจ้งเตือนไม่ได้ (%1) จึงแสดงผลล่าสุดที่อ่านได้</translation>
    </message>
    <message>
        <source>Could not read the alert archive: %1.</source>
        <translation>อ่านคลังการแจ้งเตือนไม่ได้: %1</translation>
    </message>
</context>
<context>
    <name>wk::ui::AlertListWidget</name>
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
    <message>
        <source>More</source>
        <translation>เพิ่มเติม</translation>
    </message>
    <message>
        <source>Add a note, snooze, assign, tag or unacknowledge</source>
        <translation>เพิ่มบันทึก เลื่อน มอบหมาย ติดแท็ก หรือยกเลิกการรับทราบ</translation>
    </message>
    <message>
        <source>J  ↓</source>
        <translation>J  ↓</translation>
    </message>
    <message>
        <source>Next alert</source>
        <translation>การแจ้งเตือนถัดไป</translation>
    </message>
    <message>
        <source>K  ↑</source>
        <translation>K  ↑</translation>
    </message>
    <message>
        <source>Previous alert</source>
        <translation>การแจ้งเตือนก่อนหน้า</translation>
    </message>
    <message>
        <source>Shift+J  Shift+K</source>
        <translation>Shift+J  Shift+K</translation>
    </message>
    <message>
        <source>Extend the selection down or up</source>
        <translation>ขยายการเลือกลงหรือขึ้น</translation>
    </message>
    <message>
        <source>Ctrl+A</source>
        <translation>Ctrl+A</translation>
    </message>
    <message>
        <source>Select every alert shown</source>
        <translation>เลือกการแจ้งเตือนทั้งหมดที่แสดง</translation>
    </message>
    <message>
        <source>/  Ctrl+F</source>
        <translation>/  Ctrl+F</translation>
    </message>
    <message>
        <source>Filter the list</source>
        <translation>กรองรายการ</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>From the filter back to the table</source>
        <translation>จากช่องกรองกลับไปที่ตาราง</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>ล้างตัวกรอง</translation>
    </message>
    <message>
        <source>Right click</source>
        <translation>คลิกขวา</translation>
    </message>
    <message>
        <source>Every action on the selected alerts</source>
        <translation>การดำเนินการทั้งหมดกับการแจ้งเตือนที่เลือก</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>Show or hide these shortcuts</source>
        <translation>แสดงหรือซ่อนคีย์ลัดเหล่านี้</translation>
    </message>
    <message>
        <source>Move and find</source>
        <translation>นำทางและค้นหา</translation>
    </message>
    <message>
        <source>Act on every selected alert</source>
        <translation>ดำเนินการกับทุกรายการที่เลือก</translation>
    </message>
    <message numerus="yes">
        <source>%n alerts selected; actions apply to each.</source>
        <translation>
            <numerusform>เลือกไว้ %n รายการ การดำเนินการจะมีผลกับทุกรายการ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wk::ui::AlertNotifier</name>
    <message>
        <source>notifications: %1</source>
        <translation>การแจ้งเตือน: %1</translation>
    </message>
</context>
<context>
    <name>wk::ui::AlertServiceNotice</name>
    <message>
        <source>Showing %1 of %2 alerts: narrow the query to see the rest</source>
        <translation>แสดง %1 จาก %2 รายการ: จำกัดคิวรีให้แคบลงเพื่อดูส่วนที่เหลือ</translation>
    </message>
    <message>
        <source>Showing the first %1 alerts: narrow the query to see the rest</source>
        <translation>แสดง %1 รายการแรก: จำกัดคิวรีให้แคบลงเพื่อดูส่วนที่เหลือ</translation>
    </message>
    <message>
        <source>%1 is rate limiting %2 requests until %3</source>
        <translation>%1 จำกัดอัตราการเรียก %2 จนถึง %3</translation>
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
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Acked by</source>
        <translation>รับทราบโดย</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>ทีม</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>แท็ก</translation>
    </message>
    <message>
        <source>Last occurred</source>
        <translation>เกิดล่าสุด</translation>
    </message>
    <message>
        <source>The alert&apos;s short number, as people say it</source>
        <translation>หมายเลขสั้นของการแจ้งเตือน ที่ใช้เรียกกัน</translation>
    </message>
    <message>
        <source>Who acknowledged the alert</source>
        <translation>ผู้ที่รับทราบการแจ้งเตือน</translation>
    </message>
    <message>
        <source>The teams the alert is routed to</source>
        <translation>ทีมที่การแจ้งเตือนถูกส่งไปถึง</translation>
    </message>
    <message>
        <source>When the alert last fired again</source>
        <translation>เวลาที่การแจ้งเตือนเกิดซ้ำครั้งล่าสุด</translation>
    </message>
    <message>
        <source>Alert id: %1</source>
        <translation>ID การแจ้งเตือน: %1</translation>
    </message>
    <message>
        <source>Last occurred %1</source>
        <translation>เกิดล่าสุดเมื่อ %1</translation>
    </message>
</context>
<context>
    <name>wk::ui::AlertTableView</name>
    <message>
        <source>Default columns</source>
        <translation>คอลัมน์เริ่มต้น</translation>
    </message>
</context>
<context>
    <name>wk::ui::AlertTray</name>
    <message>
        <source>Show window</source>
        <translation>แสดงหน้าต่าง</translation>
    </message>
    <message>
        <source>Mute notifications for 1 h</source>
        <translation>ปิดเสียงการแจ้งเตือน 1 ชม.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>ออก</translation>
    </message>
    <message>
        <source>Unmute notifications</source>
        <translation>เปิดเสียงการแจ้งเตือน</translation>
    </message>
    <message>
        <source>Notifications muted until %1</source>
        <translation>ปิดเสียงการแจ้งเตือนถึง %1</translation>
    </message>
    <message>
        <source>notifications: %1</source>
        <translation>การแจ้งเตือน: %1</translation>
    </message>
</context>
<context>
    <name>wk::ui::DesktopNotifier</name>
    <message>
        <source>no desktop notification service (no session bus)</source>
        <translation>ไม่มีบริการแจ้งเตือนบนเดสก์ท็อป (ไม่มี session bus)</translation>
    </message>
    <message>
        <source>the desktop notification service does not answer</source>
        <translation>บริการแจ้งเตือนบนเดสก์ท็อปไม่ตอบสนอง</translation>
    </message>
    <message>
        <source>no desktop notification service</source>
        <translation>ไม่มีบริการแจ้งเตือนบนเดสก์ท็อป</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
</context>
<context>
    <name>wk::ui::DriftHeatmap</name>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>PSI %1</source>
        <translation>PSI %1</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>ไม่มีข้อมูล</translation>
    </message>
    <message>
        <source>No histogram data in the heatmap&apos;s range.</source>
        <translation>ไม่มีข้อมูลฮิสโตแกรมในช่วงเวลาของแผนที่ความร้อน</translation>
    </message>
</context>
<context>
    <name>wk::ui::DriftTableModel</name>
    <message>
        <source>no data in one window</source>
        <translation>ไม่มีข้อมูลในช่วงเวลาหนึ่ง</translation>
    </message>
    <message>
        <source>stable</source>
        <translation>คงที่</translation>
    </message>
    <message>
        <source>major shift</source>
        <translation>เปลี่ยนแปลงมาก</translation>
    </message>
    <message>
        <source>moderate shift</source>
        <translation>เปลี่ยนแปลงปานกลาง</translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation>(ไม่มีป้ายกำกับ)</translation>
    </message>
    <message>
        <source>Population stability index over %1 buckets, with Evidently&apos;s filling of empty buckets.</source>
        <translation>ดัชนีเสถียรภาพประชากร (PSI) จาก %1 ช่อง โดยเติมช่องว่างแบบเดียวกับ Evidently</translation>
    </message>
    <message>
        <source>Largest gap between the two CDFs at the bucket bounds: the true KS statistic is at least this.</source>
        <translation>ระยะห่างมากที่สุดระหว่าง CDF ทั้งสองที่ขอบของช่อง: ค่าสถิติ KS จริงมีค่าอย่างน้อยเท่านี้</translation>
    </message>
    <message>
        <source>Area between the two CDFs, observations spread evenly inside each bucket, divided by the reference&apos;s standard deviation: an estimate from buckets.</source>
        <translation>พื้นที่ระหว่าง CDF ทั้งสอง โดยกระจายค่าสังเกตเท่า ๆ กันในแต่ละช่อง หารด้วยส่วนเบี่ยงเบนมาตรฐานของข้อมูลอ้างอิง: เป็นค่าประมาณจากช่อง</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>ฟีเจอร์</translation>
    </message>
    <message>
        <source>PSI</source>
        <translation>PSI</translation>
    </message>
    <message>
        <source>Jensen-Shannon</source>
        <translation>Jensen-Shannon</translation>
    </message>
    <message>
        <source>KS (lower bound)</source>
        <translation>KS (ขอบล่าง)</translation>
    </message>
    <message>
        <source>Wasserstein (normed)</source>
        <translation>Wasserstein (ปรับมาตรฐาน)</translation>
    </message>
    <message>
        <source>Reference n</source>
        <translation>n อ้างอิง</translation>
    </message>
    <message>
        <source>Current n</source>
        <translation>n ปัจจุบัน</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>ผลการประเมิน</translation>
    </message>
    <message>
        <source>PSI ≥ %1: %2</source>
        <translation>PSI ≥ %1: %2</translation>
    </message>
</context>
<context>
    <name>wk::ui::DriftView</name>
    <message>
        <source>PSI per %1 window over the last %2 h</source>
        <translation>PSI ต่อช่วง %1 ในช่วง %2 ชม. ที่ผ่านมา</translation>
    </message>
    <message>
        <source>Reference: %1 · current: the last %2 min</source>
        <translation>อ้างอิง: %1 · ปัจจุบัน: %2 นาทีล่าสุด</translation>
    </message>
    <message>
        <source>not read yet</source>
        <translation>ยังไม่ได้อ่าน</translation>
    </message>
    <message>
        <source>Reference: %1 · current: the last %2 min. Effect sizes only: with counts in the thousands, any shift would be &quot;significant&quot;, so no p-values.</source>
        <translation>อ้างอิง: %1 · ปัจจุบัน: %2 นาทีล่าสุด แสดงเฉพาะขนาดผล: เมื่อจำนวนข้อมูลเป็นหลักพัน การเปลี่ยนแปลงใด ๆ ก็จะ &quot;มีนัยสำคัญ&quot; จึงไม่แสดงค่า p</translation>
    </message>
</context>
<context>
    <name>wk::ui::IncidentDesk</name>
    <message>
        <source>The incidents could not be read: %1</source>
        <translation>อ่านข้อมูลอุบัติการณ์ไม่ได้: %1</translation>
    </message>
    <message>
        <source>%1 was not saved: %2</source>
        <translation>จัดเก็บ%1ไม่สำเร็จ: %2</translation>
    </message>
    <message>
        <source>The new incident</source>
        <translation>อุบัติการณ์ใหม่</translation>
    </message>
    <message>
        <source>The status change</source>
        <translation>การเปลี่ยนสถานะ</translation>
    </message>
    <message>
        <source>The severity change</source>
        <translation>การเปลี่ยนความรุนแรง</translation>
    </message>
    <message>
        <source>The role change</source>
        <translation>การเปลี่ยนบทบาท</translation>
    </message>
    <message>
        <source>Linking the alerts</source>
        <translation>การเชื่อมโยงการแจ้งเตือน</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>The edited note</source>
        <translation>บันทึกที่แก้ไข</translation>
    </message>
    <message>
        <source>The snapshot</source>
        <translation>สแนปช็อต</translation>
    </message>
</context>
<context>
    <name>wk::ui::IncidentListModel</name>
    <message>
        <source>nobody</source>
        <translation>ไม่มีใคร</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>อุบัติการณ์</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>ความรุนแรง</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Commander</source>
        <translation>ผู้บัญชาการ</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>อายุ</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>การแจ้งเตือน</translation>
    </message>
</context>
<context>
    <name>wk::ui::IncidentView</name>
    <message>
        <source>No incident selected.

Open one from the alert list (select alerts, press I) or with &quot;New incident&quot;.</source>
        <translation>ยังไม่ได้เลือกอุบัติการณ์

เปิดอุบัติการณ์จากรายการการแจ้งเตือน (เลือกการแจ้งเตือน แล้วกด I) หรือด้วยปุ่ม &quot;อุบัติการณ์ใหม่&quot;</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>ตั้งสถานะ</translation>
    </message>
    <message>
        <source>Set severity</source>
        <translation>ตั้งความรุนแรง</translation>
    </message>
    <message>
        <source>Take command</source>
        <translation>รับเป็นผู้บัญชาการ</translation>
    </message>
    <message>
        <source>Roles…</source>
        <translation>บทบาท…</translation>
    </message>
    <message>
        <source>War room</source>
        <translation>วอร์รูม</translation>
    </message>
    <message>
        <source>Full screen for a big screen (F11); Esc leaves it</source>
        <translation>เต็มหน้าจอสำหรับจอขนาดใหญ่ (F11) กด Esc เพื่อออก</translation>
    </message>
    <message>
        <source>Postmortem…</source>
        <translation>Postmortem…</translation>
    </message>
    <message>
        <source>Add a note for the timeline: what you see, what you tried (Ctrl+Enter adds it)</source>
        <translation>เพิ่มบันทึกลงไทม์ไลน์: สิ่งที่คุณเห็น สิ่งที่คุณลองทำ (กด Ctrl+Enter เพื่อเพิ่ม)</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>เพิ่มบันทึก</translation>
    </message>
    <message>
        <source>Lasted %1</source>
        <translation>กินเวลา %1</translation>
    </message>
    <message>
        <source>Open for %1</source>
        <translation>เปิดมาแล้ว %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;No commander&lt;/b&gt;</source>
        <translation>&lt;b&gt;ไม่มีผู้บัญชาการ&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Commander: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>ผู้บัญชาการ: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Services: %1</source>
        <translation>บริการ: %1</translation>
    </message>
    <message>
        <source>acknowledged by %1</source>
        <translation>รับทราบโดย %1</translation>
    </message>
    <message>
        <source>not acknowledged</source>
        <translation>ยังไม่รับทราบ</translation>
    </message>
    <message>
        <source>No alerts linked.</source>
        <translation>ไม่มีการแจ้งเตือนที่เชื่อมโยงไว้</translation>
    </message>
    <message>
        <source>Alerts: %1</source>
        <translation>การแจ้งเตือน: %1</translation>
    </message>
    <message>
        <source>Write the postmortem of this incident</source>
        <translation>เขียน postmortem ของอุบัติการณ์นี้</translation>
    </message>
    <message>
        <source>A postmortem is written once the incident is resolved</source>
        <translation>เขียน postmortem ได้เมื่ออุบัติการณ์แก้ไขแล้ว</translation>
    </message>
    <message>
        <source>The timeline could not be read: %1</source>
        <translation>อ่านไทม์ไลน์ไม่ได้: %1</translation>
    </message>
    <message>
        <source>Assign a role</source>
        <translation>มอบหมายบทบาท</translation>
    </message>
    <message>
        <source>Role (pick one or type your own):</source>
        <translation>บทบาท (เลือกจากรายการหรือพิมพ์เอง):</translation>
    </message>
    <message>
        <source>Who is %1? (empty: nobody)</source>
        <translation>ใครเป็น %1? (เว้นว่าง: ไม่มีใคร)</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>แก้ไขบันทึก</translation>
    </message>
    <message>
        <source>The note keeps its words in the timeline; the edit is added after it, with your name.</source>
        <translation>ข้อความเดิมของบันทึกยังคงอยู่ในไทม์ไลน์ ส่วนที่แก้ไขจะถูกเพิ่มต่อท้ายพร้อมชื่อของคุณ</translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translation>แก้ไขบันทึก…</translation>
    </message>
    <message>
        <source>Open snapshot</source>
        <translation>เปิดสแนปช็อต</translation>
    </message>
    <message>
        <source>%1, pinned at %2</source>
        <translation>%1 ปักหมุดเมื่อ %2</translation>
    </message>
    <message>
        <source>acknowledged after %1</source>
        <translation>รับทราบหลังจาก %1</translation>
    </message>
    <message>
        <source>resolved after %1</source>
        <translation>แก้ไขเสร็จหลังจาก %1</translation>
    </message>
</context>
<context>
    <name>wk::ui::IncidentsPage</name>
    <message>
        <source>New incident</source>
        <translation>อุบัติการณ์ใหม่</translation>
    </message>
    <message>
        <source>Open an incident from scratch; to open one from alerts, select them in the alert list and press I</source>
        <translation>เปิดอุบัติการณ์ใหม่ตั้งแต่ต้น หากต้องการเปิดจากการแจ้งเตือน ให้เลือกการแจ้งเตือนในรายการแล้วกด I</translation>
    </message>
    <message>
        <source>&lt;b&gt;Incidents&lt;/b&gt;</source>
        <translation>&lt;b&gt;อุบัติการณ์&lt;/b&gt;</translation>
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
    <message>
        <source>SLOs</source>
        <translation>SLO</translation>
    </message>
    <message>
        <source>Which alerts the list reads from the alert service</source>
        <translation>การแจ้งเตือนที่รายการอ่านจากบริการแจ้งเตือน</translation>
    </message>
    <message>
        <source>Default query</source>
        <translation>คำค้นเริ่มต้น</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>อุบัติการณ์</translation>
    </message>
    <message>
        <source>Open incident…</source>
        <translation>เปิดอุบัติการณ์…</translation>
    </message>
    <message>
        <source>Open an incident from the selected alerts (I)</source>
        <translation>เปิดอุบัติการณ์จากการแจ้งเตือนที่เลือก (I)</translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation>Runbook</translation>
    </message>
    <message>
        <source>%1: %2 % of the %3-day budget</source>
        <translation>%1: %2 % ของงบข้อผิดพลาด %3 วัน</translation>
    </message>
    <message>
        <source>Postmortem of incident #%1</source>
        <translation>Postmortem ของอุบัติการณ์ #%1</translation>
    </message>
    <message>
        <source>Pinned &quot;%1&quot; to incident #%2</source>
        <translation>ปักหมุด &quot;%1&quot; ไว้ในอุบัติการณ์ #%2 แล้ว</translation>
    </message>
    <message>
        <source>No open incident is about %1: open one (select its alerts, press I) to pin panels to it.</source>
        <translation>ไม่มีอุบัติการณ์ที่เปิดอยู่เกี่ยวกับ %1: เปิดอุบัติการณ์ก่อน (เลือกการแจ้งเตือนแล้วกด I) จึงจะปักหมุดแผงได้</translation>
    </message>
    <message>
        <source>Add to incident</source>
        <translation>เพิ่มในอุบัติการณ์</translation>
    </message>
    <message>
        <source>Link the selected alerts to the incident shown in the Incidents tier, or to the open incident of their service (Shift+I)</source>
        <translation>เชื่อมโยงการแจ้งเตือนที่เลือกกับอุบัติการณ์ที่แสดงอยู่ในแท็บอุบัติการณ์ หรือกับอุบัติการณ์ที่เปิดอยู่ของบริการนั้น (Shift+I)</translation>
    </message>
    <message>
        <source>No open incident to add the alerts to: open one with I.</source>
        <translation>ไม่มีอุบัติการณ์ที่เปิดอยู่ให้เพิ่มการแจ้งเตือน: เปิดอุบัติการณ์ใหม่ด้วย I</translation>
    </message>
    <message>
        <source>Alerts added to incident #%1</source>
        <translation>เพิ่มการแจ้งเตือนในอุบัติการณ์ #%1 แล้ว</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>รายงาน</translation>
    </message>
    <message>
        <source>MTTA, MTTR, volume, escalations and interruptions over the alert archive, and the history of resolved alerts (Ctrl+Shift+R)</source>
        <translation>MTTA, MTTR, ปริมาณ, การส่งต่อ และการรบกวน จากคลังการแจ้งเตือน พร้อมประวัติของการแจ้งเตือนที่แก้ไขแล้ว (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Reports: %1</source>
        <translation>รายงาน: %1</translation>
    </message>
    <message>
        <source>⚠ %1: the list could not be refreshed since %2 — %3.</source>
        <translation>⚠ %1: ไม่สามารถรีเฟรชรายการได้ตั้งแต่ %2 — %3</translation>
    </message>
    <message>
        <source>Showing the alerts as of %1.</source>
        <translation>แสดงการแจ้งเตือน ณ เวลา %1</translation>
    </message>
    <message>
        <source>No alerts have been read yet.</source>
        <translation>ยังไม่ได้อ่านการแจ้งเตือนใดๆ</translation>
    </message>
</context>
<context>
    <name>wk::ui::NewIncidentDialog</name>
    <message>
        <source>Open an incident</source>
        <translation>เปิดอุบัติการณ์</translation>
    </message>
    <message>
        <source>What is wrong, as people will say it</source>
        <translation>เกิดปัญหาอะไร เขียนแบบที่คนทั่วไปจะเรียกกัน</translation>
    </message>
    <message>
        <source>The incident commander: the one person who decides. Empty: nobody yet.</source>
        <translation>ผู้บัญชาการอุบัติการณ์: บุคคลเดียวที่เป็นผู้ตัดสินใจ เว้นว่าง: ยังไม่มีใคร</translation>
    </message>
    <message>
        <source>fraud-detector, recommender</source>
        <translation>fraud-detector, recommender</translation>
    </message>
    <message>
        <source>Why it is an incident (optional)</source>
        <translation>ทำไมจึงเป็นอุบัติการณ์ (ไม่บังคับ)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>ชื่อเรื่อง(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Severity</source>
        <translation>ความรุนแรง(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Commander</source>
        <translation>ผู้บัญชาการ(&amp;C)</translation>
    </message>
    <message>
        <source>Ser&amp;vices</source>
        <translation>บริการ(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation>เหตุผล(&amp;W)</translation>
    </message>
    <message>
        <source>No alerts: an incident from scratch.</source>
        <translation>ไม่มีการแจ้งเตือน: เปิดอุบัติการณ์ตั้งแต่ต้น</translation>
    </message>
    <message>
        <source>Alerts linked: %1</source>
        <translation>การแจ้งเตือนที่เชื่อมโยง: %1</translation>
    </message>
    <message>
        <source>Open incident</source>
        <translation>เปิดอุบัติการณ์</translation>
    </message>
</context>
<context>
    <name>wk::ui::OnCallStatus</name>
    <message>
        <source>%1 (%2): now %3; next %4</source>
        <translation>%1 (%2): ตอนนี้ %3; ถัดไป %4</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>ไม่มีใคร</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>ไม่ทราบ</translation>
    </message>
    <message>
        <source>On call: unknown</source>
        <translation>ผู้รับเวร: ไม่ทราบ</translation>
    </message>
    <message>
        <source>You are on call</source>
        <translation>คุณอยู่เวร</translation>
    </message>
    <message>
        <source>On call: %1</source>
        <translation>ผู้รับเวร: %1</translation>
    </message>
    <message>
        <source> · next: %1</source>
        <translation> · ถัดไป: %1</translation>
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
    <message>
        <source>Pin to the open incident</source>
        <translation>ปักหมุดไว้ในอุบัติการณ์ที่เปิดอยู่</translation>
    </message>
    <message>
        <source>Adds the panel as it looks now to the timeline of the open incident of this service</source>
        <translation>เพิ่มภาพแผงนี้ตามที่แสดงอยู่ตอนนี้ลงในไทม์ไลน์ของอุบัติการณ์ที่เปิดอยู่ของบริการนี้</translation>
    </message>
</context>
<context>
    <name>wk::ui::PostmortemEditor</name>
    <message>
        <source>Loading the incident…</source>
        <translation>กำลังโหลดอุบัติการณ์…</translation>
    </message>
    <message>
        <source>Cannot open the incident: %1</source>
        <translation>เปิดอุบัติการณ์ไม่ได้: %1</translation>
    </message>
    <message>
        <source>The postmortem template cannot be used, so exports use the built-in one: %1</source>
        <translation>ใช้เทมเพลต postmortem ไม่ได้ การส่งออกจึงใช้เทมเพลตในตัวแทน: %1</translation>
    </message>
    <message>
        <source>The incident is not resolved: its duration and MTTR are filled in once it is.</source>
        <translation>อุบัติการณ์ยังไม่ได้แก้ไข: ระยะเวลาและ MTTR จะถูกกรอกให้เมื่อแก้ไขแล้ว</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>บันทึกแล้วเมื่อ %1</translation>
    </message>
    <message>
        <source>A new draft: it is saved as you type.</source>
        <translation>ฉบับร่างใหม่: ระบบจะบันทึกให้ระหว่างที่คุณพิมพ์</translation>
    </message>
    <message>
        <source>not resolved yet</source>
        <translation>ยังไม่ได้แก้ไข</translation>
    </message>
    <message>
        <source>%1 · Commander: %2 · MTTA %3 · MTTR %4</source>
        <translation>%1 · ผู้บัญชาการ: %2 · MTTA %3 · MTTR %4</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>ไม่มีใคร</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>ไม่ทราบ</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>กำลังบันทึก…</translation>
    </message>
    <message>
        <source>Not saved: the incident store is closed</source>
        <translation>ไม่ได้บันทึก: ที่เก็บอุบัติการณ์ปิดอยู่</translation>
    </message>
    <message>
        <source>Not saved: %1 — retrying</source>
        <translation>ไม่ได้บันทึก: %1 — กำลังลองใหม่</translation>
    </message>
    <message>
        <source>Export the postmortem as Markdown</source>
        <translation>ส่งออก postmortem เป็น Markdown</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Export Markdown</source>
        <translation>ส่งออก Markdown</translation>
    </message>
    <message>
        <source>The postmortem was not exported: %1</source>
        <translation>ส่งออก postmortem ไม่สำเร็จ: %1</translation>
    </message>
    <message>
        <source>Export the postmortem as PDF</source>
        <translation>ส่งออก postmortem เป็น PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>ส่งออก PDF</translation>
    </message>
    <message>
        <source>Postmortem of incident #%1</source>
        <translation>Postmortem ของอุบัติการณ์ #%1</translation>
    </message>
    <message>
        <source>Export Markdown…</source>
        <translation>ส่งออก Markdown…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>ส่งออก PDF…</translation>
    </message>
    <message>
        <source>What happened, in a few sentences</source>
        <translation>เกิดอะไรขึ้น สรุปในไม่กี่ประโยค</translation>
    </message>
    <message>
        <source>Who was affected, and how</source>
        <translation>ใครได้รับผลกระทบ และได้รับผลกระทบอย่างไร</translation>
    </message>
    <message>
        <source>The share of the error budget burned, where an SLO applies</source>
        <translation>สัดส่วนของงบข้อผิดพลาดที่ถูกเผาผลาญ ในกรณีที่มี SLO กำกับ</translation>
    </message>
    <message>
        <source>Why it happened</source>
        <translation>ทำไมจึงเกิดขึ้น</translation>
    </message>
    <message>
        <source>What made it stop</source>
        <translation>อะไรทำให้ปัญหาหยุดลง</translation>
    </message>
    <message>
        <source>What went well, what did not, where we were lucky</source>
        <translation>อะไรที่ทำได้ดี อะไรที่ยังไม่ดี และตรงไหนที่เราโชคดี</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>ผลกระทบ</translation>
    </message>
    <message>
        <source>Users affected:</source>
        <translation>ผู้ใช้ที่ได้รับผลกระทบ:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>ระยะเวลา:</translation>
    </message>
    <message>
        <source>SLO budget burned:</source>
        <translation>งบ SLO ที่ถูกเผาผลาญ:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ชื่อเรื่อง</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>สรุป</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>สาเหตุที่แท้จริง</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>การแก้ไข</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>บทเรียนที่ได้รับ</translation>
    </message>
    <message>
        <source>Ticked events go in the postmortem. Times are UTC.</source>
        <translation>เหตุการณ์ที่ทำเครื่องหมายไว้จะอยู่ใน postmortem เวลาทั้งหมดเป็น UTC</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>ไทม์ไลน์</translation>
    </message>
    <message>
        <source>Add action item</source>
        <translation>เพิ่มรายการที่ต้องทำ</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>รายการที่ต้องทำ</translation>
    </message>
</context>
<context>
    <name>wk::ui::PostmortemTimelineModel</name>
    <message>
        <source>%1  %2: %3</source>
        <translation>%1  %2: %3</translation>
    </message>
    <message>
        <source>%1 UTC, %2
%3</source>
        <translation>%1 UTC, %2
%3</translation>
    </message>
</context>
<context>
    <name>wk::ui::ReportFilterBar</name>
    <message>
        <source>Team %1</source>
        <translation>ทีม %1</translation>
    </message>
    <message>
        <source>Service %1</source>
        <translation>บริการ %1</translation>
    </message>
    <message>
        <source>Backend %1</source>
        <translation>แบ็กเอนด์ %1</translation>
    </message>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>%n วันล่าสุด</numerusform>
        </translation>
    </message>
    <message>
        <source>From - to (UTC)</source>
        <translation>ตั้งแต่ - ถึง (UTC)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>ช่วงเวลา</translation>
    </message>
    <message>
        <source>From</source>
        <translation>ตั้งแต่</translation>
    </message>
    <message>
        <source>To</source>
        <translation>ถึง</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>ทีม</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>ความสำคัญ</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>บริการ</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>แบ็กเอนด์</translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation>ทุกระดับความสำคัญ</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>ทุกทีม</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>ทุกบริการ</translation>
    </message>
    <message>
        <source>All backends</source>
        <translation>ทุกแบ็กเอนด์</translation>
    </message>
</context>
<context>
    <name>wk::ui::ReportView</name>
    <message>
        <source>Refresh</source>
        <translation>รีเฟรช</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>ส่งออก CSV…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>ส่งออก PDF…</translation>
    </message>
    <message>
        <source>One CSV file per table, in a folder you choose</source>
        <translation>ไฟล์ CSV หนึ่งไฟล์ต่อหนึ่งตาราง ในโฟลเดอร์ที่คุณเลือก</translation>
    </message>
    <message>
        <source>The whole report with its charts, on A4</source>
        <translation>รายงานฉบับเต็มพร้อมกราฟ บนกระดาษ A4</translation>
    </message>
    <message>
        <source>How the figures are computed</source>
        <translation>วิธีคำนวณตัวเลข</translation>
    </message>
    <message>
        <source>No alert archive: the console could not open archive.sqlite in its data folder.</source>
        <translation>ไม่มีคลังการแจ้งเตือน: คอนโซลเปิด archive.sqlite ในโฟลเดอร์ข้อมูลไม่ได้</translation>
    </message>
    <message>
        <source>Updating… (showing the previous report)</source>
        <translation>กำลังอัปเดต… (แสดงรายงานก่อนหน้า)</translation>
    </message>
    <message>
        <source>Reading the archive…</source>
        <translation>กำลังอ่านคลังการแจ้งเตือน…</translation>
    </message>
    <message>
        <source>Cannot read the archive: %1. Showing the previous report.</source>
        <translation>อ่านคลังการแจ้งเตือนไม่ได้: %1 จึงแสดงรายงานก่อนหน้า</translation>
    </message>
    <message>
        <source>Cannot read the archive: %1</source>
        <translation>อ่านคลังการแจ้งเตือนไม่ได้: %1</translation>
    </message>
    <message>
        <source>No archived alert in this period matches: the console archives every alert it polls, and `watchkeeper archive import` brings in the alert service&apos;s history.</source>
        <translation>ไม่มีการแจ้งเตือนในคลังที่ตรงกันในช่วงเวลานี้: คอนโซลจะเก็บการแจ้งเตือนทุกรายการที่ดึงมา และ `watchkeeper archive import` จะนำเข้าประวัติจากระบบแจ้งเตือน</translation>
    </message>
    <message numerus="yes">
        <source>%1 alerts (%2 closed) over %n week(s); computed in %3 ms.</source>
        <translation>
            <numerusform>การแจ้งเตือน %1 รายการ (ปิดแล้ว %2) ในช่วง %n สัปดาห์ คำนวณใน %3 มิลลิวินาที</numerusform>
        </translation>
    </message>
    <message>
        <source>MTTA mean</source>
        <translation>MTTA เฉลี่ย</translation>
    </message>
    <message>
        <source>median %1; target under 5m</source>
        <translation>มัธยฐาน %1; เป้าหมาย: ต่ำกว่า 5m</translation>
    </message>
    <message>
        <source>MTTR median</source>
        <translation>MTTR มัธยฐาน</translation>
    </message>
    <message>
        <source>p95 %1</source>
        <translation>p95 %1</translation>
    </message>
    <message>
        <source>Escalation rate</source>
        <translation>อัตราการส่งต่อ</translation>
    </message>
    <message>
        <source>target: under 10 %</source>
        <translation>เป้าหมาย: ต่ำกว่า 10 %</translation>
    </message>
    <message>
        <source>False-positive rate</source>
        <translation>อัตรา false positive</translation>
    </message>
    <message>
        <source>target: under 5 %</source>
        <translation>เป้าหมาย: ต่ำกว่า 5 %</translation>
    </message>
    <message>
        <source>Busiest team week</source>
        <translation>สัปดาห์ที่หนักที่สุดของทีม</translation>
    </message>
    <message>
        <source>target: under %1</source>
        <translation>เป้าหมาย: ต่ำกว่า %1</translation>
    </message>
    <message>
        <source>Sleep-hour pages</source>
        <translation>การเรียกตัวในเวลานอน</translation>
    </message>
    <message>
        <source>%1 of all</source>
        <translation>%1 ของทั้งหมด</translation>
    </message>
    <message>
        <source>there is no report yet</source>
        <translation>ยังไม่มีรายงาน</translation>
    </message>
    <message>
        <source>Alert report</source>
        <translation>รายงานการแจ้งเตือน</translation>
    </message>
    <message>
        <source>Export the report&apos;s tables as CSV</source>
        <translation>ส่งออกตารางของรายงานเป็น CSV</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>ส่งออก CSV</translation>
    </message>
    <message>
        <source>Tables written to %1.</source>
        <translation>เขียนตารางไปที่ %1 แล้ว</translation>
    </message>
    <message>
        <source>Export the report as PDF</source>
        <translation>ส่งออกรายงานเป็น PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>ส่งออก PDF</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>เขียนรายงานไปที่ %1 แล้ว</translation>
    </message>
</context>
<context>
    <name>wk::ui::ReportsWindow</name>
    <message>
        <source>Report</source>
        <translation>รายงาน</translation>
    </message>
    <message>
        <source>History</source>
        <translation>ประวัติ</translation>
    </message>
    <message>
        <source>Every archived alert: search, filter, and what happened to each, with who</source>
        <translation>การแจ้งเตือนทุกรายการในคลัง: ค้นหา กรอง และดูว่าเกิดอะไรขึ้นกับแต่ละรายการ โดยใคร</translation>
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
    <name>wk::ui::RunbookChecklistModel</name>
    <message>
        <source>Saving…</source>
        <translation>กำลังบันทึก…</translation>
    </message>
    <message>
        <source>Unticking…</source>
        <translation>กำลังยกเลิกเครื่องหมาย…</translation>
    </message>
    <message>
        <source>Done by %1 at %2</source>
        <translation>ทำเสร็จโดย %1 เมื่อ %2</translation>
    </message>
    <message>
        <source>has a script</source>
        <translation>มีสคริปต์</translation>
    </message>
    <message>
        <source>Expected: %1</source>
        <translation>ผลที่คาดหวัง: %1</translation>
    </message>
</context>
<context>
    <name>wk::ui::RunbookPanel</name>
    <message>
        <source>Run script…</source>
        <translation>รันสคริปต์…</translation>
    </message>
    <message>
        <source>Could not tick “%1”: %2</source>
        <translation>ทำเครื่องหมาย “%1” ไม่สำเร็จ: %2</translation>
    </message>
    <message>
        <source>Could not untick “%1”: %2</source>
        <translation>ยกเลิกเครื่องหมาย “%1” ไม่สำเร็จ: %2</translation>
    </message>
    <message>
        <source>The script&apos;s result could not be added to the timeline: the incident store is closed.</source>
        <translation>เพิ่มผลของสคริปต์ลงในไทม์ไลน์ไม่ได้: ที่เก็บอุบัติการณ์ปิดอยู่</translation>
    </message>
    <message>
        <source>The script&apos;s result could not be added to the timeline: %1</source>
        <translation>เพิ่มผลของสคริปต์ลงในไทม์ไลน์ไม่ได้: %1</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>ประมาณ %1</translation>
    </message>
    <message>
        <source>1 step</source>
        <translation>1 ขั้นตอน</translation>
    </message>
    <message>
        <source>%1 steps</source>
        <translation>%1 ขั้นตอน</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>ก่อนเริ่ม</translation>
    </message>
    <message>
        <source>Escalate to:</source>
        <translation>ส่งต่อถึง:</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>เสร็จแล้ว %1 จาก %2</translation>
    </message>
    <message>
        <source>Shows the script and where it would run; nothing runs until you confirm.</source>
        <translation>แสดงสคริปต์และตำแหน่งที่จะรัน จะยังไม่มีอะไรทำงานจนกว่าคุณจะยืนยัน</translation>
    </message>
    <message>
        <source>Open an incident first: a script&apos;s output and exit code go into its timeline.</source>
        <translation>เปิดอุบัติการณ์ก่อน: เอาต์พุตและรหัสออก (exit code) ของสคริปต์จะถูกเก็บในไทม์ไลน์ของอุบัติการณ์นั้น</translation>
    </message>
    <message>
        <source>Select a step to see what to do.</source>
        <translation>เลือกขั้นตอนเพื่อดูว่าต้องทำอะไร</translation>
    </message>
    <message>
        <source>Do:</source>
        <translation>สิ่งที่ต้องทำ:</translation>
    </message>
    <message>
        <source>Expected:</source>
        <translation>ผลที่คาดหวัง:</translation>
    </message>
    <message>
        <source>If not:</source>
        <translation>หากไม่เป็นไปตามคาด:</translation>
    </message>
    <message>
        <source>Script:</source>
        <translation>สคริปต์:</translation>
    </message>
    <message>
        <source>Last run: %1, by %2 at %3</source>
        <translation>รันล่าสุด: %1 โดย %2 เมื่อ %3</translation>
    </message>
    <message>
        <source>Open an incident to keep progress: ticks are kept in its timeline.</source>
        <translation>เปิดอุบัติการณ์เพื่อเก็บความคืบหน้า: เครื่องหมายที่ทำไว้จะถูกเก็บในไทม์ไลน์ของอุบัติการณ์</translation>
    </message>
    <message>
        <source>No runbook for this alert</source>
        <translation>ไม่มี runbook สำหรับการแจ้งเตือนนี้</translation>
    </message>
    <message>
        <source>No runbook matches the selected alert.</source>
        <translation>ไม่มี runbook ที่ตรงกับการแจ้งเตือนที่เลือก</translation>
    </message>
    <message>
        <source>To bind one, set &lt;code&gt;alert_rule_id&lt;/code&gt; in a runbook file to the alert&apos;s rule name (its &lt;code&gt;alertname&lt;/code&gt;), or link it from the alert&apos;s runbook URL as &lt;code&gt;runbook:ID&lt;/code&gt;. Runbook files are read from the folders listed under &lt;code&gt;runbooks:&lt;/code&gt; in the workspace.</source>
        <translation>หากต้องการผูก runbook ให้ตั้งค่า &lt;code&gt;alert_rule_id&lt;/code&gt; ในไฟล์ runbook เป็นชื่อกฎของการแจ้งเตือน (ค่า &lt;code&gt;alertname&lt;/code&gt;) หรือลิงก์จาก runbook URL ของการแจ้งเตือนในรูปแบบ &lt;code&gt;runbook:ID&lt;/code&gt; ระบบจะอ่านไฟล์ runbook จากโฟลเดอร์ที่ระบุไว้ใต้ &lt;code&gt;runbooks:&lt;/code&gt; ในเวิร์กสเปซ</translation>
    </message>
</context>
<context>
    <name>wk::ui::ScriptConfirmDialog</name>
    <message>
        <source>Run a runbook script</source>
        <translation>รันสคริปต์ของ runbook</translation>
    </message>
    <message>
        <source>Run the script of “%1”?</source>
        <translation>รันสคริปต์ของ “%1” หรือไม่?</translation>
    </message>
    <message>
        <source>Nothing runs until you press Run. Read the script first: it runs exactly as shown, stops at the first command that fails, and its output and exit code go into the incident&apos;s timeline.</source>
        <translation>จะยังไม่มีอะไรทำงานจนกว่าคุณจะกด “รัน” โปรดอ่านสคริปต์ก่อน: สคริปต์จะรันตรงตามที่แสดงทุกประการ หยุดที่คำสั่งแรกที่ล้มเหลว และเอาต์พุตกับรหัสออก (exit code) จะถูกเก็บในไทม์ไลน์ของอุบัติการณ์</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>เอาต์พุต</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>รัน</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>หยุด</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>สคริปต์</translation>
    </message>
    <message>
        <source>Machine:</source>
        <translation>เครื่อง:</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>บัญชีผู้ใช้:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>โฟลเดอร์:</translation>
    </message>
    <message>
        <source>Shell:</source>
        <translation>เชลล์:</translation>
    </message>
    <message>
        <source>%1, then it is stopped</source>
        <translation>%1 จากนั้นจะถูกหยุด</translation>
    </message>
    <message>
        <source>Timeout:</source>
        <translation>เวลาจำกัด:</translation>
    </message>
    <message>
        <source>nothing added</source>
        <translation>ไม่ได้เพิ่มอะไร</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>ตัวแปรสภาพแวดล้อม:</translation>
    </message>
    <message>
        <source>Running the script of “%1”</source>
        <translation>กำลังรันสคริปต์ของ “%1”</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>กำลังหยุด…</translation>
    </message>
    <message>
        <source>Running for %1 s of at most %2</source>
        <translation>รันมาแล้ว %1 วินาที จากสูงสุด %2</translation>
    </message>
    <message>
        <source>The script of “%1”</source>
        <translation>สคริปต์ของ “%1”</translation>
    </message>
    <message>
        <source>took %1</source>
        <translation>ใช้เวลา %1</translation>
    </message>
    <message>
        <source>the timeline keeps the last %1 KiB of the output</source>
        <translation>ไทม์ไลน์เก็บเอาต์พุตไว้เฉพาะ %1 KiB สุดท้าย</translation>
    </message>
</context>
<context>
    <name>wk::ui::ShortcutHelpOverlay</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>คีย์ลัด</translation>
    </message>
    <message>
        <source>They work while the alert table has the focus. Esc or ? closes this.</source>
        <translation>ใช้ได้เมื่อตารางการแจ้งเตือนมีโฟกัส กด Esc หรือ ? เพื่อปิดหน้านี้</translation>
    </message>
</context>
<context>
    <name>wk::ui::SloAlertsModel</name>
    <message>
        <source>%1: no traffic</source>
        <translation>%1: ไม่มีทราฟฟิก</translation>
    </message>
    <message>
        <source>%1: %2 errors, burn %3×</source>
        <translation>%1: ข้อผิดพลาด %2, อัตราเผาผลาญ %3×</translation>
    </message>
    <message>
        <source>page</source>
        <translation>เรียกตัว</translation>
    </message>
    <message>
        <source>ticket</source>
        <translation>ตั๋วงาน</translation>
    </message>
    <message>
        <source>FIRING</source>
        <translation>กำลังแจ้งเตือน</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ปกติ</translation>
    </message>
    <message>
        <source>Fires when the error ratio over both windows is above %1 × %2 = %3</source>
        <translation>แจ้งเตือนเมื่ออัตราข้อผิดพลาดในทั้งสองช่วงเกิน %1 × %2 = %3</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>ความรุนแรง</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>ช่วงเวลา</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>ตัวคูณ</translation>
    </message>
    <message>
        <source>Short window</source>
        <translation>ช่วงสั้น</translation>
    </message>
    <message>
        <source>Long window</source>
        <translation>ช่วงยาว</translation>
    </message>
    <message>
        <source>State</source>
        <translation>สถานะ</translation>
    </message>
</context>
<context>
    <name>wk::ui::SloTableModel</name>
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
        <source>%1 days</source>
        <translation>%1 วัน</translation>
    </message>
    <message>
        <source>%1 days · %2</source>
        <translation>%1 วัน · %2</translation>
    </message>
    <message>
        <source>⚠ stale since %1 — %2</source>
        <translation>⚠ ข้อมูลเก่าตั้งแต่ %1 — %2</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>กำลังโหลด…</translation>
    </message>
    <message>
        <source>no traffic</source>
        <translation>ไม่มีทราฟฟิก</translation>
    </message>
    <message>
        <source>not burning</source>
        <translation>ไม่ได้เผาผลาญ</translation>
    </message>
    <message>
        <source>spent</source>
        <translation>ใช้หมดแล้ว</translation>
    </message>
    <message>
        <source>FIRING</source>
        <translation>กำลังแจ้งเตือน</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ปกติ</translation>
    </message>
    <message>
        <source>How long the remaining budget lasts if the last hour&apos;s burn rate goes on.</source>
        <translation>งบข้อผิดพลาดที่เหลือจะอยู่ได้นานเท่าใด หากอัตราเผาผลาญของชั่วโมงที่ผ่านมายังคงเดิม</translation>
    </message>
    <message>
        <source>SLO</source>
        <translation>SLO</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>เป้าหมาย</translation>
    </message>
    <message>
        <source>Period · alerts</source>
        <translation>ระยะเวลา · การแจ้งเตือน</translation>
    </message>
    <message>
        <source>Budget left</source>
        <translation>งบที่เหลือ</translation>
    </message>
    <message>
        <source>Burn (1h)</source>
        <translation>อัตราเผาผลาญ (1 ชม.)</translation>
    </message>
    <message>
        <source>Spent in</source>
        <translation>หมดใน</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>เรียกตัว</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>ตั๋วงาน</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>อัปเดต</translation>
    </message>
    <message>
        <source>over a year</source>
        <translation>นานกว่าหนึ่งปี</translation>
    </message>
</context>
<context>
    <name>wk::ui::SloTierWidget</name>
    <message>
        <source>Why the remaining budget does not start again at 100 %: the period is a rolling window, not a calendar month. The budget left is measured over the last %1 as of now, so errors from three weeks ago still count until they slide out of the window, and a quiet night only brings budget back as old errors leave it. An alert fires when the burn rate over both of its windows is above its factor: the long window says the problem is real, the short one that it is still happening.</source>
        <translation>ทำไมงบที่เหลือจึงไม่กลับไปเริ่มที่ 100 %: ระยะเวลาเป็นหน้าต่างเลื่อน ไม่ใช่เดือนตามปฏิทิน งบที่เหลือวัดจากช่วง %1 ล่าสุดนับจากตอนนี้ ข้อผิดพลาดเมื่อสามสัปดาห์ก่อนจึงยังนับอยู่จนกว่าจะเลื่อนออกจากหน้าต่าง และคืนที่เงียบสงบจะคืนงบได้ก็ต่อเมื่อข้อผิดพลาดเก่าหลุดออกไป การแจ้งเตือนจะทำงานเมื่ออัตราเผาผลาญในทั้งสองช่วงเกินตัวคูณ: ช่วงยาวบอกว่าปัญหามีจริง ช่วงสั้นบอกว่ายังเกิดอยู่</translation>
    </message>
    <message>
        <source>No SLOs in this workspace</source>
        <translation>ไม่มี SLO ในพื้นที่ทำงานนี้</translation>
    </message>
    <message>
        <source>Select an SLO</source>
        <translation>เลือก SLO</translation>
    </message>
    <message>
        <source>1 − good / total</source>
        <translation>1 − สำเร็จ / ทั้งหมด</translation>
    </message>
    <message>
        <source>errors / total</source>
        <translation>ข้อผิดพลาด / ทั้งหมด</translation>
    </message>
    <message>
        <source>Objective %1 over a rolling %2 · error budget %3 of requests · SLI %4 · %5 alert windows</source>
        <translation>เป้าหมาย %1 ในหน้าต่างเลื่อน %2 · งบข้อผิดพลาด %3 ของคำขอ · SLI %4 · ช่วงแจ้งเตือนแบบ %5</translation>
    </message>
    <message>
        <source>Budget left: &lt;b&gt;%1&lt;/b&gt; (error ratio over the period %2)</source>
        <translation>งบที่เหลือ: &lt;b&gt;%1&lt;/b&gt; (อัตราข้อผิดพลาดตลอดระยะเวลา %2)</translation>
    </message>
    <message>
        <source> · the budget is spent</source>
        <translation> · งบใช้หมดแล้ว</translation>
    </message>
    <message>
        <source> · at the last hour&apos;s burn it is spent in &lt;b&gt;%1&lt;/b&gt;</source>
        <translation> · ด้วยอัตราเผาผลาญของชั่วโมงที่ผ่านมา งบจะหมดใน &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source> · not burning now</source>
        <translation> · ขณะนี้ไม่ได้เผาผลาญ</translation>
    </message>
    <message>
        <source>No traffic over the period: no budget has been used.</source>
        <translation>ไม่มีทราฟฟิกตลอดระยะเวลา: ยังไม่ได้ใช้งบเลย</translation>
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
<context>
    <name>wk::ui::TimelineModel</name>
    <message>
        <source>Now reads: %1</source>
        <translation>ข้อความปัจจุบัน: %1</translation>
    </message>
    <message>
        <source>Double-click to open the snapshot.</source>
        <translation>ดับเบิลคลิกเพื่อเปิดสแนปช็อต</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>เวลา</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>ผู้ดำเนินการ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>สิ่งที่เกิดขึ้น</translation>
    </message>
    <message>
        <source>%1 (edited: see entry %2)</source>
        <translation>%1 (แก้ไขแล้ว: ดูรายการ %2)</translation>
    </message>
</context>
<context>
    <name>wk::ui::WarRoomWindow</name>
    <message>
        <source>War room: incident #%1</source>
        <translation>วอร์รูม: อุบัติการณ์ #%1</translation>
    </message>
    <message>
        <source>Esc leaves the war room</source>
        <translation>กด Esc เพื่อออกจากวอร์รูม</translation>
    </message>
    <message>
        <source>lasted %1</source>
        <translation>กินเวลา %1</translation>
    </message>
    <message>
        <source>Commander: &lt;b&gt;NOBODY&lt;/b&gt; — someone take command</source>
        <translation>ผู้บัญชาการ: &lt;b&gt;ไม่มีใคร&lt;/b&gt; — ต้องมีคนรับเป็นผู้บัญชาการ</translation>
    </message>
    <message>
        <source>Commander: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>ผู้บัญชาการ: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>On call: %1</source>
        <translation>ผู้รับเวร: %1</translation>
    </message>
    <message>
        <source>✓ Alert %1 closed</source>
        <translation>✓ การแจ้งเตือน %1 ปิดแล้ว</translation>
    </message>
    <message>
        <source>✓ Alert %1 acknowledged by &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>✓ การแจ้งเตือน %1 รับทราบโดย &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>✗ Alert %1 &lt;b&gt;NOT ACKNOWLEDGED&lt;/b&gt;</source>
        <translation>✗ การแจ้งเตือน %1 &lt;b&gt;ยังไม่มีผู้รับทราบ&lt;/b&gt;</translation>
    </message>
</context>
</TS>
