#include "AlertmanagerServer.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QStandardPaths>
#include <QTcpServer>
#include <QThread>

using namespace Qt::StringLiterals;

namespace wk::testfleet {

namespace {

quint16 freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

bool ready(QNetworkAccessManager& nam, quint16 port)
{
    QNetworkReply* reply = nam.get(QNetworkRequest(QUrl(u"http://127.0.0.1:%1/-/ready"_s.arg(port))));
    QDeadlineTimer deadline(2000);
    while (!reply->isFinished() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    const bool ok = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200;
    reply->deleteLater();
    return ok;
}

} // namespace

AlertmanagerServer::AlertmanagerServer() = default;

AlertmanagerServer::~AlertmanagerServer()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(5000))
            m_process->kill();
        m_process->waitForFinished(2000);
    }
}

QString AlertmanagerServer::binary()
{
    QString path = QStandardPaths::findExecutable(u"prometheus-alertmanager"_s);
    return path.isEmpty() ? QStandardPaths::findExecutable(u"alertmanager"_s) : path;
}

std::expected<void, QString> AlertmanagerServer::start(const QByteArray& configYaml, int readyTimeoutMs)
{
    if (binary().isEmpty())
        return std::unexpected(u"prometheus-alertmanager is not installed"_s);
    if (!m_dir.isValid())
        return std::unexpected(u"no temporary folder"_s);
    QFile config(m_dir.filePath(u"alertmanager.yml"_s));
    if (!config.open(QIODevice::WriteOnly) || config.write(configYaml) != configYaml.size())
        return std::unexpected(u"cannot write the configuration"_s);
    config.close();
    m_port = freePort();
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setStandardOutputFile(m_dir.filePath(u"alertmanager.log"_s));
    m_process->start(binary(),
        {u"--config.file="_s + config.fileName(), u"--storage.path="_s + m_dir.filePath(u"data"_s),
            u"--web.listen-address=127.0.0.1:%1"_s.arg(m_port), u"--cluster.listen-address="_s});
    if (!m_process->waitForStarted(10'000))
        return std::unexpected(u"alertmanager did not start: "_s + m_process->errorString());
    QNetworkAccessManager nam;
    QDeadlineTimer deadline(readyTimeoutMs);
    while (!deadline.hasExpired()) {
        if (m_process->state() == QProcess::NotRunning)
            return std::unexpected(u"alertmanager exited: "_s + log());
        if (ready(nam, m_port))
            return {};
        QThread::msleep(100);
    }
    return std::unexpected(u"alertmanager was not ready in time: "_s + log());
}

QString AlertmanagerServer::hostPort() const
{
    return u"127.0.0.1:%1"_s.arg(m_port);
}

QString AlertmanagerServer::log() const
{
    QFile file(m_dir.filePath(u"alertmanager.log"_s));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll().right(4000)) : QString();
}

} // namespace wk::testfleet
