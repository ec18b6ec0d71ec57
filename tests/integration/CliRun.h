#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <ostream>
#include <string>

namespace wk::testsupport {

// What one run of the built `watchkeeper` binary left behind, printed whole when a check fails.
struct CliRun
{
    int exitCode = -1; // -1 when it crashed or had to be killed
    QByteArray out;
    QByteArray err;
    qint64 elapsedMs = 0;

    std::string text() const { return out.toStdString(); }
    std::string errors() const { return err.toStdString(); }
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

inline std::ostream& operator<<(std::ostream& os, const CliRun& run)
{
    return os << "exit " << run.exitCode << " after " << run.elapsedMs << " ms\n--- stdout\n"
              << run.out.toStdString() << "--- stderr\n"
              << run.err.toStdString();
}

} // namespace wk::testsupport
