#include "demo/promql/LabelOps.h"

#include <charconv>

using namespace Qt::StringLiterals;

namespace wk::demo::promql {

namespace {

// A non-character: cannot appear in label names and does not in practice in values.
constexpr QChar kKeySeparator = QChar(0xFFFF);

} // namespace

int compareLabels(const metrics::Labels& a, const metrics::Labels& b)
{
    auto i = a.cbegin();
    auto j = b.cbegin();
    for (; i != a.cend() && j != b.cend(); ++i, ++j) {
        if (const int byName = i.key().compare(j.key()); byName != 0)
            return byName;
        if (const int byValue = i.value().compare(j.value()); byValue != 0)
            return byValue;
    }
    if (i == a.cend())
        return j == b.cend() ? 0 : -1;
    return 1;
}

metrics::Labels withoutMetricName(metrics::Labels labels)
{
    labels.remove(kMetricNameLabel);
    return labels;
}

QString formatLabels(const metrics::Labels& labels)
{
    QString text = u"{"_s;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        if (it != labels.cbegin())
            text += u", "_s;
        text += it.key() + u"=\""_s + it.value() + u'"';
    }
    return text + u'}';
}

std::optional<double> parseLabelFloat(const QString& text)
{
    QByteArray bytes = text.trimmed().toLatin1();
    if (bytes.startsWith('+'))
        bytes.remove(0, 1);
    double value = 0.0;
    const auto parsed = std::from_chars(bytes.constData(), bytes.constData() + bytes.size(), value);
    if (bytes.isEmpty() || parsed.ec != std::errc() || parsed.ptr != bytes.constData() + bytes.size())
        return std::nullopt;
    return value;
}

void LabelGrouping::appendKey(const metrics::Labels& labels, QString& key) const
{
    if (!without) {
        for (const QString& name : this->labels) {
            const auto it = labels.constFind(name);
            if (it != labels.cend())
                key += it.value();
            key += kKeySeparator;
        }
        return;
    }
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        if (it.key() == kMetricNameLabel || this->labels.contains(it.key()))
            continue;
        key += it.key();
        key += kKeySeparator;
        key += it.value();
        key += kKeySeparator;
    }
}

metrics::Labels LabelGrouping::groupLabels(const metrics::Labels& labels) const
{
    if (without) {
        metrics::Labels kept = labels;
        kept.remove(kMetricNameLabel);
        for (const QString& name : this->labels)
            kept.remove(name);
        return kept;
    }
    metrics::Labels kept;
    for (const QString& name : this->labels) {
        const auto it = labels.constFind(name);
        if (it != labels.cend() && !it.value().isEmpty())
            kept.insert(name, it.value());
    }
    return kept;
}

} // namespace wk::demo::promql
