#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <expected>
#include <memory>

namespace wk::testfleet {

// The packaged Prometheus Alertmanager on 127.0.0.1 with a configuration given by the test, its data in a
// temporary folder. Stopped with the object.
class AlertmanagerServer
{
public:
    AlertmanagerServer();
    ~AlertmanagerServer();
    AlertmanagerServer(const AlertmanagerServer&) = delete;
    AlertmanagerServer& operator=(const AlertmanagerServer&) = delete;

    static QString binary(); // empty when not installed

    std::expected<void, QString> start(const QByteArray& configYaml, int readyTimeoutMs = 30'000);
    QString hostPort() const; // "127.0.0.1:PORT", for Prometheus' alerting configuration
    QString log() const;

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
};

} // namespace wk::testfleet
