#include "VictoriaMetricsServer.h"

#include "PrometheusServer.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace wk::testfleet {

namespace {

QString program()
{
    return detail::findProgram({u"victoria-metrics"_s, u"victoria-metrics-prod"_s});
}

// The single value of an instant vector with one element, or -1 when the answer holds anything else.
double singleValue(const QByteArray& body)
{
    const QJsonArray result = QJsonDocument::fromJson(body).object()[u"data"_s][u"result"_s].toArray();
    if (result.size() != 1)
        return -1;
    return result.first()[u"value"_s].toArray().at(1).toString().toDouble();
}

} // namespace

VictoriaMetricsServer::VictoriaMetricsServer(SyntheticFleet fleet)
    : m_fleet(std::move(fleet))
{ }

VictoriaMetricsServer::~VictoriaMetricsServer()
{
    stop();
}

bool VictoriaMetricsServer::available()
{
    return !program().isEmpty();
}

QString VictoriaMetricsServer::unavailableReason()
{
    return available() ? QString() : u"victoria-metrics not installed (Debian: apt-get install victoria-metrics)"_s;
}

std::expected<void, QString> VictoriaMetricsServer::start(int readyTimeoutMs)
{
    if (isRunning())
        return {};
    if (!m_dir.isValid())
        return std::unexpected(u"no temporary folder: "_s + m_dir.errorString());
    if (m_port == 0)
        m_port = detail::freeLoopbackPort();
    if (m_port == 0)
        return std::unexpected(u"no free port on 127.0.0.1"_s);

    // 1.79 reads a bare -retentionPeriod number as months; the y suffix is years. Without 100y, samples older
    // than a month are dropped on import. Self-scraping is off by default, so nothing else gets written.
    const QStringList arguments{
        u"-storageDataPath="_s + m_dir.filePath(u"data"_s),
        u"-httpListenAddr=127.0.0.1:%1"_s.arg(m_port),
        u"-retentionPeriod=100y"_s,
        u"-loggerLevel=INFO"_s,
    };
    m_process = std::make_unique<QProcess>();
    if (auto started = detail::startServer(*m_process, program(), arguments, m_dir.filePath(u"victoria-metrics.log"_s),
            url().resolved(QUrl(u"/health"_s)), readyTimeoutMs);
        !started) {
        return started;
    }
    if (!m_imported) {
        if (auto imported = importHistory(readyTimeoutMs); !imported) {
            stop();
            return imported;
        }
        m_imported = true;
    }
    return {};
}

std::expected<void, QString> VictoriaMetricsServer::importHistory(int timeoutMs)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    m_fleet.writePrometheusImport(buffer);
    buffer.close();
    const auto imported
        = detail::httpPost(url().resolved(QUrl(u"/api/v1/import/prometheus"_s)), buffer.data(), "text/plain", 120'000);
    if (imported.status != 204)
        return std::unexpected(
            u"import answered %1: %2 %3"_s.arg(imported.status).arg(imported.error, QString::fromUtf8(imported.body)));

    // Imported rows sit in in-memory buffers for up to a second or so; the flush makes them searchable now.
    const auto flushed = detail::httpGet(url().resolved(QUrl(u"/internal/force_flush"_s)));
    if (flushed.status != 200)
        return std::unexpected(u"force_flush answered %1: %2"_s.arg(flushed.status).arg(flushed.error));

    // Then wait until a query over the last sample sees every series, bounded.
    const QUrl query = detail::apiUrl(url(), u"/api/v1/query"_s,
        {{u"query"_s, u"count({__name__=~\"ml_.+\"})"_s},
            {u"time"_s, QString::number(m_fleet.now().toSecsSinceEpoch())}});
    QElapsedTimer timer;
    timer.start();
    double seen = -1;
    while (timer.elapsed() < timeoutMs) {
        const auto answer = detail::httpGet(query, 5'000);
        seen = answer.status == 200 ? singleValue(answer.body) : -1;
        if (seen == m_fleet.seriesCount())
            return {};
        m_process->waitForFinished(200);
    }
    return std::unexpected(u"after import, VictoriaMetrics sees %1 of %2 series within %3 ms"_s.arg(seen)
                               .arg(m_fleet.seriesCount())
                               .arg(timeoutMs));
}

void VictoriaMetricsServer::stop()
{
    if (m_process)
        detail::stopServer(*m_process);
}

bool VictoriaMetricsServer::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

QUrl VictoriaMetricsServer::url() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_port));
}

} // namespace wk::testfleet
