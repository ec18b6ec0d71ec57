#pragma once

#include <QString>

#include <cstdio>

namespace wk::cli {

// A bad command line: "watchkeeper <command>: <message> (see --help)" on stderr; returns exit code 2.
inline int usageError(const char* command, const QString& message)
{
    std::fprintf(stderr, "watchkeeper %s: %s (see --help)\n", command, qPrintable(message));
    return 2;
}

// Bad data in an input file, as opposed to a bad command line (no "see --help"); returns exit code 2.
inline int inputError(const char* command, const QString& message)
{
    std::fprintf(stderr, "watchkeeper %s: %s\n", command, qPrintable(message));
    return 2;
}

} // namespace wk::cli
