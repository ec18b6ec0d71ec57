#pragma once

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <variant>
#include <vector>

namespace wk::metrics {

using Labels = QMap<QString, QString>;

// One series of a matrix: timestamps in ms since the epoch, values as double with NaN and +/-Inf kept.
struct Series
{
    Labels labels;
    std::vector<qint64> timestampsMs;
    std::vector<double> values;
};

// One element of an instant vector.
struct Sample
{
    Labels labels;
    qint64 timestampMs = 0;
    double value = 0.0;
};

struct Scalar
{
    qint64 timestampMs = 0;
    double value = 0.0;
};

using Vector = std::vector<Sample>;
using Matrix = std::vector<Series>;

struct QueryResult
{
    std::variant<Vector, Matrix, Scalar> data;
    QStringList warnings;
};

struct InstantQuery
{
    QString expr;
    QDateTime time;
};

struct RangeQuery
{
    QString expr;
    QDateTime start;
    QDateTime end;
    qint64 stepSeconds = 15;
    // More than zero: the backend decimates each series to about two points per column (min/max per pixel
    // column of a plot this wide) where it parses the answer, off the GUI thread.
    int maxColumns = 0;
};

struct BuildInfo
{
    QString version;
    QString revision;
};

} // namespace wk::metrics
