#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QUrl>

#include <utility>

namespace wk::workspace {

enum class AlertServiceKind {
    Automatic, // no `alerts:` section: the demo desk on the demo fleet, else the default source's rules, read-only
    Opsgenie,
    Jsm,
};

// The workspace's `alerts:` section: where alerts come from and go to. Like a data source, it never holds the
// secret: the Opsgenie API key and the JSM API token live in the keychain ("alerts/opsgenie", "alerts/jsm") or in
// WATCHKEEPER_OPSGENIE_API_KEY / WATCHKEEPER_JSM_API_TOKEN.
struct AlertService
{
    AlertServiceKind kind = AlertServiceKind::Automatic;
    bool eu = false; // Opsgenie: region: eu uses api.eu.opsgenie.com
    QUrl apiUrl;     // overrides the public host (a proxy, a sandbox, a test server)
    QString cloudId; // JSM
    QString email;   // JSM: the account the API token belongs to
    QString user;    // the engineer actions are attributed to; empty: --user or $USER
    QString query;   // the list's query in the vendor's syntax; empty: open alerts plus the recently closed
    QList<std::pair<QString, QString>> savedQueries; // name -> query, in file order
    QHash<QString, QString> schedules;               // team -> schedule name, for who is on call
    QString caFile;
    int timeoutSeconds = 30;
    int refreshSeconds = 0; // 0: the workspace's refresh; never below what the vendor's limits allow
    bool heartbeats = true; // show expired heartbeats as alerts
};

} // namespace wk::workspace
