#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// Looking for a secret in what a session left on disk (or printed), in every form it could take there: as typed,
// base64 (standard and URL-safe, at each of the three alignments it can have inside a longer text such as
// "user:token"), percent-encoded, hex (lower and upper case) and UTF-16 (little and big endian).
namespace wk::security {

struct SecretForm
{
    QString name; // "plain", "base64 (offset 1)", ...
    QByteArray bytes;
};

// The forms of `secret`; forms shorter than 8 bytes are left out (they would match by chance).
QList<SecretForm> secretForms(const QByteArray& secret);

struct Finding
{
    QString where; // a file path, or the name of a captured stream
    QString form;
};

struct ScanReport
{
    int files = 0;
    qint64 bytes = 0;
    QStringList paths;
    QList<Finding> findings;
};

// Every form of every secret in `bytes`; `where` names the bytes in the findings.
QList<Finding> findSecrets(const QByteArray& bytes, const QList<QByteArray>& secrets, const QString& where);

// Every regular file under each root (recursively, hidden ones included).
ScanReport scanFolders(const QStringList& roots, const QList<QByteArray>& secrets);

} // namespace wk::security
