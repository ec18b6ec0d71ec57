// The workspace's drift panels and SLOs: what a valid file gives, and what a wrong one is told.
#include "WorkspaceTestSupport.h"

#include <QFile>

using namespace wk;
using namespace wk::testsupport;
using ::testing::HasSubstr;

namespace {

const std::string head = R"(name: t
variables:
  - {name: service, query: 'label_values(ml_requests_total, service)'}
dashboards:
  - id: drift
    title: Drift
    panels:
)";

std::string withDriftPanel(const std::string& body)
{
    return head + "      - id: d\n        title: D\n        kind: drift\n" + body;
}

std::string withSlo(const std::string& body)
{
    return head + "      - {id: p, title: P, expr: up}\nslos:\n  - id: a\n" + body;
}

const std::string sloQueries
    = "    errors: sum(rate(e{service=\"$service\"}[{{.window}}]))\n    total: sum(rate(t[{{.window}}]))\n";

} // namespace

TEST(WorkspaceDrift, ReadsADriftPanelWithDefaults)
{
    const auto ws = parse(withDriftPanel("        histogram: ml_feature_value_bucket{service=\"$service\"}\n"));
    ASSERT_TRUE(ws) << ws.error().detail.toStdString();
    const workspace::Panel& panel = ws->dashboards[0].panels[0];
    EXPECT_EQ(panel.kind, workspace::PanelKind::Drift);
    EXPECT_EQ(panel.drift.by, QStringLiteral("feature"));
    EXPECT_EQ(panel.drift.windowMinutes, 60);
    EXPECT_EQ(panel.drift.offsetMinutes, 24 * 60);
    EXPECT_EQ(panel.drift.effectiveReferenceMinutes(), 60);
    EXPECT_EQ(panel.drift.heatmapHours, 24);
    ASSERT_EQ(panel.thresholds.size(), 2);
    EXPECT_DOUBLE_EQ(panel.thresholds[0].value, 0.1);
    EXPECT_DOUBLE_EQ(panel.thresholds[1].value, 0.25);
    EXPECT_EQ(panel.thresholds[1].severity, workspace::ThresholdSeverity::Critical);
}

TEST(WorkspaceDrift, ReadsEachKindOfReference)
{
    auto ws = parse(withDriftPanel("        histogram: x_bucket\n        window: 30m\n"
                                   "        reference: {offset: 7d, window: 6h}\n        heatmap: 12h\n"));
    ASSERT_TRUE(ws) << ws.error().detail.toStdString();
    EXPECT_EQ(ws->dashboards[0].panels[0].drift.offsetMinutes, 7 * 24 * 60);
    EXPECT_EQ(ws->dashboards[0].panels[0].drift.effectiveReferenceMinutes(), 360);
    EXPECT_EQ(ws->dashboards[0].panels[0].drift.heatmapHours, 12);

    ws = parse(withDriftPanel("        histogram: x_bucket\n"
                              "        reference: {from: '2026-11-01T00:00:00Z', to: '2026-11-02T00:00:00Z'}\n"));
    ASSERT_TRUE(ws) << ws.error().detail.toStdString();
    EXPECT_EQ(
        ws->dashboards[0].panels[0].drift.referenceFrom.secsTo(ws->dashboards[0].panels[0].drift.referenceTo), 86400);

    ws = parse(withDriftPanel("        histogram: x_bucket\n        reference: {file: ref.csv}\n"));
    ASSERT_TRUE(ws) << ws.error().detail.toStdString();
    EXPECT_TRUE(ws->dashboards[0].panels[0].drift.referenceFile.endsWith(QStringLiteral("/ref.csv")));
}

