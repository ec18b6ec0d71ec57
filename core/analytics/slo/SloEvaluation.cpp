#include "analytics/slo/Slo.h"

#include <cmath>

namespace wk::analytics::slo {

namespace {

// A ratio we can use: known, finite and not negative. Anything else counts as unknown, so no NaN gets through.
std::optional<double> usable(std::optional<double> ratio)
{
    if (ratio && std::isfinite(*ratio) && *ratio >= 0.0)
        return ratio;
    return std::nullopt;
}

std::optional<double> ratioOf(const std::vector<WindowRatio>& ratios, Seconds window)
{
    for (const WindowRatio& r : ratios) {
        if (r.window == window && usable(r.errorRatio))
            return r.errorRatio;
    }
    return std::nullopt;
}

} // namespace

SloStatus evaluate(const SloSpec& spec, const std::vector<WindowRatio>& ratios, std::optional<double> periodErrorRatio)
{
    SloStatus status;
    const std::vector<AlertWindow> alerts = alertWindows(spec.preset, spec.period);
    if (!alerts.empty())
        status.currentBurnWindow = alerts.front().longWindow;
    // An objective outside (0, 1) has no budget to burn: everything stays unknown rather than dividing by zero.
    const bool validObjective = std::isfinite(spec.objective) && spec.objective > 0.0 && spec.objective < 1.0;
    const double budget = 1.0 - spec.objective;
    auto burnOf = [&](std::optional<double> ratio) -> std::optional<double> {
        if (!validObjective || !ratio)
            return std::nullopt;
        return *ratio / budget;
    };

    for (Seconds window : distinctWindows(alerts)) {
        const auto ratio = ratioOf(ratios, window);
        status.windows.push_back({window, ratio, burnOf(ratio)});
    }
    for (const AlertWindow& alert : alerts) {
        const auto shortRatio = ratioOf(ratios, alert.shortWindow);
        const auto longRatio = ratioOf(ratios, alert.longWindow);
        // Sloth and Pyrra write the rule as `ratio > factor * (1 - objective)` on both windows; compare the same
        // way so a ratio right at the threshold decides as Prometheus would.
        const double threshold = alert.factor * budget;
        const bool firing
            = validObjective && shortRatio && longRatio && *shortRatio > threshold && *longRatio > threshold;
        status.alerts.push_back({alert, burnOf(shortRatio), burnOf(longRatio), firing});
    }

    const auto periodRatio = usable(periodErrorRatio);
    if (validObjective && periodRatio)
        status.budgetRemaining = 1.0 - *periodRatio / budget;
    status.currentBurnRate = burnOf(ratioOf(ratios, status.currentBurnWindow));
    // At burn rate b the whole budget lasts period / b, so what is left lasts remaining * period / b.
    if (status.budgetRemaining && *status.budgetRemaining <= 0.0)
        status.exhaustionSeconds = 0.0;
    else if (status.budgetRemaining && status.currentBurnRate && *status.currentBurnRate > 0.0) {
        const double seconds = *status.budgetRemaining * double(spec.period.count()) / *status.currentBurnRate;
        if (std::isfinite(seconds)) // a burn of 1e-300 is not burning
            status.exhaustionSeconds = seconds;
    }
    return status;
}

bool severityFiring(const SloStatus& status, Severity severity)
{
    for (const AlertState& state : status.alerts) {
        if (state.alert.severity == severity && state.firing)
            return true;
    }
    return false;
}

} // namespace wk::analytics::slo
