<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActionDialogs</name>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze %1 until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>09:00 tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate %1 to the escalation policy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign %1 to (user name):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags for %1, separated by commas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Close %n alerts?</source>
        <translation>
            <numerusform>Close %n alert?</numerusform>
            <numerusform>Close %n alerts?</numerusform>
        </translation>
    </message>
    <message>
        <source>Each is closed at the alert service for everyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Close %n alerts</source>
        <translation>
            <numerusform>Close %n alert</numerusform>
            <numerusform>Close %n alerts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertText</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledging…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unacknowledging…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not acknowledge: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not unacknowledge: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not close: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not escalate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add the note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not snooze: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not assign: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unacknowledged &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added a note to &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozed &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not acknowledge &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not unacknowledge &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not close &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not escalate &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add a note to &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not snooze &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not assign &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>primary on call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escalated to level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding tags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add tags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tagged &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not tag &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unacknowledged at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note added at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozed at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tagged at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (confirmed by the alert service)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A heartbeat alert is read-only: an expired heartbeat is fixed by restarting the pipeline that should ping it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Acknowledged %n alerts</source>
        <translation>
            <numerusform>Acknowledged %n alert</numerusform>
            <numerusform>Acknowledged %n alerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 could not be acknowledged: %2</source>
        <translation>
            <numerusform>%n of %1 could not be acknowledged: %2</numerusform>
            <numerusform>%n of %1 could not be acknowledged: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unacknowledged %n alerts</source>
        <translation>
            <numerusform>Unacknowledged %n alert</numerusform>
            <numerusform>Unacknowledged %n alerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 could not be unacknowledged: %2</source>
        <translation>
            <numerusform>%n of %1 could not be unacknowledged: %2</numerusform>
            <numerusform>%n of %1 could not be unacknowledged: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Closed %n alerts</source>
        <translation>
            <numerusform>Closed %n alert</numerusform>
            <numerusform>Closed %n alerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 could not be closed: %2</source>
        <translation>
            <numerusform>%n of %1 could not be closed: %2</numerusform>
            <numerusform>%n of %1 could not be closed: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Escalated %n alerts</source>
        <translation>
            <numerusform>Escalated %n alert</numerusform>
            <numerusform>Escalated %n alerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 could not be escalated: %2</source>
        <translation>
            <numerusform>%n of %1 could not be escalated: %2</numerusform>
            <numerusform>%n of %1 could not be escalated: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added a note to %n alerts</source>
        <translation>
            <numerusform>Added a note to %n alert</numerusform>
            <numerusform>Added a note to %n alerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 could not be given the note: %2</source>
        <translation>
            <numerusform>%n of %1 could not be given the note: %2</numerusform>
            <numerusform>%n of %1 could not be given the note: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Snoozed %n alerts</source>
        <translation>
            <numerusform>Snoozed %n alert</numerusform>
            <numerusform>Snoozed %n alerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 could not be snoozed: %2</source>
        <translation>
            <numerusform>%n of %1 could not be snoozed: %2</numerusform>
            <numerusform>%n of %1 could not be snoozed: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assigned %n alerts</source>
        <translation>
            <numerusform>Assigned %n alert</numerusform>
            <numerusform>Assigned %n alerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 could not be assigned: %2</source>
        <translation>
            <numerusform>%n of %1 could not be assigned: %2</numerusform>
            <numerusform>%n of %1 could not be assigned: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tagged %n alerts</source>
        <translation>
            <numerusform>Tagged %n alert</numerusform>
            <numerusform>Tagged %n alerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 could not be tagged: %2</source>
        <translation>
            <numerusform>%n of %1 could not be tagged: %2</numerusform>
            <numerusform>%n of %1 could not be tagged: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArchiveText</name>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to level %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentText</name>
    <message>
        <source>Acknowledged alert %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unacknowledged alert %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed alert %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated alert %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozed alert %1 until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned alert %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added a note to alert %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on alert %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: FAILED (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert %1 acknowledged in the alert service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert %1 closed in the alert service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on alert %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 back to normal at %2 (line %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rose above %2 (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fell below %2 (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script of step %1 timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script of step %1 was stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script of step %1 exited with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical: customers cannot use the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>major: a core function is degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minor: partial or internal impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low: little or no visible impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alerting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened &quot;%1&quot; as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nobody now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked alert %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited note %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runbook step %1 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runbook step %1 not done after all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotificationText</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) open, highest %1</source>
        <translation>
            <numerusform>%n alert open, highest %1</numerusform>
            <numerusform>%n alerts open, highest %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new alert(s), highest %1</source>
        <translation>
            <numerusform>%n new alert, highest %1</numerusform>
            <numerusform>%n new alerts, highest %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) still unacknowledged, highest %1</source>
        <translation>
            <numerusform>%n alert still unacknowledged, highest %1</numerusform>
            <numerusform>%n alerts still unacknowledged, highest %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 new and %2 still unacknowledged alerts, highest %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (raised): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 still open: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Raised from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watchkeeper: no open alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 P1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 P2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watchkeeper: %1 open, unacknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watchkeeper: %1 open, unacknowledged (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportChartText</name>
    <message>
        <source>MTTA per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTTR per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts per team per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target: under %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interruptions (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>business hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evenings and weekends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sleep hours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPdfText</name>
    <message>
        <source>Nothing in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All archived alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every team, priority and service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated %1 by Watchkeeper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 alerts, %2 closed, %3 open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume and interruptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the figures are computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF writer produced nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False-positive rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts in the busiest team week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; %1 per team per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTTA (mean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTTR of P1 (mean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTTR of P2 (mean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets from the on-call handbook; a rate with no closed alert has no data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTTA and MTTR per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTTA mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTTA median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTTA p95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTTR mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTTR median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTTR p95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed alerts by the ISO week (UTC) they were created in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By priority and team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed without action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An alert counts once for each of its teams, so team rows can add up to more than all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts per team per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every alert, open ones too, by the ISO week (UTC) of its creation; target under %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks over target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interruptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evenings and weekends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleep hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleep share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts by the on-call time zone&apos;s wall clock (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noisiest alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median time to close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts grouped by their message, most frequent first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLO compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget burned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achieved = 1 - the error ratio over the whole period; budget burned is of the SLO&apos;s own period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MISSED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time from creation to the first acknowledgement (report.ackTime), over closed alerts only, as Opsgenie&apos;s reports compute it; an alert closed without an acknowledgement uses its close time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time from creation to close (report.closeTime), over the same closed alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median (p50) and p95 interpolate linearly between ranks (rank = p x (n - 1), numpy.percentile&apos;s default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>createdAt minus the time the condition began, for closed alerts that carry one: firstOccurredAt, or details/extraProperties firstOccurredAt, startsAt or occurredAt (ISO 8601 or epoch ms); a time after createdAt (clock skew) counts as 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escalated alerts / closed alerts; escalated: a responder of type escalation, a tag &quot;escalated&quot;, details.escalated = true or an escalation seen by the console or in the imported activity log; target under 10 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed alerts never acknowledged, with no owner, and not closed by a person (closedBy is not a username: &quot;System&quot;, an integration or empty): they went away on their own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed without action / closed alerts: the share of alerts nobody needed to act on; target under 5 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an alert counts once for each of its teams, so team rows can add up to more than all; alerts without a team are under &quot;(no team)&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every alert, open ones too, by the ISO 8601 week of its createdAt in UTC; target under 20 per team per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTTA and MTTR of the closed alerts created in each ISO week (UTC); a week with no closed alert has no figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every alert at its createdAt on the on-call time zone&apos;s wall clock: business hours 08:00-18:00 Monday-Friday, sleep hours 22:00-08:00 every day, evenings and weekends the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alerts grouped by their message, most frequent first, with how many closed without action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 - the SLO&apos;s error ratio over the whole period, asked of its source; met when at or above the objective; budget burned = error ratio x period / ((1 - objective) x the SLO&apos;s own period)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alerts that cannot be used (no createdAt, a negative or non-numeric ackTime, a closed alert without closeTime, ...) are skipped and listed; the command fails only when no alert is usable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot make the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer from the source in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no source &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunbookText</name>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed out after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exited with code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended by a signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>script timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>script stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>script exited with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>script did not finish</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tiers</name>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLOs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UiText</name>
    <message>
        <source>cannot reach the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server answered with an error (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API key was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate limited; retrying later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the query is invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not supported by this source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file could not be read or written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file was written by a newer Watchkeeper</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Watchkeeper: the on-call console for machine-learning services.
With nothing configured it opens on the embedded demo fleet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the embedded demo fleet, whatever is configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read dashboards from &lt;file&gt; instead of the configured or built-in workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log levels, e.g. &quot;info&quot; or &quot;info,net=debug&quot; (trace, debug, info, warn, error, off).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface language (en, th).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name recorded on your actions (default: $USER).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit after &lt;seconds&gt; (scripted runs and measurements).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read:

%2

The built-in workspace is shown instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert service: %1. Alerts come from %2 instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opsgenie API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSM Ops API token for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It will be stored in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available (%1): the key will be kept for this session only and asked for again next time. It is never written to a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2).

%3

%4:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action outbox %1 could not be opened (%2). Actions are sent, but one not yet confirmed when the console closes is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not everything could be connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident store %1 could not be opened (%2). Incidents cannot be opened or changed in this session; alerts and dashboards work as usual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents are not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alert archive is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alert archive %1 could not be opened (%2). The alerts of this session are not archived, and the Reports window cannot show the archive; alerts, actions and dashboards work as usual.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wk::ui::ActionItemsModel</name>
    <message>
        <source>No due date yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wk::ui::AlertActions</name>
    <message>
        <source>Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unacknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add tags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Applies to %1 of the %n selected alerts</source>
        <translation>
            <numerusform>Applies to %1 of the %n selected alert</numerusform>
            <numerusform>Applies to %1 of the %n selected alerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alerts</source>
        <translation>
            <numerusform>%n alert</numerusform>
            <numerusform>%n alerts</numerusform>
        </translation>
    </message>
    <message>
        <source>it could not be recorded (%1), so it was not sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wk::ui::AlertDetailView</name>
    <message>
        <source>Select an alert to see its details and act on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n occurrence(s)</source>
        <translation>
            <numerusform>%n occurrence</numerusform>
            <numerusform>%n occurrences</numerusform>
        </translation>
    </message>
    <message>
        <source>(waiting for the alert service to confirm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runbook:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On call for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min to acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wk::ui::AlertFilterBar</name>
    <message>
        <source>Filter alerts… (/)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words to look for in message, service, team, tags, owner, alias or id (/ or Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P1 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P1–P2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P1–P3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open, acknowledged and snoozed alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wk::ui::AlertHistoryDetailView</name>
    <message>
        <source>Alert id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition began</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2, %3 after creation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 after creation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no: still open when the console last saw it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes, beyond the primary on-call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading its history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an alert to see who acknowledged it, when it closed and everything in between.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No history was recorded for this alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>History: %n entry(s), oldest first</source>
        <translation>
            <numerusform>History: %n entry, oldest first</numerusform>
            <numerusform>History: %n entries, oldest first</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read its history: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wk::ui::AlertHistoryEntriesModel</name>
    <message>
        <source>+%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wk::ui::AlertHistoryFilterBar</name>
    <message>
        <source>Search message, #tiny id or alert id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words in the message (any case), or an alert&apos;s tiny id or full id (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From … to …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the alerts were created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day, included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day, included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide alerts that were still open when the console last saw them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wk::ui::AlertHistoryModel</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1
The condition began %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First acknowledged %1 by %2, %3 after it was created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still open when the console last saw it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed %1, %2 after it was created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated beyond the primary on-call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From creation to the first acknowledgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From creation to the close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to ack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wk::ui::AlertHistoryPage</name>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the archive again: alerts the console polled since (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alert archive is open, so there is no history to browse. The console keeps one in its data folder; see the log for why it could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln alert(s), showing the %1 newest</source>
        <translation>
            <numerusform>%Ln alert, showing the %1 newest</numerusform>
            <numerusform>%Ln alerts, showing the %1 newest</numerusform>
        </translation>
    </message>
    <message>
        <source>Narrow the search or the date range to see the older ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln alert(s)</source>
        <translation>
            <numerusform>%Ln alert</numerusform>
            <numerusform>%Ln alerts</numerusform>
        </translation>
    </message>
    <message>
        <source>No archived alerts yet: the console archives every alert it polls, and they show here once it has seen some.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alert matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alert matches “%1” with these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The archive holds %Ln alert(s): try a wider date range, other filters, or untick “Resolved only”.</source>
        <translation>
            <numerusform>The archive holds %Ln alert: try a wider date range, other filters, or untick “Resolved only”.</numerusform>
            <numerusform>The archive holds %Ln alerts: try a wider date range, other filters, or untick “Resolved only”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The archive holds %Ln alert(s): try a wider date range or other filters.</source>
        <translation>
            <numerusform>The archive holds %Ln alert: try a wider date range or other filters.</numerusform>
            <numerusform>The archive holds %Ln alerts: try a wider date range or other filters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the alert archive (%1); showing what it answered last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the alert archive: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wk::ui::AlertListWidget</name>
    <message numerus="yes">
        <source>No alerts match these filters (%n hidden).</source>
        <translation>
            <numerusform>No alerts match these filters (%n hidden).</numerusform>
            <numerusform>No alerts match these filters (%n hidden).</numerusform>
        </translation>
    </message>
    <message>
        <source>No alerts. All quiet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a note, snooze, assign, tag or unacknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>J  ↓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K  ↑</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift+J  Shift+K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend the selection down or up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select every alert shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/  Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the filter back to the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every action on the selected alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide these shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move and find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act on every selected alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n alerts selected; actions apply to each.</source>
        <translation>
            <numerusform>%n alert selected; actions apply to it.</numerusform>
            <numerusform>%n alerts selected; actions apply to each.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wk::ui::AlertNotifier</name>
    <message>
        <source>notifications: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wk::ui::AlertServiceNotice</name>
    <message>
        <source>Showing %1 of %2 alerts: narrow the query to see the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the first %1 alerts: narrow the query to see the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is rate limiting %2 requests until %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wk::ui::AlertTableModel</name>
    <message>
        <source>Waiting for the alert service to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged by %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occurrences of this alert: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last occurred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alert&apos;s short number, as people say it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who acknowledged the alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The teams the alert is routed to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the alert last fired again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last occurred %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wk::ui::AlertTableView</name>
    <message>
        <source>Default columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wk::ui::AlertTray</name>
    <message>
        <source>Show window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute notifications for 1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmute notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications muted until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notifications: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wk::ui::DesktopNotifier</name>
    <message>
        <source>no desktop notification service (no session bus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the desktop notification service does not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no desktop notification service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wk::ui::DriftHeatmap</name>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PSI %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No histogram data in the heatmap&apos;s range.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wk::ui::DriftTableModel</name>
    <message>
        <source>no data in one window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>major shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moderate shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population stability index over %1 buckets, with Evidently&apos;s filling of empty buckets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest gap between the two CDFs at the bucket bounds: the true KS statistic is at least this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area between the two CDFs, observations spread evenly inside each bucket, divided by the reference&apos;s standard deviation: an estimate from buckets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PSI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jensen-Shannon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KS (lower bound)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wasserstein (normed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PSI ≥ %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wk::ui::DriftView</name>
    <message>
        <source>PSI per %1 window over the last %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference: %1 · current: the last %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not read yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference: %1 · current: the last %2 min. Effect sizes only: with counts in the thousands, any shift would be &quot;significant&quot;, so no p-values.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wk::ui::IncidentDesk</name>
    <message>
        <source>The incidents could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The severity change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linking the alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The edited note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wk::ui::IncidentListModel</name>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commander</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wk::ui::IncidentView</name>
    <message>
        <source>No incident selected.

Open one from the alert list (select alerts, press I) or with &quot;New incident&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>War room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen for a big screen (F11); Esc leaves it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postmortem…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a note for the timeline: what you see, what you tried (Ctrl+Enter adds it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lasted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;No commander&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commander: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acknowledged by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alerts linked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the postmortem of this incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A postmortem is written once the incident is resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeline could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign a role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role (pick one or type your own):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is %1? (empty: nobody)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note keeps its words in the timeline; the edit is added after it, with your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, pinned at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acknowledged after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved after %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wk::ui::IncidentsPage</name>
    <message>
        <source>New incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an incident from scratch; to open one from alerts, select them in the alert list and press I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Incidents&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wk::ui::MainWindow</name>
    <message>
        <source>Watchkeeper — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poll every visible panel and the alerts now (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLOs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which alerts the list reads from the alert service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open incident…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an incident from the selected alerts (I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 % of the %3-day budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postmortem of incident #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned &quot;%1&quot; to incident #%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open incident is about %1: open one (select its alerts, press I) to pin panels to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link the selected alerts to the incident shown in the Incidents tier, or to the open incident of their service (Shift+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open incident to add the alerts to: open one with I.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts added to incident #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTTA, MTTR, volume, escalations and interruptions over the alert archive, and the history of resolved alerts (Ctrl+Shift+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1: the list could not be refreshed since %2 — %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the alerts as of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alerts have been read yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wk::ui::NewIncidentDialog</name>
    <message>
        <source>Open an incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong, as people will say it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident commander: the one person who decides. Empty: nobody yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fraud-detector, recommender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is an incident (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Commander</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ser&amp;vices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alerts: an incident from scratch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts linked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open incident</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wk::ui::OnCallStatus</name>
    <message>
        <source>%1 (%2): now %3; next %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On call: unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are on call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On call: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · next: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wk::ui::PanelWidget</name>
    <message>
        <source>loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ partly failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no series · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query answered, but returned no series.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ stale since %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing data from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin to the open incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds the panel as it looks now to the timeline of the open incident of this service</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wk::ui::PostmortemEditor</name>
    <message>
        <source>Loading the incident…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the incident: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The postmortem template cannot be used, so exports use the built-in one: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident is not resolved: its duration and MTTR are filled in once it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new draft: it is saved as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not resolved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · Commander: %2 · MTTA %3 · MTTR %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the incident store is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1 — retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the postmortem as Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The postmortem was not exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the postmortem as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postmortem of incident #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, in a few sentences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who was affected, and how</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of the error budget burned, where an SLO applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What made it stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went well, what did not, where we were lucky</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users affected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLO budget burned:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticked events go in the postmortem. Times are UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wk::ui::PostmortemTimelineModel</name>
    <message>
        <source>%1  %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 UTC, %2
%3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wk::ui::ReportFilterBar</name>
    <message>
        <source>Team %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backend %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>Last %n day</numerusform>
            <numerusform>Last %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>From - to (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All backends</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wk::ui::ReportView</name>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One CSV file per table, in a folder you choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole report with its charts, on A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the figures are computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alert archive: the console could not open archive.sqlite in its data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating… (showing the previous report)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the archive: %1. Showing the previous report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the archive: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No archived alert in this period matches: the console archives every alert it polls, and `watchkeeper archive import` brings in the alert service&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 alerts (%2 closed) over %n week(s); computed in %3 ms.</source>
        <translation>
            <numerusform>%1 alerts (%2 closed) over %n week; computed in %3 ms.</numerusform>
            <numerusform>%1 alerts (%2 closed) over %n weeks; computed in %3 ms.</numerusform>
        </translation>
    </message>
    <message>
        <source>MTTA mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median %1; target under 5m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTTR median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p95 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target: under 10 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False-positive rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target: under 5 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busiest team week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target: under %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleep-hour pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no report yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report&apos;s tables as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wk::ui::ReportsWindow</name>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every archived alert: search, filter, and what happened to each, with who</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wk::ui::RuleChartWidget</name>
    <message>
        <source>Rule expression around %1, line at %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wk::ui::RunbookChecklistModel</name>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unticking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done by %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has a script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wk::ui::RunbookPanel</name>
    <message>
        <source>Run script…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not tick “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not untick “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The script&apos;s result could not be added to the timeline: the incident store is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The script&apos;s result could not be added to the timeline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the script and where it would run; nothing runs until you confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an incident first: a script&apos;s output and exit code go into its timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a step to see what to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If not:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last run: %1, by %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an incident to keep progress: ticks are kept in its timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runbook for this alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runbook matches the selected alert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To bind one, set &lt;code&gt;alert_rule_id&lt;/code&gt; in a runbook file to the alert&apos;s rule name (its &lt;code&gt;alertname&lt;/code&gt;), or link it from the alert&apos;s runbook URL as &lt;code&gt;runbook:ID&lt;/code&gt;. Runbook files are read from the folders listed under &lt;code&gt;runbooks:&lt;/code&gt; in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wk::ui::ScriptConfirmDialog</name>
    <message>
        <source>Run a runbook script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the script of “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing runs until you press Run. Read the script first: it runs exactly as shown, stops at the first command that fails, and its output and exit code go into the incident&apos;s timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shell:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, then it is stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running the script of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running for %1 s of at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The script of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>took %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the timeline keeps the last %1 KiB of the output</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wk::ui::ShortcutHelpOverlay</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They work while the alert table has the focus. Esc or ? closes this.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wk::ui::SloAlertsModel</name>
    <message>
        <source>%1: no traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 errors, burn %3×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIRING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fires when the error ratio over both windows is above %1 × %2 = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wk::ui::SloTableModel</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ stale since %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not burning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIRING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the remaining budget lasts if the last hour&apos;s burn rate goes on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period · alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burn (1h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spent in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over a year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wk::ui::SloTierWidget</name>
    <message>
        <source>Why the remaining budget does not start again at 100 %: the period is a rolling window, not a calendar month. The budget left is measured over the last %1 as of now, so errors from three weeks ago still count until they slide out of the window, and a quiet night only brings budget back as old errors leave it. An alert fires when the burn rate over both of its windows is above its factor: the long window says the problem is real, the short one that it is still happening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SLOs in this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an SLO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 − good / total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>errors / total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective %1 over a rolling %2 · error budget %3 of requests · SLI %4 · %5 alert windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget left: &lt;b&gt;%1&lt;/b&gt; (error ratio over the period %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · the budget is spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · at the last hour&apos;s burn it is spent in &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · not burning now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No traffic over the period: no budget has been used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wk::ui::SourceStatusWidget</name>
    <message>
        <source>waiting for the first answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no update since %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; showing data from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wk::ui::StatWidget</name>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wk::ui::TimelineModel</name>
    <message>
        <source>Now reads: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to open the snapshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (edited: see entry %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wk::ui::WarRoomWindow</name>
    <message>
        <source>War room: incident #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc leaves the war room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lasted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commander: &lt;b&gt;NOBODY&lt;/b&gt; — someone take command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commander: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On call: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Alert %1 closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Alert %1 acknowledged by &lt;b&gt;%2&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Alert %1 &lt;b&gt;NOT ACKNOWLEDGED&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
