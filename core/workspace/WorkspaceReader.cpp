#include "workspace/WorkspaceReader.h"

#include "workspace/DriftPanelReader.h"
#include "workspace/RunbookFoldersReader.h"
#include "workspace/SloReader.h"
#include "workspace/Variables.h"

#include <QFileInfo>

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace wk::workspace {

namespace {

constexpr qint64 minute = 60;
constexpr qint64 day = 24 * 60 * minute;

template <typename E, std::size_t N> using Choices = std::array<std::pair<QStringView, E>, N>;

constexpr Choices<PanelKind, 5> kinds{{
    {u"timeseries", PanelKind::TimeSeries},
    {u"stat", PanelKind::Stat},
    {u"gauge", PanelKind::Gauge},
    {u"bar", PanelKind::Bar},
    {u"drift", PanelKind::Drift},
}};

constexpr Choices<Unit, 7> units{{
    {u"none", Unit::None},
    {u"seconds", Unit::Seconds},
    {u"percent", Unit::Percent},
    {u"percentunit", Unit::PercentUnit},
    {u"bytes", Unit::Bytes},
    {u"reqps", Unit::RequestsPerSecond},
    {u"cores", Unit::Cores},
}};

constexpr Choices<ThresholdSeverity, 2> severities{{
    {u"warning", ThresholdSeverity::Warning},
    {u"critical", ThresholdSeverity::Critical},
}};

constexpr Choices<bool, 2> directions{{{u"above", true}, {u"below", false}}};

template <typename E, std::size_t N>
bool readEnum(YamlReader& yaml, const YAML::Node& map, const char* key, const QString& context,
    const Choices<E, N>& choices, E& out)
{
    QStringList names;
    for (const auto& choice : choices)
        names.append(choice.first.toString());
    qsizetype index = -1;
    if (!yaml.readChoice(map, key, context, names, index))
        return false;
    if (index >= 0)
        out = choices[std::size_t(index)].second;
    return true;
}

QString numbered(const QString& what, int number)
{
    return what + u' ' + QString::number(number);
}

} // namespace

WorkspaceReader::WorkspaceReader(QString sourceName, QByteArray text)
    : m_yaml(std::move(sourceName), std::move(text))
    , m_sources(m_yaml)
    , m_alerts(m_yaml)
    , m_notifications(m_yaml)
{ }

std::optional<Workspace> WorkspaceReader::read(const YAML::Node& root)
{
    const QString context = u"workspace"_s;
    if (!m_yaml.expectMap(root, context, u"the top level"_s))
        return std::nullopt;
    const QStringList keys{u"name"_s, u"refresh"_s, u"variables"_s, u"sources"_s, u"alerts"_s, u"notifications"_s,
        u"dashboards"_s, u"slos"_s, u"runbooks"_s, u"postmortem_template"_s};
    if (!m_yaml.checkKeys(root, context, keys))
        return std::nullopt;

    Workspace workspace;
    qint64 refresh = workspace.refreshSeconds;
    if (!m_yaml.readString(root, "name", context, workspace.name, false)
        || !m_yaml.readDuration(root, "refresh", context, 5, 10 * minute, refresh))
        return std::nullopt;
    workspace.refreshSeconds = int(refresh);
    if (workspace.name.isEmpty())
        workspace.name = QFileInfo(m_yaml.sourceName()).completeBaseName();

    // Variables, sources and the alert service first, whatever the key order, so panels can be checked against them.
    if (!readVariables(root, workspace) || !m_sources.read(root, workspace.sources)
        || !m_alerts.read(root, workspace.alerts) || !m_notifications.read(root, workspace.notifications))
        return std::nullopt;

    if (!m_yaml.require(root, "dashboards", context) || !m_yaml.expectList(root, "dashboards", context))
        return std::nullopt;
    const YAML::Node dashboards = YamlReader::entry(root, "dashboards")->value;
    if (dashboards.size() == 0) {
        m_yaml.failAt(YamlReader::markOf(root, "dashboards"), context, u"\"dashboards\" must not be empty"_s);
        return std::nullopt;
    }
    int number = 0;
    for (const YAML::Node& node : dashboards) {
        Dashboard dashboard;
        if (!readDashboard(node, ++number, dashboard))
            return std::nullopt;
        workspace.dashboards.append(dashboard);
    }
    SloReader slos(
        m_yaml, m_sources, [this](const YAML::Node& map, const char* key, const QString& where, const QString& text) {
            return checkVariables(map, key, where, text);
        });
    if (!slos.read(root, workspace.slos) || !readRunbookFolders(m_yaml, root, workspace.runbookFolders)
        || !readPostmortemTemplate(m_yaml, root, workspace.postmortemTemplate))
        return std::nullopt;
    return workspace;
}

bool WorkspaceReader::readVariables(const YAML::Node& root, Workspace& workspace)
{
    if (!m_yaml.expectList(root, "variables", u"workspace"_s))
        return false;
    const auto list = YamlReader::entry(root, "variables");
    if (!list)
        return true;
    int number = 0;
    for (const YAML::Node& node : list->value) {
        Variable variable;
        if (!readVariable(node, ++number, variable))
            return false;
        workspace.variables.append(variable);
        m_variables.append(variable.name);
    }
    return true;
}

bool WorkspaceReader::readVariable(const YAML::Node& node, int number, Variable& variable)
{
    QString context = numbered(u"variable"_s, number);
    if (!m_yaml.expectMap(node, context, u"each variable"_s))
        return false;
    context = YamlReader::contextFor(node, "name", u"variable"_s, context);
    if (!m_yaml.checkKeys(node, context, {u"name"_s, u"label"_s, u"query"_s})
        || !m_yaml.readString(node, "name", context, variable.name, true))
        return false;
    if (!isVariableName(variable.name)) {
        return m_yaml.failAt(YamlReader::markOf(node, "name"), context,
            u"\"name\" must be letters, digits and \"_\", not starting with a digit, not "_s
                + YamlReader::quoted(variable.name));
    }
    if (m_variables.contains(variable.name))
        return m_yaml.failAt(YamlReader::markOf(node, "name"), context, u"declared twice"_s);
    if (!m_yaml.readString(node, "label", context, variable.label, false)
        || !m_yaml.readString(node, "query", context, variable.query, true))
        return false;
    if (variable.label.isEmpty())
        variable.label = variable.name;
    if (!parseLabelValuesQuery(variable.query)) {
        return m_yaml.failAt(YamlReader::markOf(node, "query"), context,
            u"\"query\" must be label_values(<selector>, <label>) or label_values(<label>), not "_s
                + YamlReader::quoted(variable.query));
    }
    for (const QString& used : variablesUsed(variable.query)) {
        if (!m_variables.contains(used)) {
            return m_yaml.failAt(YamlReader::markOf(node, "query"), context,
                u"\"query\" uses $"_s + used
                    + u", which is not declared above this variable (a variable may only "
                      u"use the ones before it)"_s);
        }
    }
    return true;
}

bool WorkspaceReader::readId(const YAML::Node& node, const QString& context, QHash<QString, int>& seen, QString& id)
{
    if (!m_yaml.readString(node, "id", context, id, true))
        return false;
    const YAML::Mark mark = YamlReader::markOf(node, "id");
    if (!YamlReader::isId(id)) {
        return m_yaml.failAt(
            mark, context, u"\"id\" may only hold letters, digits, \"-\" and \"_\", not "_s + YamlReader::quoted(id));
    }
    if (const auto first = seen.constFind(id); first != seen.cend()) {
        return m_yaml.failAt(mark, context,
            u"id "_s + YamlReader::quoted(id) + u" is already used on line "_s + QString::number(*first + 1));
    }
    seen.insert(id, mark.line);
    return true;
}

bool WorkspaceReader::readDashboard(const YAML::Node& node, int number, Dashboard& dashboard)
{
    QString context = numbered(u"dashboard"_s, number);
    if (!m_yaml.expectMap(node, context, u"each dashboard"_s))
        return false;
    context = YamlReader::contextFor(node, "id", u"dashboard"_s, context);
    if (!m_yaml.checkKeys(node, context, {u"id"_s, u"title"_s, u"panels"_s})
        || !readId(node, context, m_dashboardLines, dashboard.id)
        || !m_yaml.readString(node, "title", context, dashboard.title, true) || !m_yaml.require(node, "panels", context)
        || !m_yaml.expectList(node, "panels", context))
        return false;
    const YAML::Node panels = YamlReader::entry(node, "panels")->value;
    if (panels.size() == 0)
        return m_yaml.failAt(YamlReader::markOf(node, "panels"), context, u"\"panels\" must not be empty"_s);
    int panelNumber = 0;
    for (const YAML::Node& panelNode : panels) {
        Panel panel;
        if (!readPanel(panelNode, numbered(u"panel"_s, ++panelNumber) + u" of "_s + context, panel))
            return false;
        dashboard.panels.append(panel);
    }
    return true;
}

bool WorkspaceReader::readPanel(const YAML::Node& node, const QString& where, Panel& panel)
{
    if (!m_yaml.expectMap(node, where, u"each panel"_s))
        return false;
    const QString context = YamlReader::contextFor(node, "id", u"panel"_s, where);
    QStringList keys{u"id"_s, u"title"_s, u"description"_s, u"kind"_s, u"unit"_s, u"expr"_s, u"legend"_s, u"targets"_s,
        u"thresholds"_s, u"range"_s, u"width"_s, u"min"_s, u"max"_s, u"buckets"_s, u"source"_s};
    keys += driftPanelKeys();
    if (!m_yaml.checkKeys(node, context, keys) || !readId(node, context, m_panelLines, panel.id)
        || !m_yaml.readString(node, "title", context, panel.title, true)
        || !checkVariables(node, "title", context, panel.title)
        || !m_yaml.readString(node, "description", context, panel.description, false)
        || !readEnum(m_yaml, node, "kind", context, kinds, panel.kind))
        return false;
    const bool drift = panel.kind == PanelKind::Drift;
    if (drift ? !readDriftPanel(m_yaml, node, context, panel)
                || !checkVariables(node, "histogram", context, panel.drift.histogram)
              : !refuseDriftKeys(m_yaml, node, context) || !readEnum(m_yaml, node, "unit", context, units, panel.unit)
                || !readTargets(node, context, panel))
        return false;
    if (!readPanelLayout(node, context, panel) || !m_sources.readPanelSource(node, context, panel.source)
        || !m_yaml.expectList(node, "thresholds", context))
        return false;

    if (const auto thresholds = YamlReader::entry(node, "thresholds")) {
        int number = 0;
        for (const YAML::Node& thresholdNode : thresholds->value) {
            Threshold threshold;
            if (!readThreshold(
                    thresholdNode, context + u", "_s + numbered(u"threshold"_s, ++number), panel.unit, threshold))
                return false;
            panel.thresholds.append(threshold);
        }
    }
    if (drift && panel.thresholds.isEmpty()) {
        panel.thresholds = {{0.1, ThresholdSeverity::Warning, true, u"moderate shift"_s},
            {0.25, ThresholdSeverity::Critical, true, u"major shift"_s}};
    }
    return true;
}

bool WorkspaceReader::readPanelLayout(const YAML::Node& node, const QString& context, Panel& panel)
{
    if (YamlReader::has(node, "range") && panel.kind != PanelKind::TimeSeries)
        return m_yaml.failAt(
            YamlReader::markOf(node, "range"), context, u"\"range\" only applies to timeseries panels"_s);
    if (YamlReader::has(node, "buckets") && panel.kind != PanelKind::Bar)
        return m_yaml.failAt(YamlReader::markOf(node, "buckets"), context, u"\"buckets\" only applies to bar panels"_s);

    qint64 range = panel.rangeMinutes * minute;
    if (!m_yaml.readDuration(node, "range", context, 5 * minute, 7 * day, range))
        return false;
    if (range % minute != 0) {
        return m_yaml.failAt(YamlReader::markOf(node, "range"), context,
            u"\"range\" must be whole minutes, not "_s + YamlReader::durationText(range));
    }
    panel.rangeMinutes = int(range / minute);

    if (!m_yaml.readInt(node, "width", context, panel.width)
        || !m_yaml.readBool(node, "buckets", context, panel.buckets)
        || !m_yaml.readNumber(node, "min", context, panel.min) || !m_yaml.readNumber(node, "max", context, panel.max))
        return false;
    if (panel.width != 1 && panel.width != 2) {
        return m_yaml.failAt(YamlReader::markOf(node, "width"), context,
            u"\"width\" must be 1 or 2 columns, not "_s + QString::number(panel.width));
    }
    if (panel.min && panel.max && *panel.min >= *panel.max) {
        return m_yaml.failAt(YamlReader::markOf(node, "min"), context,
            u"\"min\" ("_s + QString::number(*panel.min) + u") must be less than \"max\" ("_s
                + QString::number(*panel.max) + u')');
    }
    return true;
}

bool WorkspaceReader::readTargets(const YAML::Node& node, const QString& context, Panel& panel)
{
    const bool shorthand = YamlReader::has(node, "expr");
    const auto targets = YamlReader::entry(node, "targets");
    if (shorthand && targets) {
        return m_yaml.failAt(YamlReader::markOf(*targets), context,
            u"use either \"expr\" (one query) or \"targets\" (several), not both"_s);
    }
    if (YamlReader::has(node, "legend") && !shorthand) {
        return m_yaml.failAt(YamlReader::markOf(node, "legend"), context,
            u"\"legend\" goes with \"expr\"; with \"targets\", give each target its own legend"_s);
    }
    if (shorthand) {
        Target target;
        if (!readTarget(node, context, target))
            return false;
        panel.targets.append(target);
        return true;
    }
    if (!targets) {
        return m_yaml.fail(node, context, u"missing \"expr\" (or \"targets\" for several queries)"_s);
    }
    if (!m_yaml.expectList(node, "targets", context))
        return false;
    if (targets->value.size() == 0)
        return m_yaml.failAt(YamlReader::markOf(*targets), context, u"\"targets\" must not be empty"_s);
    int number = 0;
    for (const YAML::Node& targetNode : targets->value) {
        const QString targetContext = context + u", "_s + numbered(u"target"_s, ++number);
        Target target;
        if (!m_yaml.expectMap(targetNode, targetContext, u"each target"_s)
            || !m_yaml.checkKeys(targetNode, targetContext, {u"expr"_s, u"legend"_s})
            || !readTarget(targetNode, targetContext, target))
            return false;
        panel.targets.append(target);
    }
    return true;
}

bool WorkspaceReader::readTarget(const YAML::Node& node, const QString& context, Target& target)
{
    return m_yaml.readString(node, "expr", context, target.expr, true)
        && checkVariables(node, "expr", context, target.expr)
        && m_yaml.readString(node, "legend", context, target.legend, false)
        && checkVariables(node, "legend", context, target.legend);
}

bool WorkspaceReader::readThreshold(const YAML::Node& node, const QString& context, Unit unit, Threshold& threshold)
{
    std::optional<double> value;
    if (!m_yaml.expectMap(node, context, u"each threshold"_s)
        || !m_yaml.checkKeys(node, context, {u"value"_s, u"severity"_s, u"direction"_s, u"label"_s})
        || !m_yaml.require(node, "value", context) || !m_yaml.readNumber(node, "value", context, value)
        || !m_yaml.require(node, "severity", context)
        || !readEnum(m_yaml, node, "severity", context, severities, threshold.severity)
        || !readEnum(m_yaml, node, "direction", context, directions, threshold.above)
        || !m_yaml.readString(node, "label", context, threshold.label, false))
        return false;
    if (!value)
        return m_yaml.failAt(YamlReader::markOf(node, "value"), context, u"\"value\" must be a number"_s);
    threshold.value = *value;

    // The classic slip: 5 meaning 5% on a 0..1 ratio panel, which would never trigger.
    if (unit == Unit::PercentUnit && (threshold.value < 0.0 || threshold.value > 1.0)) {
        return m_yaml.failAt(YamlReader::markOf(node, "value"), context,
            u"\"value\" "_s + QString::number(threshold.value)
                + u" is outside 0..1; unit percentunit takes ratios (0.05 means 5%)"_s);
    }
    if (unit == Unit::Percent && (threshold.value < 0.0 || threshold.value > 100.0)) {
        return m_yaml.failAt(YamlReader::markOf(node, "value"), context,
            u"\"value\" "_s + QString::number(threshold.value) + u" is outside 0..100 for unit percent"_s);
    }
    return true;
}

bool WorkspaceReader::checkVariables(
    const YAML::Node& map, const char* key, const QString& context, const QString& text)
{
    for (const QString& used : variablesUsed(text)) {
        if (m_variables.contains(used))
            continue;
        const QString declared
            = m_variables.isEmpty() ? u"no variables are declared"_s : u"declared: $"_s + m_variables.join(u", $"_s);
        return m_yaml.failAt(YamlReader::markOf(map, key), context,
            u"unknown variable $"_s + used + u" in \""_s + QString::fromUtf8(key) + u"\" ("_s + declared + u')');
    }
    return true;
}

} // namespace wk::workspace
