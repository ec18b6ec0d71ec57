#pragma once

#include "cli/AlertsActions.h"
#include "cli/AlertsConnection.h"

#include <QString>
#include <QStringList>

#include <expected>
#include <optional>

namespace wk::cli {

enum class AlertsVerb { List, Show, Act };

// `watchkeeper alerts ...` as typed, checked for everything that needs no workspace and no network.
struct AlertsInvocation
{
    AlertsVerb verb = AlertsVerb::List;
    AlertsFlags flags;
    bool json = false;
    int timeoutSeconds = 60;
    QString timeoutText = QStringLiteral("60s");
    std::optional<QString> user;

    // list
    std::optional<QString> query;
    std::optional<QString> saved;
    alerts::AlertQuery listQuery; // sort, order, offset, limit; the text is filled from query/saved/the workspace

    // show
    QString alertId;

    // actions: the ids and the payload; the user is filled in once the workspace is read
    ActionRequest action;
};

struct ParsedAlerts
{
    std::optional<QString> help; // --help was asked for: print this and stop
    AlertsInvocation invocation;
};

// A usage error is the message to print (the exit code is 2). `stdinText` reads the note for `--text -`.
std::expected<ParsedAlerts, QString> parseAlertsArguments(
    const QStringList& arguments, const QDateTime& now, const std::function<QString()>& stdinText);

} // namespace wk::cli
