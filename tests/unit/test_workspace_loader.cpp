#include "workspace/WorkspaceLoader.h"

#include <QFile>
#include <QTemporaryDir>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <map>
#include <vector>

using namespace Qt::StringLiterals;
using namespace wk::workspace;
using ::testing::HasSubstr;
using ::testing::StartsWith;

namespace {

// Parses and insists that nothing escapes as an exception.
wk::Result<Workspace> parse(const QByteArray& yaml)
{
    wk::Result<Workspace> result = std::unexpected(wk::Error{});
    EXPECT_NO_THROW(result = parseWorkspace(yaml, u"test.yaml"_s));
    return result;
}

const Panel* findPanel(const Workspace& workspace, const QString& id)
{
    for (const Dashboard& dashboard : workspace.dashboards) {
        for (const Panel& panel : dashboard.panels) {
            if (panel.id == id)
                return &panel;
        }
    }
    return nullptr;
}

struct ExpectedThreshold
{
    double value;
    ThresholdSeverity severity;
    bool above;
};

struct ExpectedPanel
{
    PanelKind kind;
    Unit unit;
    int targets;
    std::vector<ExpectedThreshold> thresholds;
    int rangeMinutes = 60;
    int width = 1;
};

constexpr auto Warning = ThresholdSeverity::Warning;
constexpr auto Critical = ThresholdSeverity::Critical;
constexpr auto TimeSeries = PanelKind::TimeSeries;

} // namespace

TEST(WorkspaceDefault, ParsesWithFourTiers)
{
    const Workspace workspace = defaultWorkspace();
    EXPECT_EQ(workspace.name.toStdString(), "ML services (default)");
    EXPECT_EQ(workspace.refreshSeconds, 15);
    ASSERT_EQ(workspace.variables.size(), 2);
    EXPECT_EQ(workspace.variables[0].name.toStdString(), "service");
    EXPECT_EQ(workspace.variables[1].name.toStdString(), "feature");
    EXPECT_EQ(workspace.variables[1].label.toStdString(), "Feature");

    const std::vector<std::pair<std::string, qsizetype>> expected{
        {"health", 5}, {"quality", 4}, {"drift", 4}, {"resources", 8}};
    ASSERT_EQ(workspace.dashboards.size(), qsizetype(expected.size()));
    for (std::size_t i = 0; i < expected.size(); ++i) {
        EXPECT_EQ(workspace.dashboards[qsizetype(i)].id.toStdString(), expected[i].first);
        EXPECT_EQ(workspace.dashboards[qsizetype(i)].panels.size(), expected[i].second) << expected[i].first;
    }
}

