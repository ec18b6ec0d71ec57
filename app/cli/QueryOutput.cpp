#include "cli/QueryOutput.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

using namespace Qt::StringLiterals;

namespace wk::cli {

namespace {

QJsonValue jsonValue(double v)
{
    if (std::isnan(v))
        return u"NaN"_s;
    if (std::isinf(v))
        return v > 0 ? u"+Inf"_s : u"-Inf"_s;
    return v;
}

QString labelsText(const metrics::Labels& labels)
{
    QStringList parts;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        if (it.key() != u"__name__")
            parts.append(it.key() + u"=\""_s + it.value() + u'"');
    }
    return labels.value(u"__name__"_s) + u'{' + parts.join(u", "_s) + u'}';
}

QString valueText(double v)
{
    if (std::isnan(v))
        return u"NaN"_s;
    if (std::isinf(v))
        return v > 0 ? u"+Inf"_s : u"-Inf"_s;
    return QString::number(v, 'g', 15);
}

QString timeText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace

QByteArray queryResultJson(const metrics::QueryResult& result)
{
    QJsonObject root;
    QJsonArray series;
    auto add = [&](const metrics::Labels& labels, const std::vector<qint64>& ts, const std::vector<double>& vs) {
        QJsonObject metric;
        for (auto it = labels.cbegin(); it != labels.cend(); ++it)
            metric.insert(it.key(), it.value());
        QJsonArray values;
        for (std::size_t i = 0; i < ts.size() && i < vs.size(); ++i)
            values.append(QJsonArray{double(ts[i]) / 1000.0, jsonValue(vs[i])});
        series.append(QJsonObject{{u"metric"_s, metric}, {u"values"_s, values}});
    };
    if (const auto* m = std::get_if<metrics::Matrix>(&result.data)) {
        root.insert(u"resultType"_s, u"matrix"_s);
        for (const auto& s : *m)
            add(s.labels, s.timestampsMs, s.values);
    } else if (const auto* v = std::get_if<metrics::Vector>(&result.data)) {
        root.insert(u"resultType"_s, u"vector"_s);
        for (const auto& s : *v)
            add(s.labels, {s.timestampMs}, {s.value});
    } else if (const auto* sc = std::get_if<metrics::Scalar>(&result.data)) {
        root.insert(u"resultType"_s, u"scalar"_s);
        add({}, {sc->timestampMs}, {sc->value});
    }
    root.insert(u"series"_s, series);
    root.insert(u"warnings"_s, QJsonArray::fromStringList(result.warnings));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray queryResultTable(const metrics::QueryResult& result)
{
    QString out;
    auto block = [&](const QString& title, const std::vector<qint64>& ts, const std::vector<double>& vs) {
        out += title + u'\n';
        for (std::size_t i = 0; i < ts.size() && i < vs.size(); ++i)
            out += u"  "_s + timeText(ts[i]) + u"  "_s + valueText(vs[i]) + u'\n';
    };
    int count = 0;
    if (const auto* m = std::get_if<metrics::Matrix>(&result.data)) {
        for (const auto& s : *m)
            block(labelsText(s.labels), s.timestampsMs, s.values);
        count = int(m->size());
    } else if (const auto* v = std::get_if<metrics::Vector>(&result.data)) {
        for (const auto& s : *v)
            block(labelsText(s.labels), {s.timestampMs}, {s.value});
        count = int(v->size());
    } else if (const auto* sc = std::get_if<metrics::Scalar>(&result.data)) {
        block(u"scalar"_s, {sc->timestampMs}, {sc->value});
        count = 1;
    }
    if (count == 0)
        out += u"(no series)\n"_s;
    for (const QString& w : result.warnings)
        out += u"warning: "_s + w + u'\n';
    return out.toUtf8();
}

} // namespace wk::cli
