#pragma once

#include <QStringList>

namespace wk::cli {

// watchkeeper alerts list|show|ack|unack|close|snooze|escalate|assign|note|tags [ID...] [options]
// Against the workspace's alert service (Opsgenie or JSM Ops), or the one the flags name. Actions go through the
// same outbox as the console's and the command waits until the service confirms each one landed.
int runAlerts(const QStringList& arguments);

} // namespace wk::cli
