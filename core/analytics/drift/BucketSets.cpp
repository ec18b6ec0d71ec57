#include "analytics/drift/BucketSets.h"

#include "common/BoundedRead.h"

#include <QBuffer>
#include <QFile>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace wk::analytics::drift {

namespace {

std::optional<double> boundOf(const QString& le)
{
    if (le == u"+Inf" || le == u"Inf" || le == u"+inf")
        return std::numeric_limits<double>::infinity();
    bool ok = false;
    const double value = le.toDouble(&ok);
    return ok && !std::isnan(value) ? std::optional(value) : std::nullopt;
}

} // namespace

BucketSets bucketsByLabel(const metrics::Vector& samples, const QString& by)
{
    BucketSets sets;
    for (const metrics::Sample& sample : samples) {
        const auto bound = boundOf(sample.labels.value(u"le"_s));
        if (bound)
            sets[sample.labels.value(by)].push_back({*bound, sample.value});
    }
    return sets;
}

BucketSets bucketsAt(const metrics::Matrix& series, const QString& by, qint64 timestampMs)
{
    BucketSets sets;
    for (const metrics::Series& s : series) {
        const auto bound = boundOf(s.labels.value(u"le"_s));
        if (!bound)
            continue;
        const auto at = std::lower_bound(s.timestampsMs.begin(), s.timestampsMs.end(), timestampMs);
        const bool present = at != s.timestampsMs.end() && *at == timestampMs;
        const double value
            = present ? s.values[std::size_t(at - s.timestampsMs.begin())] : std::numeric_limits<double>::quiet_NaN();
        sets[s.labels.value(by)].push_back({*bound, value});
    }
    return sets;
}

Result<BucketSets> readReferenceFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return makeError(ErrorCode::Io, u"cannot read the reference file %1: %2"_s.arg(path, file.errorString()));
    auto bytes = readAtMost(file, maxTableFileBytes);
    if (!bytes)
        return makeError(bytes.error().code,
            u"cannot read the reference file %1: %2"_s.arg(path,
                bytes.error().code == ErrorCode::Io ? file.errorString()
                                                    : u"the file is larger than "_s + byteSizeText(maxTableFileBytes)));
    QBuffer lines(&*bytes);
    lines.open(QIODevice::ReadOnly | QIODevice::Text);
    BucketSets sets;
    int line = 0;
    while (!lines.atEnd()) {
        const QString text = QString::fromUtf8(lines.readLine()).trimmed();
        ++line;
        if (text.isEmpty())
            continue;
        const QStringList cells = text.split(u',');
        if (line == 1) {
            if (cells.size() != 3 || cells[0].trimmed() != u"feature" || cells[1].trimmed() != u"le"
                || cells[2].trimmed() != u"count")
                return makeError(ErrorCode::Parse, u"%1: line 1 must be the header feature,le,count"_s.arg(path));
            continue;
        }
        if (cells.size() != 3)
            return makeError(
                ErrorCode::Parse, u"%1 line %2: expected 3 cells, found %3"_s.arg(path).arg(line).arg(cells.size()));
        const auto bound = boundOf(cells[1].trimmed());
        bool ok = false;
        const double count = cells[2].trimmed().toDouble(&ok);
        if (!bound || !ok || !std::isfinite(count) || count < 0)
            return makeError(ErrorCode::Parse,
                u"%1 line %2: \"le\" must be a number or +Inf and \"count\" a count, not %3"_s.arg(path).arg(line).arg(
                    text));
        sets[cells[0].trimmed()].push_back({*bound, count});
    }
    if (sets.isEmpty())
        return makeError(ErrorCode::Parse, u"%1 holds no buckets"_s.arg(path));
    return sets;
}

} // namespace wk::analytics::drift
