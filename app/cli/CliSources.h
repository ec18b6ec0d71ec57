#pragma once

#include "common/Error.h"
#include "metrics/MetricsBackend.h"
#include "net/HttpService.h"

#include <functional>
#include <memory>

namespace wk::cli {

// Where a headless command gets its metrics: a bare URL, or a source of the workspace by name.
struct SourceRequest
{
    QString url;
    QString sourceName;
    QString workspaceFile;
    int timeoutSeconds = 30;
};

struct ConnectedSource
{
    std::shared_ptr<net::HttpService> http;
    std::shared_ptr<metrics::MetricsBackend> backend;
};

// A bare --url takes its bearer token from $WATCHKEEPER_PROMETHEUS_TOKEN, never from a flag.
void connectSource(const SourceRequest& request, QObject* context, std::function<void(Result<ConnectedSource>)> done);

} // namespace wk::cli
