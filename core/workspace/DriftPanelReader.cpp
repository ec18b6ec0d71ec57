#include "workspace/DriftPanelReader.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace wk::workspace {

namespace {

constexpr qint64 minute = 60;
constexpr qint64 day = 24 * 60 * minute;

bool readMinutes(YamlReader& yaml, const YAML::Node& node, const char* key, const QString& context, qint64 minSeconds,
    qint64 maxSeconds, int& minutes)
{
    qint64 seconds = qint64(minutes) * minute;
    if (!yaml.readDuration(node, key, context, minSeconds, maxSeconds, seconds))
        return false;
    if (seconds % minute != 0) {
        return yaml.failAt(YamlReader::markOf(node, key), context,
            u"\""_s + QString::fromUtf8(key) + u"\" must be whole minutes, not "_s + YamlReader::durationText(seconds));
    }
    minutes = int(seconds / minute);
    return true;
}

bool readTime(YamlReader& yaml, const YAML::Node& node, const char* key, const QString& context, QDateTime& out)
{
    QString text;
    if (!yaml.readString(node, key, context, text, true))
        return false;
    out = QDateTime::fromString(text, Qt::ISODate);
    if (!out.isValid()) {
        return yaml.failAt(YamlReader::markOf(node, key), context,
            u"\""_s + QString::fromUtf8(key) + u"\" must be an RFC 3339 time such as 2026-11-01T00:00:00Z, not "_s
                + YamlReader::quoted(text));
    }
    out = out.toUTC();
    return true;
}

bool readReference(YamlReader& yaml, const YAML::Node& node, const QString& context, DriftSpec& drift)
{
    const auto entry = YamlReader::entry(node, "reference");
    if (!entry)
        return true;
    if (entry->value.IsScalar())
        return readMinutes(yaml, node, "reference", context, 5 * minute, 90 * day, drift.offsetMinutes);
    const QString where = context + u", reference"_s;
    const YAML::Node reference = entry->value;
    if (!yaml.expectMap(reference, where, u"\"reference\" (a duration, or offset/window, from/to, or file)"_s)
        || !yaml.checkKeys(reference, where, {u"offset"_s, u"window"_s, u"from"_s, u"to"_s, u"file"_s}))
        return false;
    const bool relative = YamlReader::has(reference, "offset") || YamlReader::has(reference, "window");
    const bool range = YamlReader::has(reference, "from") || YamlReader::has(reference, "to");
    const bool file = YamlReader::has(reference, "file");
    if (int(relative) + int(range) + int(file) != 1) {
        return yaml.fail(reference, where, u"give one kind of reference: offset (and window), from and to, or file"_s);
    }
    if (relative) {
        return readMinutes(yaml, reference, "offset", where, 5 * minute, 90 * day, drift.offsetMinutes)
            && readMinutes(yaml, reference, "window", where, 5 * minute, 30 * day, drift.referenceMinutes);
    }
    if (range) {
        if (!readTime(yaml, reference, "from", where, drift.referenceFrom)
            || !readTime(yaml, reference, "to", where, drift.referenceTo))
            return false;
        if (drift.referenceFrom.secsTo(drift.referenceTo) < 5 * minute) {
            return yaml.failAt(
                YamlReader::markOf(reference, "to"), where, u"\"to\" must be at least 5 minutes after \"from\""_s);
        }
        return true;
    }
    if (!yaml.readString(reference, "file", where, drift.referenceFile, true))
        return false;
    if (QFileInfo(drift.referenceFile).isRelative()) {
        const QFileInfo workspaceFile(yaml.sourceName());
        drift.referenceFile = QDir(workspaceFile.absolutePath()).filePath(drift.referenceFile);
    }
    return true;
}

} // namespace

const QStringList& driftPanelKeys()
{
    static const QStringList keys{u"histogram"_s, u"by"_s, u"window"_s, u"reference"_s, u"heatmap"_s};
    return keys;
}

bool refuseDriftKeys(YamlReader& yaml, const YAML::Node& node, const QString& context)
{
    for (const QString& key : driftPanelKeys()) {
        const QByteArray name = key.toUtf8();
        if (YamlReader::has(node, name.constData()))
            return yaml.failAt(YamlReader::markOf(node, name.constData()), context,
                u"\""_s + key + u"\" only applies to drift panels"_s);
    }
    return true;
}

bool readDriftPanel(YamlReader& yaml, const YAML::Node& node, const QString& context, Panel& panel)
{
    for (const char* key : {"expr", "targets", "legend", "range", "buckets", "unit", "min", "max"}) {
        if (YamlReader::has(node, key)) {
            return yaml.failAt(YamlReader::markOf(node, key), context,
                u"a drift panel has no \""_s + QString::fromUtf8(key)
                    + u"\"; it reads the `_bucket` series named by \"histogram\""_s);
        }
    }
    DriftSpec& drift = panel.drift;
    if (!yaml.readString(node, "histogram", context, drift.histogram, true)
        || !yaml.readString(node, "by", context, drift.by, false)
        || !readMinutes(yaml, node, "window", context, 5 * minute, 7 * day, drift.windowMinutes)
        || !readReference(yaml, node, context, drift))
        return false;
    if (!drift.histogram.contains(u"_bucket"_s)) {
        return yaml.failAt(YamlReader::markOf(node, "histogram"), context,
            u"\"histogram\" must select the `_bucket` series of a histogram, such as "
            u"ml_feature_value_bucket{service=\"$service\"}, not "_s
                + YamlReader::quoted(drift.histogram));
    }
    if (drift.by.isEmpty())
        drift.by = u"feature"_s;
    qint64 heatmap = qint64(drift.heatmapHours) * 3600;
    if (!yaml.readDuration(node, "heatmap", context, 3600, 7 * day, heatmap))
        return false;
    if (heatmap % 3600 != 0) {
        return yaml.failAt(YamlReader::markOf(node, "heatmap"), context,
            u"\"heatmap\" must be whole hours, not "_s + YamlReader::durationText(heatmap));
    }
    drift.heatmapHours = int(heatmap / 3600);
    if (qint64(drift.heatmapHours) * 60 / drift.windowMinutes > 400) {
        return yaml.failAt(YamlReader::markOf(node, "heatmap"), context,
            u"\"heatmap\" would have more than 400 columns of one window each; widen \"window\" or shorten it"_s);
    }
    return true;
}

} // namespace wk::workspace
