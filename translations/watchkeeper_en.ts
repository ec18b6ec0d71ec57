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
</context>
<context>
    <name>wk::ui::RuleChartWidget</name>
    <message>
        <source>Rule expression around %1, line at %2 %3</source>
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
</TS>
