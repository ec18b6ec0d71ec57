#pragma once

#include "SyntheticFleet.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <expected>
#include <memory>
#include <utility>

class QProcess;

namespace wk::testfleet {

// Small blocking helpers shared by the server fixtures and the tests. They spin a local event loop, so they
// need a QCoreApplication, and every wait is bounded.
namespace detail {

struct HttpAnswer
{
    int status = 0; // 0 when no HTTP answer came (refused, timed out)
    QByteArray body;
    QString error;
};

// base + path + a query string in which every value is percent-encoded ('+' included, which a form decoder
// would otherwise read as a space).
QUrl apiUrl(const QUrl& base, const QString& path, const QList<std::pair<QString, QString>>& parameters);

HttpAnswer httpGet(const QUrl& url, int timeoutMs = 10'000);
HttpAnswer httpPost(const QUrl& url, const QByteArray& body, const QByteArray& contentType, int timeoutMs = 60'000);

// A port that was free on 127.0.0.1 a moment ago.
quint16 freeLoopbackPort();

// Runs a short-lived tool to completion; output goes to logPath. Fails with the log on a non-zero exit.
std::expected<void, QString> runTool(
    const QString& program, const QStringList& arguments, const QString& logPath, int timeoutMs);

// Starts a server whose stdout and stderr go to logPath and waits until readyUrl answers 200. On failure the
// process is killed, its log is printed to stderr and returned in the error.
std::expected<void, QString> startServer(QProcess& process, const QString& program, const QStringList& arguments,
    const QString& logPath, const QUrl& readyUrl, int timeoutMs);

// SIGTERM, then SIGKILL if it has not exited within a few seconds; always waits for the exit.
void stopServer(QProcess& process);

QString findProgram(const QStringList& names);

} // namespace detail

// A real Prometheus on 127.0.0.1 serving the fleet's history, backfilled with promtool on the first start.
// Stopping keeps the data folder and the port, so start() again brings the same source back at the same URL.
class PrometheusServer
{
public:
    explicit PrometheusServer(SyntheticFleet fleet = SyntheticFleet());
    ~PrometheusServer();
    PrometheusServer(const PrometheusServer&) = delete;
    PrometheusServer& operator=(const PrometheusServer&) = delete;

    // Whether prometheus and promtool are installed, and what is missing when they are not.
    static bool available();
    static QString unavailableReason();

    std::expected<void, QString> start(int readyTimeoutMs = 30'000);
    // Alerting rules (a Prometheus rule file's YAML) loaded from the next start on, evaluated every second.
    void setRules(const QByteArray& rulesYaml) { m_rules = rulesYaml; }
    // Where firing alerts are sent ("127.0.0.1:9093"), from the next start on.
    void setAlertmanager(const QString& hostPort) { m_alertmanager = hostPort; }
    // More history, beside the fleet's, written as OpenMetrics (ending with "# EOF") and backfilled on the first
    // start: the soak's thousand series.
    void addHistory(std::function<void(QIODevice&)> writeOpenMetrics)
    {
        m_extraHistory.push_back(std::move(writeOpenMetrics));
    }
    void stop();
    bool isRunning() const;
    QUrl url() const;
    const SyntheticFleet& fleet() const { return m_fleet; }

private:
    std::expected<void, QString> backfill();

    SyntheticFleet m_fleet;
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    bool m_backfilled = false;
    std::vector<std::function<void(QIODevice&)>> m_extraHistory;
    QByteArray m_rules;
    QString m_alertmanager;
};

} // namespace wk::testfleet