TEST(WorkspaceDefault, EveryPanelHasItsUnitKindAndThresholds)
{
    const std::map<QString, ExpectedPanel> expected{
        {u"requests"_s, {TimeSeries, Unit::RequestsPerSecond, 1, {}}},
        {u"errors"_s, {TimeSeries, Unit::PercentUnit, 1, {{0.01, Warning, true}, {0.05, Critical, true}}}},
        {u"latency"_s, {TimeSeries, Unit::Seconds, 3, {{0.5, Critical, true}}, 60, 2}},
        {u"inflight"_s, {TimeSeries, Unit::None, 1, {}}},
        {u"availability"_s,
            {PanelKind::Stat, Unit::PercentUnit, 1, {{0.999, Warning, false}, {0.99, Critical, false}}}},
        {u"accuracy"_s, {TimeSeries, Unit::PercentUnit, 1, {{0.85, Critical, false}}, 360}},
        {u"classes"_s, {TimeSeries, Unit::RequestsPerSecond, 1, {}}},
        {u"confidence"_s, {PanelKind::Bar, Unit::None, 2, {}}},
        {u"lowconfidence"_s, {TimeSeries, Unit::PercentUnit, 1, {{0.2, Warning, true}}}},
        {u"driftscore"_s, {TimeSeries, Unit::None, 1, {{0.1, Warning, true}, {0.2, Critical, true}}, 360, 2}},
        {u"featuredist"_s, {PanelKind::Bar, Unit::None, 2, {}}},
        {u"featuremean"_s, {TimeSeries, Unit::None, 2, {}, 360}},
        {u"gpuutil"_s, {TimeSeries, Unit::Percent, 1, {{90, Warning, true}}}},
        {u"gpumem"_s, {TimeSeries, Unit::PercentUnit, 1, {{0.9, Warning, true}}}},
        {u"cpu"_s, {TimeSeries, Unit::Cores, 1, {}}},
        {u"memory"_s, {TimeSeries, Unit::Bytes, 1, {}}},
        {u"queue"_s, {TimeSeries, Unit::None, 1, {{100, Warning, true}}}},
        {u"nodes"_s, {PanelKind::Stat, Unit::None, 1, {{2.5, Critical, false}}}},
        {u"freshness"_s, {PanelKind::Stat, Unit::Seconds, 1, {{3600, Warning, true}, {7200, Critical, true}}}},
        {u"training"_s, {PanelKind::Stat, Unit::Seconds, 1, {{172800, Warning, true}}}},
    };
    const Workspace workspace = defaultWorkspace();
    for (const auto& [id, want] : expected) {
        SCOPED_TRACE(id.toStdString());
        const Panel* panel = findPanel(workspace, id);
        ASSERT_NE(panel, nullptr);
        EXPECT_EQ(panel->kind, want.kind);
        EXPECT_EQ(panel->unit, want.unit);
        EXPECT_EQ(panel->targets.size(), want.targets);
        EXPECT_EQ(panel->rangeMinutes, want.rangeMinutes);
        EXPECT_EQ(panel->width, want.width);
        EXPECT_EQ(panel->buckets, want.kind == PanelKind::Bar);
        EXPECT_FALSE(panel->title.isEmpty());
        EXPECT_FALSE(panel->description.isEmpty());
        ASSERT_EQ(panel->thresholds.size(), qsizetype(want.thresholds.size()));
        for (std::size_t i = 0; i < want.thresholds.size(); ++i) {
            const Threshold& threshold = panel->thresholds[qsizetype(i)];
            EXPECT_DOUBLE_EQ(threshold.value, want.thresholds[i].value);
            EXPECT_EQ(threshold.severity, want.thresholds[i].severity);
            EXPECT_EQ(threshold.above, want.thresholds[i].above);
        }
        for (const Target& target : panel->targets)
            EXPECT_FALSE(target.expr.isEmpty());
    }
}

TEST(WorkspaceDefault, KeepsQueriesLegendsAndLabels)
{
    const Workspace workspace = defaultWorkspace();
    const Panel* latency = findPanel(workspace, u"latency"_s);
    ASSERT_NE(latency, nullptr);
    ASSERT_EQ(latency->targets.size(), 3);
    EXPECT_EQ(latency->targets[2].legend.toStdString(), "p99");
    EXPECT_THAT(latency->targets[2].expr.toStdString(), StartsWith("histogram_quantile(0.99, sum by (le)"));
    EXPECT_EQ(latency->thresholds[0].label.toStdString(), "p99 SLO 500 ms");

    const Panel* errors = findPanel(workspace, u"errors"_s);
    ASSERT_NE(errors, nullptr);
    EXPECT_EQ(errors->targets[0].expr.toStdString(),
        "sum(rate(ml_requests_total{service=\"$service\",status=\"error\"}[5m])) / "
        "sum(rate(ml_requests_total{service=\"$service\"}[5m]))");

    const Panel* featuredist = findPanel(workspace, u"featuredist"_s);
    ASSERT_NE(featuredist, nullptr);
    EXPECT_EQ(featuredist->title.toStdString(), "$feature: now vs 1 day ago");
    EXPECT_THAT(featuredist->targets[1].expr.toStdString(), HasSubstr("[30m] offset 1d"));
    EXPECT_EQ(featuredist->targets[1].legend.toStdString(), "1 day ago");

    const Panel* gpuutil = findPanel(workspace, u"gpuutil"_s);
    ASSERT_NE(gpuutil, nullptr);
    EXPECT_EQ(gpuutil->min, 0.0);
    EXPECT_EQ(gpuutil->max, 100.0);
    EXPECT_EQ(gpuutil->targets[0].legend.toStdString(), "{{node}}");
    EXPECT_EQ(findPanel(workspace, u"accuracy"_s)->thresholds[0].label.toStdString(), "alert: < 85% for 15m");
}

