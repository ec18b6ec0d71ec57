<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
        <source>Sources without credentials</source>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
    <name>wk::ui::AlertListWidget</name>
    <message>
        <source>Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter alerts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words to look for in message, service, team, tags, owner, alias or id (Ctrl+F)</source>
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
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for &quot;%1&quot;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No alerts match these filters (%n hidden).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No alerts. All quiet.</source>
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
        <source>Team</source>
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
