#pragma once

#include "CommandLine.h"
#include "alerts/AlertBackend.h"
#include "common/Clock.h"
#include "metrics/MetricsBackend.h"
#include "polling/PollScheduler.h"
#include "workspace/Workspace.h"

#include <memory>

namespace wk::ui {
class MainWindow;
}

namespace wk::app {

// The composition root: picks the backends (the demo fleet until real ones are configured), loads the
// workspace and builds the window. Owns everything for the lifetime of the console.
class ConsoleSession
{
public:
    explicit ConsoleSession(const Options& options);
    ~ConsoleSession();

    ui::MainWindow& window() { return *m_window; }

private:
    workspace::Workspace loadWorkspace(const Options& options);

    SystemClock m_clock;
    std::unique_ptr<metrics::MetricsBackend> m_metrics;
    std::unique_ptr<alerts::AlertBackend> m_alerts;
    std::unique_ptr<polling::PollScheduler> m_scheduler;
    std::unique_ptr<ui::MainWindow> m_window;
};

} // namespace wk::app