TEST(WorkspaceLoader, ShorthandDefaultsAndTargets)
{
    const auto result = parse("dashboards:\n"
                              "  - id: d\n"
                              "    title: D\n"
                              "    panels:\n"
                              "      - {id: a, title: A, expr: up, legend: '{{job}}'}\n"
                              "      - id: b\n"
                              "        title: B\n"
                              "        kind: gauge\n"
                              "        targets: [{expr: up}, {expr: down, legend: d}]\n");
    ASSERT_TRUE(result.has_value()) << result.error().detail.toStdString();
    EXPECT_EQ(result->name.toStdString(), "test");
    EXPECT_EQ(result->refreshSeconds, 15);
    const Panel& a = result->dashboards[0].panels[0];
    EXPECT_EQ(a.kind, PanelKind::TimeSeries);
    EXPECT_EQ(a.unit, Unit::None);
    EXPECT_EQ(a.rangeMinutes, 60);
    EXPECT_EQ(a.width, 1);
    EXPECT_FALSE(a.min.has_value());
    ASSERT_EQ(a.targets.size(), 1);
    EXPECT_EQ(a.targets[0].legend.toStdString(), "{{job}}");
    const Panel& b = result->dashboards[0].panels[1];
    EXPECT_EQ(b.kind, PanelKind::Gauge);
    ASSERT_EQ(b.targets.size(), 2);
    EXPECT_EQ(b.targets[1].expr.toStdString(), "down");
}

TEST(WorkspaceLoader, DurationsAcceptCompoundForms)
{
    const auto result = parse("refresh: 1m30s\n"
                              "dashboards:\n"
                              "  - id: d\n"
                              "    title: D\n"
                              "    panels: [{id: a, title: A, expr: up, range: 1d12h}, {id: b, title: B, expr: "
                              "up, range: 5m}, {id: c, title: C, expr: up, range: 7d}]\n");
    ASSERT_TRUE(result.has_value()) << result.error().detail.toStdString();
    EXPECT_EQ(result->refreshSeconds, 90);
    EXPECT_EQ(result->dashboards[0].panels[0].rangeMinutes, 36 * 60);
    EXPECT_EQ(result->dashboards[0].panels[1].rangeMinutes, 5);
    EXPECT_EQ(result->dashboards[0].panels[2].rangeMinutes, 7 * 24 * 60);
}

TEST(WorkspaceLoader, LoadsAFileAndNamesItInErrors)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(u"workspace.yaml"_s);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("dashboards:\n  - id: d\n    title: D\n    panels:\n      - {id: a, title: A, expr: up, kind: line}\n");
    file.close();

    const auto result = loadWorkspaceFile(path);
    ASSERT_FALSE(result.has_value());
    EXPECT_EQ(result.error().code, wk::ErrorCode::Parse);
    EXPECT_EQ(result.error().detail.toStdString(),
        QString(path + u":5:43: panel \"a\": unknown kind \"line\" (expected timeseries, stat, gauge, bar, drift)"_s)
            .toStdString());
}

TEST(WorkspaceLoader, MissingFileIsNotFound)
{
    QTemporaryDir dir;
    const auto result = loadWorkspaceFile(dir.filePath(u"nope.yaml"_s));
    ASSERT_FALSE(result.has_value());
    EXPECT_EQ(result.error().code, wk::ErrorCode::NotFound);
    EXPECT_THAT(result.error().detail.toStdString(), HasSubstr("nope.yaml"));
}
