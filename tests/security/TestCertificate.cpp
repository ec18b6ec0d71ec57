#include "TestCertificate.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace wk::security {

std::optional<TestCertificate> makeTestCertificate(const QString& folder, QString* why)
{
    const QString openssl = QStandardPaths::findExecutable(u"openssl"_s);
    if (openssl.isEmpty() || !QSslSocket::supportsSsl()) {
        *why = u"needs the openssl command (Debian package openssl) and a TLS backend"_s;
        return std::nullopt;
    }
    const QString certPath = QDir(folder).filePath(u"loopback-cert.pem"_s);
    const QString keyPath = QDir(folder).filePath(u"loopback-key.pem"_s);
    QProcess make;
    make.start(openssl,
        {u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s,
            u"-days"_s, u"1"_s, u"-subj"_s, u"/CN=127.0.0.1"_s, u"-addext"_s, u"subjectAltName=IP:127.0.0.1"_s,
            u"-keyout"_s, keyPath, u"-out"_s, certPath});
    if (!make.waitForFinished(30'000) || make.exitCode() != 0) {
        *why = u"openssl could not make a certificate: "_s + QString::fromUtf8(make.readAllStandardError());
        return std::nullopt;
    }
    QFile keyFile(keyPath);
    if (!keyFile.open(QIODevice::ReadOnly)) {
        *why = u"cannot read "_s + keyPath;
        return std::nullopt;
    }
    TestCertificate made;
    made.certificatePath = certPath;
    made.server = QSslConfiguration::defaultConfiguration();
    made.server.setLocalCertificateChain(QSslCertificate::fromPath(certPath));
    made.server.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Ec));
    // The server side does not ask the client for a certificate; the client side is what is under test.
    made.server.setPeerVerifyMode(QSslSocket::VerifyNone);
    return made;
}

} // namespace wk::security
