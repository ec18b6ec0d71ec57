#include "PrometheusServer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTimer>

#include <cstdio>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

using namespace Qt::StringLiterals;

namespace wk::testfleet {

namespace detail {

namespace {

HttpAnswer send(const QUrl& url, const QByteArray* body, const QByteArray& contentType, int timeoutMs)
{
    QNetworkAccessManager manager;
    manager.setProxy(QNetworkProxy::NoProxy); // loopback only, whatever http_proxy says
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs);
    if (body)
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    QNetworkReply* reply = body ? manager.post(request, *body) : manager.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs + 1'000, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();

    HttpAnswer answer;
    if (!reply->isFinished()) {
        reply->abort();
        answer.error = u"no answer within %1 ms"_s.arg(timeoutMs);
    } else {
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.body = reply->readAll();
        if (reply->error() != QNetworkReply::NoError)
            answer.error = reply->errorString();
    }
    delete reply;
    return answer;
}

QString readLog(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return u"(no log at %1)"_s.arg(path);
    return QString::fromUtf8(file.readAll());
}

std::expected<void, QString> failWithLog(const QString& what, const QString& logPath)
{
    const QString message = what + u"\n--- "_s + logPath + u" ---\n"_s + readLog(logPath);
    std::fprintf(stderr, "%s\n", qPrintable(message));
    return std::unexpected(message);
}

void prepare(QProcess& process, const QString& program, const QStringList& arguments, const QString& logPath)
{
    process.setProgram(program);
    process.setArguments(arguments);
    process.setWorkingDirectory(QFileInfo(logPath).absolutePath());
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setStandardOutputFile(logPath, QIODevice::Append);
#ifdef Q_OS_LINUX
    // No server outlives the test binary, even when it crashes or ctest kills it on a timeout.
    process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
#endif
}

} // namespace

QUrl apiUrl(const QUrl& base, const QString& path, const QList<std::pair<QString, QString>>& parameters)
{
    QStringList items;
    for (const auto& [name, value] : parameters)
        items << name + u'=' + QString::fromLatin1(QUrl::toPercentEncoding(value));
    QUrl url = base;
    url.setPath(path);
    url.setQuery(items.join(u'&'), QUrl::StrictMode);
    return url;
}

HttpAnswer httpGet(const QUrl& url, int timeoutMs)
{
    return send(url, nullptr, {}, timeoutMs);
}

HttpAnswer httpPost(const QUrl& url, const QByteArray& body, const QByteArray& contentType, int timeoutMs)
{
    return send(url, &body, contentType, timeoutMs);
}

quint16 freeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

std::expected<void, QString> runTool(
    const QString& program, const QStringList& arguments, const QString& logPath, int timeoutMs)
{
    QProcess process;
    prepare(process, program, arguments, logPath);
    process.start();
    if (!process.waitForStarted(5'000))
        return failWithLog(program + u" did not start: "_s + process.errorString(), logPath);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5'000);
        return failWithLog(u"%1 did not finish within %2 ms"_s.arg(program).arg(timeoutMs), logPath);
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return failWithLog(u"%1 failed with exit code %2"_s.arg(program).arg(process.exitCode()), logPath);
    return {};
}

std::expected<void, QString> startServer(QProcess& process, const QString& program, const QStringList& arguments,
    const QString& logPath, const QUrl& readyUrl, int timeoutMs)
{
    prepare(process, program, arguments, logPath);
    process.start();
    if (!process.waitForStarted(5'000))
        return failWithLog(program + u" did not start: "_s + process.errorString(), logPath);
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        if (process.state() != QProcess::Running)
            return failWithLog(u"%1 exited early with code %2"_s.arg(program).arg(process.exitCode()), logPath);
        if (httpGet(readyUrl, 1'000).status == 200)
            return {};
        process.waitForFinished(100); // a bounded pause that also notices an exit
    }
    stopServer(process);
    return failWithLog(
        u"%1 was not ready at %2 within %3 ms"_s.arg(program, readyUrl.toString()).arg(timeoutMs), logPath);
}

void stopServer(QProcess& process)
{
    if (process.state() == QProcess::NotRunning)
        return;
    process.terminate();
    if (!process.waitForFinished(10'000)) {
        process.kill();
        process.waitForFinished(5'000);
    }
}

QString findProgram(const QStringList& names)
{
    for (const QString& name : names) {
        QString path = QStandardPaths::findExecutable(name);
        if (path.isEmpty())
            path = QStandardPaths::findExecutable(name, {u"/usr/bin"_s, u"/usr/local/bin"_s});
        if (!path.isEmpty())
            return path;
    }
    return {};
}

} // namespace detail

PrometheusServer::PrometheusServer(SyntheticFleet fleet)
    : m_fleet(std::move(fleet))
{ }

PrometheusServer::~PrometheusServer()
{
    stop();
}

bool PrometheusServer::available()
{
    return unavailableReason().isEmpty();
}

QString PrometheusServer::unavailableReason()
{
    QStringList missing;
    if (detail::findProgram({u"prometheus"_s}).isEmpty())
        missing << u"prometheus"_s;
    if (detail::findProgram({u"promtool"_s}).isEmpty())
        missing << u"promtool"_s;
    if (missing.isEmpty())
        return {};
    return missing.join(u" and "_s) + u" not installed (Debian: apt-get install prometheus)"_s;
}

std::expected<void, QString> PrometheusServer::backfill()
{
    const QString input = m_dir.filePath(u"history.om"_s);
    QFile file(input);
    if (!file.open(QIODevice::WriteOnly))
        return std::unexpected(u"cannot write "_s + input);
    m_fleet.writeOpenMetrics(file);
    file.close();

    const QString data = m_dir.filePath(u"data"_s);
    // promtool 2.42 cuts 2 h blocks aligned to the epoch (no --max-block-duration yet); Prometheus opens them
    // all at start-up, and compacts them later in the background without changing what queries see. Blocks of
    // the extra histories overlap the fleet's in time, which Prometheus 2.39 and later accept.
    QStringList inputs{input};
    for (std::size_t i = 0; i < m_extraHistory.size(); ++i) {
        QFile extra(m_dir.filePath(u"extra-%1.om"_s.arg(i)));
        if (!extra.open(QIODevice::WriteOnly))
            return std::unexpected(u"cannot write "_s + extra.fileName());
        m_extraHistory[i](extra);
        inputs.append(extra.fileName());
    }
    for (const QString& om : std::as_const(inputs)) {
        auto created = detail::runTool(detail::findProgram({u"promtool"_s}),
            {u"tsdb"_s, u"create-blocks-from"_s, u"openmetrics"_s, u"--quiet"_s, om, data},
            m_dir.filePath(u"promtool.log"_s), 120'000);
        if (!created)
            return created;
        QFile::remove(om); // tens of megabytes, no longer needed
    }
    const QStringList blocks = QDir(data).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    int withMeta = 0;
    for (const QString& block : blocks)
        withMeta += QFile::exists(data + u'/' + block + u"/meta.json"_s) ? 1 : 0;
    if (withMeta == 0)
        return std::unexpected(u"promtool wrote no blocks into "_s + data);
    return {};
}

std::expected<void, QString> PrometheusServer::start(int readyTimeoutMs)
{
    if (isRunning())
        return {};
    if (!m_dir.isValid())
        return std::unexpected(u"no temporary folder: "_s + m_dir.errorString());
    if (!m_backfilled) {
        if (auto done = backfill(); !done)
            return done;
        m_backfilled = true;
    }
    if (m_port == 0)
        m_port = detail::freeLoopbackPort();
    if (m_port == 0)
        return std::unexpected(u"no free port on 127.0.0.1"_s);

    // No scrape targets: nothing may write into the history the tests compute against.
    const QString config = m_dir.filePath(u"prometheus.yml"_s);
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return std::unexpected(u"cannot write "_s + config);
    if (m_rules.isEmpty()) {
        file.write("global:\n  scrape_interval: 15s\n  evaluation_interval: 15s\nscrape_configs: []\n");
    } else {
        QFile rules(m_dir.filePath(u"rules.yml"_s));
        if (!rules.open(QIODevice::WriteOnly) || rules.write(m_rules) != m_rules.size())
            return std::unexpected(u"cannot write the rule file"_s);
        rules.close();
        file.write("global:\n  scrape_interval: 15s\n  evaluation_interval: 1s\nrule_files: ['"
            + rules.fileName().toUtf8() + "']\nscrape_configs: []\n");
    }
    if (!m_alertmanager.isEmpty()) {
        file.write("alerting:\n  alertmanagers:\n    - static_configs:\n        - targets: ['" + m_alertmanager.toUtf8()
            + "']\n");
    }
    file.close();

    // Retention counts back from the newest block, so 100y keeps a history that ended months ago.
    const QStringList arguments{
        u"--config.file="_s + config,
        u"--storage.tsdb.path="_s + m_dir.filePath(u"data"_s),
        u"--storage.tsdb.retention.time=100y"_s,
        u"--web.listen-address=127.0.0.1:%1"_s.arg(m_port),
        u"--web.enable-lifecycle"_s,
        // Firing alerts go to Alertmanager once it is discovered (a few seconds in), not a minute later.
        u"--rules.alert.resend-delay=1s"_s,
        u"--log.level=info"_s,
    };
    m_process = std::make_unique<QProcess>();
    return detail::startServer(*m_process, detail::findProgram({u"prometheus"_s}), arguments,
        m_dir.filePath(u"prometheus.log"_s), url().resolved(QUrl(u"/-/ready"_s)), readyTimeoutMs);
}

void PrometheusServer::stop()
{
    if (m_process)
        detail::stopServer(*m_process);
}

bool PrometheusServer::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

QUrl PrometheusServer::url() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_port));
}

} // namespace wk::testfleet
