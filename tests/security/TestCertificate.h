#pragma once

#include <QSslConfiguration>
#include <QString>

#include <optional>

namespace wk::security {

// A self-signed certificate for 127.0.0.1 made for this run by the openssl command, as a server would be set up
// with a private CA: the certificate file is also the CA file a client is given.
struct TestCertificate
{
    QString certificatePath;  // PEM; the CA file too
    QSslConfiguration server; // certificate and key, no client certificate asked for
};

// Nothing when the openssl command or a TLS backend is missing (`why` says which); files go into `folder`.
std::optional<TestCertificate> makeTestCertificate(const QString& folder, QString* why);

} // namespace wk::security
