#include "ListeningSockets.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QHostAddress>
#include <QSet>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace wk::security {

namespace {

QByteArray readProcFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// "0100007F:A0F3" (little-endian words, as the kernel prints them) -> "127.0.0.1:41203".
QString inetAddress(const QByteArray& field, bool v6)
{
    const QList<QByteArray> parts = field.split(':');
    if (parts.size() != 2)
        return QString::fromLatin1(field);
    const QByteArray raw = QByteArray::fromHex(parts[0]);
    QByteArray bytes;
    for (qsizetype word = 0; word + 4 <= raw.size(); word += 4) {
        for (int i = 3; i >= 0; --i)
            bytes.append(raw[word + i]);
    }
    QHostAddress address;
    if (v6 && bytes.size() == 16)
        address.setAddress(reinterpret_cast<const quint8*>(bytes.constData()));
    else if (!v6 && bytes.size() == 4)
        address.setAddress(quint32(quint8(bytes[0])) << 24 | quint32(quint8(bytes[1])) << 16
            | quint32(quint8(bytes[2])) << 8 | quint32(quint8(bytes[3])));
    return address.toString() + u':' + QString::number(parts[1].toUInt(nullptr, 16));
}

QString tcpState(const QByteArray& hex)
{
    static const QHash<QByteArray, QString> names{{"01", u"ESTABLISHED"_s}, {"02", u"SYN_SENT"_s},
        {"03", u"SYN_RECV"_s}, {"04", u"FIN_WAIT1"_s}, {"05", u"FIN_WAIT2"_s}, {"06", u"TIME_WAIT"_s},
        {"07", u"CLOSE"_s}, {"08", u"CLOSE_WAIT"_s}, {"09", u"LAST_ACK"_s}, {"0A", u"LISTEN"_s}, {"0B", u"CLOSING"_s}};
    return names.value(hex.toUpper(), QString::fromLatin1(hex));
}

void readInetTable(qint64 pid, const QString& table, const QSet<QByteArray>& inodes, SocketReport& report)
{
    const bool v6 = table.endsWith(u'6');
    const bool udp = table.startsWith(u"udp"_s);
    const QList<QByteArray> lines = readProcFile(u"/proc/%1/net/%2"_s.arg(pid).arg(table)).split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> f = lines[i].simplified().split(' ');
        if (f.size() < 10 || !inodes.contains(f[9]))
            continue;
        OpenSocket socket{table, inetAddress(f[1], v6), tcpState(f[3]), false};
        // A UDP socket with no peer (remote port 0) takes datagrams from anyone.
        const bool noPeer = f[2].endsWith(":0000");
        if (udp)
            socket.state = noPeer ? u"UNCONNECTED"_s : u"CONNECTED"_s;
        socket.listening = udp ? noPeer : socket.state == u"LISTEN";
        report.matched.append(socket);
        if (socket.listening)
            report.listening.append(socket);
    }
}

void readUnixTable(qint64 pid, const QSet<QByteArray>& inodes, SocketReport& report)
{
    // Num RefCount Protocol Flags Type St Inode Path; flag 00010000 is __SO_ACCEPTCON: listening.
    const QList<QByteArray> lines = readProcFile(u"/proc/%1/net/unix"_s.arg(pid)).split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> f = lines[i].simplified().split(' ');
        if (f.size() < 7 || !inodes.contains(f[6]))
            continue;
        const bool accepting = (f[3].toUInt(nullptr, 16) & 0x10000u) != 0;
        OpenSocket socket{u"unix"_s, f.size() > 7 ? QString::fromLocal8Bit(f[7]) : u"(unnamed)"_s,
            accepting ? u"LISTEN"_s : u"CONNECTED"_s, accepting};
        report.matched.append(socket);
        if (accepting)
            report.listening.append(socket);
    }
}

} // namespace

SocketReport socketsOf(qint64 pid)
{
    SocketReport report;
    QSet<QByteArray> inodes;
    const QDir fds(u"/proc/%1/fd"_s.arg(pid));
    for (const QString& name : fds.entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot)) {
        char target[256] = {};
        const QByteArray path = fds.filePath(name).toLocal8Bit();
        const ssize_t length = ::readlink(path.constData(), target, sizeof target - 1);
        const QByteArray link(target, length > 0 ? length : 0);
        if (!link.startsWith("socket:[") || !link.endsWith(']'))
            continue;
        ++report.socketFds;
        inodes.insert(link.mid(8).chopped(1));
    }
    for (const QString& table : {u"tcp"_s, u"tcp6"_s, u"udp"_s, u"udp6"_s})
        readInetTable(pid, table, inodes, report);
    readUnixTable(pid, inodes, report);
    return report;
}

QString describe(const QList<OpenSocket>& sockets)
{
    QStringList lines;
    for (const OpenSocket& s : sockets)
        lines.append(s.table + u' ' + s.local + u' ' + s.state);
    return lines.join(u'\n');
}

} // namespace wk::security
