#pragma once

#include "common/Logging.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

// What the fuzz targets share: the fuzzer's bytes as Qt types, inputs made of several parts, quiet logs.
namespace wk::fuzz {

// A copy, as a file or socket read gives it (QByteArray keeps a terminating NUL after the data).
inline QByteArray bytesOf(const std::uint8_t* data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

// No copy: a parser over a view must stay inside it, and ASan sees the first byte past the end.
inline QByteArrayView viewOf(const std::uint8_t* data, std::size_t size)
{
    return QByteArrayView(reinterpret_cast<const char*>(data), qsizetype(size));
}

// The parts of an input that holds several documents, such as an alert list and an activity log, in the order
// given, as views into it. The separator is a line of its own, so seeds stay readable.
inline constexpr QByteArrayView partSeparator = "\n----\n";

inline QList<QByteArrayView> partsOf(QByteArrayView input)
{
    QList<QByteArrayView> parts;
    for (;;) {
        const qsizetype at = input.indexOf(partSeparator);
        if (at < 0)
            break;
        parts.append(input.first(at));
        input = input.sliced(at + partSeparator.size());
    }
    parts.append(input);
    return parts;
}

// The first line (without its line end) and the rest: a small text header that picks a variant, then the body.
struct Headed
{
    QByteArrayView header;
    QByteArrayView body;
};

inline Headed headedOf(QByteArrayView input)
{
    const qsizetype end = input.indexOf('\n');
    if (end < 0)
        return {input, {}};
    return {input.first(end), input.sliced(end + 1)};
}

// A property the target checks does not hold: libFuzzer keeps the input as a crash, and the log says which property.
[[noreturn]] inline void broken(const char* property)
{
    std::fprintf(stderr, "fuzz: property broken: %s\n", property);
    std::abort();
}

// Parsers log what they reject; at a hundred thousand inputs a second nobody reads it.
inline void quietLogs()
{
    logging::Options options;
    options.levels.defaultLevel = spdlog::level::off;
    options.toStderr = false;
    logging::init(options);
}

} // namespace wk::fuzz
