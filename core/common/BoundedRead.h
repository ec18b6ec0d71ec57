#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QFile>

namespace wk {

// Files the console reads whole are bounded, so a wrong path (a log, a disk image, a device) is refused with a
// message instead of filling memory. A workspace, a runbook or a template is a few kilobytes; data files for the
// command line's analyses may be large but not without end.
constexpr qint64 maxTextFileBytes = 4 * 1024 * 1024;   // workspace, runbooks, postmortem templates, CA files
constexpr qint64 maxTableFileBytes = 64 * 1024 * 1024; // a drift panel's reference bucket counts
constexpr qint64 maxDataFileBytes = 256 * 1024 * 1024; // CSV and JSON inputs of drift, slo and report

// The whole of an open file, read only when it holds at most maxBytes (its reported size is checked first, and
// at most maxBytes + 1 bytes are read, for files that do not report one). Larger: a Parse error
// "<file>: the file is larger than 4 MiB (is this the right file?)"; a read failure: an Io error.
Result<QByteArray> readAtMost(QFile& file, qint64 maxBytes);

// "4 MiB", "256 KiB".
QString byteSizeText(qint64 bytes);

} // namespace wk
