#include "workspace/NotificationsReader.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace wk::workspace {

namespace {

const QString context = u"notifications"_s;

// "22:00-08:00" -> the span; "none" -> no quiet hours.
std::optional<notify::QuietHours> parseSpan(const QString& text)
{
    if (text.trimmed() == u"none"_s)
        return notify::QuietHours{};
    static const QRegularExpression span(uR"(^\s*(\d{1,2}:\d{2})\s*-\s*(\d{1,2}:\d{2})\s*$)"_s);
    const auto match = span.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QTime from = QTime::fromString(match.captured(1).rightJustified(5, u'0'), u"HH:mm"_s);
    const QTime to = QTime::fromString(match.captured(2).rightJustified(5, u'0'), u"HH:mm"_s);
    if (!from.isValid() || !to.isValid() || from == to)
        return std::nullopt;
    return notify::QuietHours{from, to};
}

} // namespace

NotificationsReader::NotificationsReader(YamlReader& yaml)
    : m_yaml(yaml)
{ }

bool NotificationsReader::read(const YAML::Node& root, notify::NotificationSettings& settings)
{
    const auto section = YamlReader::entry(root, "notifications");
    if (!section || section->value.IsNull())
        return true;
    const YAML::Node node = section->value;
    if (!m_yaml.expectMap(node, context, u"\"notifications\""_s)
        || !m_yaml.checkKeys(node, context,
            {u"minimum"_s, u"only_while_on_call"_s, u"repeat"_s, u"sound"_s, u"time_zone"_s, u"quiet_hours"_s}))
        return false;
    qsizetype minimum = qsizetype(settings.minimum) - 1;
    if (!m_yaml.readChoice(node, "minimum", context, {u"P1"_s, u"P2"_s, u"P3"_s, u"P4"_s, u"P5"_s}, minimum))
        return false;
    settings.minimum = static_cast<alerts::Priority>(minimum + 1);
    qint64 repeat = qint64(settings.repeatMinutes) * 60;
    if (YamlReader::has(node, "repeat")) {
        const auto entry = YamlReader::entry(node, "repeat");
        if (entry->value.IsScalar() && entry->value.Scalar() == "0")
            repeat = 0;
        else if (!m_yaml.readDuration(node, "repeat", context, 60, 24 * 3600, repeat))
            return false;
    }
    settings.repeatMinutes = int(repeat / 60);
    if (!m_yaml.readBool(node, "only_while_on_call", context, settings.onlyWhileOnCall)
        || !m_yaml.readBool(node, "sound", context, settings.sound))
        return false;
    QString zone;
    if (!m_yaml.readString(node, "time_zone", context, zone, false))
        return false;
    if (!zone.isEmpty()) {
        const QTimeZone tz(zone.toUtf8());
        if (!tz.isValid()) {
            return m_yaml.failAt(YamlReader::markOf(node, "time_zone"), context,
                u"unknown time zone "_s + YamlReader::quoted(zone) + u" (use an IANA name such as Asia/Bangkok)"_s);
        }
        settings.zone = tz;
    }
    return readQuietHours(node, settings);
}

bool NotificationsReader::readQuietHours(const YAML::Node& node, notify::NotificationSettings& settings)
{
    const auto entry = YamlReader::entry(node, "quiet_hours");
    if (!entry || entry->value.IsNull())
        return true;
    if (!m_yaml.expectMap(entry->value, context, u"\"quiet_hours\""_s)
        || !m_yaml.checkKeys(entry->value, context, {u"P1"_s, u"P2"_s, u"P3"_s, u"P4"_s, u"P5"_s}))
        return false;
    // Naming quiet hours replaces the defaults: priorities left out are never quiet.
    settings.quiet.clear();
    for (int p = 1; p <= 5; ++p) {
        const QByteArray key = "P" + QByteArray::number(p);
        QString text;
        if (!m_yaml.readString(entry->value, key.constData(), context, text, false))
            return false;
        if (text.isEmpty())
            continue;
        const auto span = parseSpan(text);
        if (!span) {
            return m_yaml.failAt(YamlReader::markOf(entry->value, key.constData()), context,
                u"quiet hours are \"HH:MM-HH:MM\" (for example 22:00-08:00) or \"none\", not "_s
                    + YamlReader::quoted(text));
        }
        if (span->from.isValid())
            settings.quiet.insert(static_cast<alerts::Priority>(p), *span);
    }
    return true;
}

} // namespace wk::workspace
