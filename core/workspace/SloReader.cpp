#include "workspace/SloReader.h"

using namespace Qt::StringLiterals;

namespace wk::workspace {

namespace {

constexpr qint64 day = 24 * 3600;

} // namespace

SloReader::SloReader(YamlReader& yaml, SourceReader& sources, VariableCheck checkVariables)
    : m_yaml(yaml)
    , m_sources(sources)
    , m_checkVariables(std::move(checkVariables))
{ }

bool SloReader::read(const YAML::Node& root, QList<Slo>& slos)
{
    if (!m_yaml.expectList(root, "slos", u"workspace"_s))
        return false;
    const auto list = YamlReader::entry(root, "slos");
    if (!list)
        return true;
    int number = 0;
    for (const YAML::Node& node : list->value) {
        Slo slo;
        if (!readSlo(node, ++number, slo))
            return false;
        slos.append(slo);
    }
    return true;
}

bool SloReader::readSlo(const YAML::Node& node, int number, Slo& slo)
{
    QString context = u"SLO "_s + QString::number(number);
    if (!m_yaml.expectMap(node, context, u"each SLO"_s))
        return false;
    context = YamlReader::contextFor(node, "id", u"SLO"_s, context);
    const QStringList keys{u"id"_s, u"name"_s, u"description"_s, u"objective"_s, u"period"_s, u"preset"_s, u"errors"_s,
        u"good"_s, u"total"_s, u"source"_s};
    if (!m_yaml.checkKeys(node, context, keys) || !m_yaml.readString(node, "id", context, slo.id, true))
        return false;
    if (!YamlReader::isId(slo.id)) {
        return m_yaml.failAt(YamlReader::markOf(node, "id"), context,
            u"\"id\" may only hold letters, digits, \"-\" and \"_\", not "_s + YamlReader::quoted(slo.id));
    }
    if (m_ids.contains(slo.id))
        return m_yaml.failAt(YamlReader::markOf(node, "id"), context, u"declared twice"_s);
    m_ids.append(slo.id);
    if (!m_yaml.readString(node, "name", context, slo.name, false)
        || !m_yaml.readString(node, "description", context, slo.description, false)
        || !readObjective(node, context, slo))
        return false;
    if (slo.name.isEmpty())
        slo.name = slo.id;

    if (!m_yaml.readDuration(node, "period", context, day, 90 * day, slo.periodSeconds))
        return false;
    if (slo.periodSeconds % day != 0) {
        return m_yaml.failAt(YamlReader::markOf(node, "period"), context,
            u"\"period\" must be whole days (28d, 30d), not "_s + YamlReader::durationText(slo.periodSeconds));
    }
    qsizetype preset = -1;
    if (!m_yaml.readChoice(node, "preset", context, {u"sloth"_s, u"pyrra"_s}, preset))
        return false;
    if (preset == 1)
        slo.preset = analytics::slo::Preset::Pyrra;
    for (const auto& alert : analytics::slo::alertWindows(slo.preset, analytics::slo::Seconds(slo.periodSeconds))) {
        if (alert.shortWindow.count() <= 0) {
            return m_yaml.failAt(YamlReader::markOf(node, "period"), context,
                u"with the pyrra preset the period must be at least 3d: its windows scale with the period, and "
                u"the 5m window of 28 days rounds to nothing below that"_s);
        }
    }

    const bool errors = YamlReader::has(node, "errors");
    const bool good = YamlReader::has(node, "good");
    if (errors == good) {
        return m_yaml.fail(node, context,
            errors ? u"give \"errors\" or \"good\", not both"_s
                   : u"missing \"errors\" (or \"good\"): the SLI is errors / total or 1 - good / total"_s);
    }
    if (!m_yaml.require(node, "total", context)
        || !readQuery(node, errors ? "errors" : "good", context, errors ? slo.errorsQuery : slo.goodQuery)
        || !readQuery(node, "total", context, slo.totalQuery))
        return false;
    return m_sources.readPanelSource(node, context, slo.source);
}

bool SloReader::readObjective(const YAML::Node& node, const QString& context, Slo& slo)
{
    if (!m_yaml.require(node, "objective", context))
        return false;
    std::optional<double> percent;
    if (!m_yaml.readNumber(node, "objective", context, percent))
        return false;
    if (!percent || !(*percent > 0.0 && *percent < 100.0)) {
        return m_yaml.failAt(YamlReader::markOf(node, "objective"), context,
            u"\"objective\" is a percentage between 0 and 100 (99.9 means 99.9%)"_s);
    }
    if (*percent < 1.0) {
        return m_yaml.failAt(YamlReader::markOf(node, "objective"), context,
            u"\"objective\" is a percentage, as in Sloth: write 99.9 for 99.9%, not "_s + QString::number(*percent));
    }
    slo.objective = *percent / 100.0;
    return true;
}

bool SloReader::readQuery(const YAML::Node& node, const char* key, const QString& context, QString& query)
{
    if (!m_yaml.readString(node, key, context, query, true) || !m_checkVariables(node, key, context, query))
        return false;
    if (!query.contains(sloWindowPlaceholder)) {
        return m_yaml.failAt(YamlReader::markOf(node, key), context,
            u"\""_s + QString::fromUtf8(key)
                + u"\" must hold {{.window}} where the window goes, as in "
                  u"sum(rate(http_requests_total{code=~\"5..\"}[{{.window}}]))"_s);
    }
    return true;
}

} // namespace wk::workspace