TEST(WorkspaceDrift, RefusesWhatADriftPanelCannotUse)
{
    EXPECT_THAT(parseError(withDriftPanel("        histogram: x_bucket\n        expr: up\n")),
        HasSubstr("a drift panel has no \"expr\""));
    EXPECT_THAT(parseError(withDriftPanel("        histogram: ml_feature_value_sum\n")), HasSubstr("_bucket"));
    EXPECT_THAT(parseError(withDriftPanel("        window: 1h\n")), HasSubstr("histogram"));
    EXPECT_THAT(parseError(withDriftPanel("        histogram: x_bucket{service=\"$svc\"}\n")),
        HasSubstr("unknown variable $svc"));
    EXPECT_THAT(
        parseError(withDriftPanel("        histogram: x_bucket\n        reference: {offset: 1d, file: r.csv}\n")),
        HasSubstr("give one kind of reference"));
    EXPECT_THAT(parseError(withDriftPanel("        histogram: x_bucket\n"
                                          "        reference: {from: yesterday, to: '2026-11-02T00:00:00Z'}\n")),
        HasSubstr("RFC 3339"));
    EXPECT_THAT(parseError(withDriftPanel("        histogram: x_bucket\n        window: 5m\n        heatmap: 7d\n")),
        HasSubstr("more than 400 columns"));
    EXPECT_THAT(parseError(head + "      - {id: p, title: P, expr: up, histogram: x_bucket}\n"),
        HasSubstr("\"histogram\" only applies to drift panels"));
}

TEST(WorkspaceSlos, ReadsAnSlo)
{
    const auto ws = parse(
        withSlo("    name: Availability\n    objective: 99.9\n    period: 28d\n    preset: pyrra\n" + sloQueries));
    ASSERT_TRUE(ws) << ws.error().detail.toStdString();
    ASSERT_EQ(ws->slos.size(), 1);
    const workspace::Slo& slo = ws->slos[0];
    EXPECT_EQ(slo.name, QStringLiteral("Availability"));
    EXPECT_DOUBLE_EQ(slo.objective, 0.999);
    EXPECT_EQ(slo.periodSeconds, 28 * 86400);
    EXPECT_EQ(slo.preset, analytics::slo::Preset::Pyrra);
    EXPECT_TRUE(slo.goodQuery.isEmpty());
    EXPECT_TRUE(slo.errorsQuery.contains(QStringLiteral("{{.window}}")));
}

TEST(WorkspaceSlos, TheBuiltInWorkspaceHasSlosAndADriftPanel)
{
    QFile file(QStringLiteral(WK_TEST_DATA "/../../resources/workspaces/default.yaml"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const auto ws = workspace::parseWorkspace(file.readAll(), QStringLiteral("default.yaml"));
    ASSERT_TRUE(ws) << ws.error().detail.toStdString();
    EXPECT_GE(ws->slos.size(), 2);
    bool drift = false;
    for (const auto& dashboard : ws->dashboards) {
        for (const auto& panel : dashboard.panels)
            drift = drift || panel.kind == workspace::PanelKind::Drift;
    }
    EXPECT_TRUE(drift);
}

TEST(WorkspaceSlos, SaysWhatIsWrongWithAnSlo)
{
    EXPECT_THAT(parseError(withSlo("    objective: 0.999\n" + sloQueries)), HasSubstr("write 99.9 for 99.9%"));
    EXPECT_THAT(parseError(withSlo("    objective: 100\n" + sloQueries)), HasSubstr("between 0 and 100"));
    EXPECT_THAT(parseError(withSlo(sloQueries)), HasSubstr("objective"));
    EXPECT_THAT(parseError(withSlo("    objective: 99\n    period: 36h\n" + sloQueries)), HasSubstr("whole days"));
    EXPECT_THAT(parseError(withSlo("    objective: 99\n    preset: google\n" + sloQueries)), HasSubstr("sloth"));
    EXPECT_THAT(parseError(withSlo("    objective: 99\n    period: 2d\n    preset: pyrra\n" + sloQueries)),
        HasSubstr("at least 3d"));
    EXPECT_THAT(parseError(withSlo("    objective: 99\n    total: sum(rate(t[{{.window}}]))\n")),
        HasSubstr("missing \"errors\" (or \"good\")"));
    EXPECT_THAT(
        parseError(withSlo("    objective: 99\n    errors: sum(rate(e[5m]))\n    total: sum(rate(t[{{.window}}]))\n")),
        HasSubstr("{{.window}}"));
    EXPECT_THAT(parseError(withSlo("    objective: 99\n    errors: e{x=\"$nope\"}[{{.window}}]\n"
                                   "    total: sum(rate(t[{{.window}}]))\n")),
        HasSubstr("unknown variable $nope"));
    EXPECT_THAT(parseError(withSlo("    objective: 99\n    source: prod\n" + sloQueries)), HasSubstr("unknown source"));
}
