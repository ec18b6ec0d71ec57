#pragma once

#include <QList>
#include <QString>

// What a process listens on: its socket file descriptors (/proc/PID/fd -> socket:[inode]) matched against the
// kernel's socket tables of its network namespace (/proc/PID/net/tcp, tcp6, udp, udp6, unix). A TCP socket in
// LISTEN, a UDP socket bound with no peer (it takes datagrams from anyone), and a Unix socket accepting
// connections all count: each is a way in.
namespace wk::security {

struct OpenSocket
{
    QString table; // "tcp", "tcp6", "udp", "udp6", "unix"
    QString local; // "127.0.0.1:41235", or the Unix path ("@name" for an abstract one)
    QString state; // "LISTEN", "UNCONNECTED", "ESTABLISHED", ...
    bool listening = false;
};

struct SocketReport
{
    int socketFds = 0;           // socket descriptors the process holds
    QList<OpenSocket> matched;   // those found in the tables
    QList<OpenSocket> listening; // those that take connections or datagrams from anyone
};

// Empty (socketFds 0) when the process is gone or its /proc entries cannot be read.
SocketReport socketsOf(qint64 pid);

QString describe(const QList<OpenSocket>& sockets);

} // namespace wk::security
