#include "SecretScan.h"

#include <QDirIterator>
#include <QFile>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace wk::security {

namespace {

constexpr qsizetype shortestForm = 8;

void add(QList<SecretForm>& forms, const QString& name, const QByteArray& bytes)
{
    if (bytes.size() < shortestForm)
        return;
    for (const SecretForm& form : std::as_const(forms)) {
        if (form.bytes == bytes)
            return;
    }
    forms.append({name, bytes});
}

QByteArray utf16(const QByteArray& utf8, bool bigEndian)
{
    const QString text = QString::fromUtf8(utf8);
    QByteArray out;
    for (const QChar c : text) {
        const char high = char(c.unicode() >> 8);
        const char low = char(c.unicode() & 0xff);
        out.append(bigEndian ? high : low);
        out.append(bigEndian ? low : high);
    }
    return out;
}

} // namespace

QList<SecretForm> secretForms(const QByteArray& secret)
{
    QList<SecretForm> forms;
    add(forms, u"plain"_s, secret);
    // Inside a longer text the secret starts at byte 0, 1 or 2 of a base64 group: the characters that depend on
    // its bytes alone are those of its whole groups from the first group boundary on.
    for (int offset = 0; offset < 3; ++offset) {
        QByteArray aligned = secret.mid((3 - offset) % 3);
        aligned.truncate(aligned.size() - aligned.size() % 3);
        add(forms, u"base64 (offset %1)"_s.arg(offset), aligned.toBase64(QByteArray::OmitTrailingEquals));
        add(forms, u"base64url (offset %1)"_s.arg(offset),
            aligned.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    }
    add(forms, u"percent-encoded"_s, QUrl::toPercentEncoding(QString::fromUtf8(secret)));
    add(forms, u"percent-encoded (all)"_s, QUrl::toPercentEncoding(QString::fromUtf8(secret), {}, secret));
    add(forms, u"hex"_s, secret.toHex());
    add(forms, u"HEX"_s, secret.toHex().toUpper());
    add(forms, u"UTF-16LE"_s, utf16(secret, false));
    add(forms, u"UTF-16BE"_s, utf16(secret, true));
    return forms;
}

QList<Finding> findSecrets(const QByteArray& bytes, const QList<QByteArray>& secrets, const QString& where)
{
    QList<Finding> findings;
    for (const QByteArray& secret : secrets) {
        for (const SecretForm& form : secretForms(secret)) {
            if (bytes.contains(form.bytes))
                findings.append({where, form.name + u" of a "_s + QString::number(secret.size()) + u"-byte secret"_s});
        }
    }
    return findings;
}

ScanReport scanFolders(const QStringList& roots, const QList<QByteArray>& secrets)
{
    ScanReport report;
    for (const QString& root : roots) {
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (report.paths.contains(path))
                continue; // a root inside another root
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                report.findings.append({path, u"unreadable: "_s + file.errorString()});
                continue;
            }
            const QByteArray bytes = file.readAll();
            ++report.files;
            report.bytes += bytes.size();
            report.paths.append(path);
            report.findings.append(findSecrets(bytes, secrets, path));
        }
    }
    return report;
}

} // namespace wk::security
