#pragma once

#include "SyntheticFleet.h"

#include <QString>
#include <QTemporaryDir>
#include <QUrl>

#include <expected>
#include <memory>

class QProcess;

namespace wk::testfleet {

// A real single-node VictoriaMetrics on 127.0.0.1 serving the fleet's history. The first start imports it
// through /api/v1/import/prometheus, forces a flush and waits until a query sees every series. Stopping keeps
// the data folder and the port, so start() again brings the same source back at the same URL.
class VictoriaMetricsServer
{
public:
    explicit VictoriaMetricsServer(SyntheticFleet fleet = SyntheticFleet());
    ~VictoriaMetricsServer();
    VictoriaMetricsServer(const VictoriaMetricsServer&) = delete;
    VictoriaMetricsServer& operator=(const VictoriaMetricsServer&) = delete;

    // Debian names the binary victoria-metrics, upstream releases victoria-metrics-prod.
    static bool available();
    static QString unavailableReason();

    std::expected<void, QString> start(int readyTimeoutMs = 30'000);
    void stop();
    bool isRunning() const;
    QUrl url() const;
    const SyntheticFleet& fleet() const { return m_fleet; }

private:
    std::expected<void, QString> importHistory(int timeoutMs);

    SyntheticFleet m_fleet;
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    bool m_imported = false;
};

} // namespace wk::testfleet
