#pragma once

#include <QtGlobal>
#include <gtest/gtest.h>

// A test that needs something the machine may lack (a Prometheus binary, pdftotext, openssl, a filesystem of its
// own) skips without it, so a developer can run the suite on a partial machine. Under ./scripts/test, which
// installs everything first and sets WK_REQUIRE_ALL, the same gap fails the test: GoogleTest and CTest count a
// skipped test as passed, and a green CI must not hide a test that never ran.
#define WK_SKIP_WHEN_MISSING(reason)                                                                                   \
    do {                                                                                                               \
        if (qEnvironmentVariableIsSet("WK_REQUIRE_ALL"))                                                               \
            FAIL() << "missing here, and ./scripts/test requires it: " << (reason);                                    \
        GTEST_SKIP() << (reason);                                                                                      \
    } while (false)
