#include "analytics/slo/Slo.h"

#include <algorithm>
#include <cstdint>
#include <utility>

namespace wk::analytics::slo {

namespace {

using std::chrono::hours;
using std::chrono::minutes;

// Go's Duration.Hours() on whole seconds: whole hours plus the remainder in hours, as Sloth computes it.
double goHours(Seconds d)
{
    const std::int64_t s = d.count();
    return double(s / 3600) + double(s % 3600) / 3600.0;
}

// Sloth's getBurnRateFactor, in its order of operations so the doubles match.
double slothFactor(double budgetPercent, Seconds period, Seconds longWindow)
{
    const double hoursRequiredConsumption = budgetPercent * goHours(period) / 100;
    return hoursRequiredConsumption / goHours(longWindow);
}

// Pyrra's `(sloWindow / divisor).Round(time.Minute)` on Go Durations (int64 nanoseconds): the division truncates,
// then Round goes to the nearest minute with halfway values rounded up (away from zero). With P the period in
// seconds and q = floor(P * 1e9 / divisor) nanoseconds, floor(q / 60e9) = P / (60 * divisor) and the remainder is
// at least half a minute exactly when P % (60 * divisor) >= 30 * divisor, so whole seconds give the same result
// without the nanosecond product (which overflows int64 past 292 years).
Seconds pyrraWindow(Seconds period, std::int64_t divisor)
{
    const std::int64_t p = std::max<std::int64_t>(period.count(), 0);
    const std::int64_t perMinute = 60 * divisor;
    const std::int64_t wholeMinutes = p / perMinute + (p % perMinute >= 30 * divisor ? 1 : 0);
    return Seconds(wholeMinutes * 60);
}

std::vector<AlertWindow> slothWindows(Seconds period)
{
    // The SRE workbook table Sloth ships as google-28d.yaml and google-30d.yaml (identical windows).
    struct Row
    {
        Severity severity;
        double budgetPercent;
        Seconds shortWindow;
        Seconds longWindow;
    };
    const Row rows[] = {
        {Severity::Page, 2, minutes(5), hours(1)},
        {Severity::Page, 5, minutes(30), hours(6)},
        {Severity::Ticket, 10, hours(2), hours(24)},
        {Severity::Ticket, 10, hours(6), hours(72)},
    };
    std::vector<AlertWindow> alerts;
    for (const Row& row : rows) {
        alerts.push_back({row.severity, row.shortWindow, row.longWindow,
            slothFactor(row.budgetPercent, period, row.longWindow), Seconds(0)});
    }
    return alerts;
}

std::vector<AlertWindow> pyrraWindows(Seconds period)
{
    // pyrra-dev/pyrra slo/rules.go Windows(): the divisors give 2m/1h/5m, 15m/6h/30m, 1h/1d/2h and 3h/4d/6h for
    // `for`/long/short at 28 days; critical maps to page and warning to ticket.
    struct Row
    {
        Severity severity;
        std::int64_t forDivisor;
        std::int64_t longDivisor;
        std::int64_t shortDivisor;
        double factor;
    };
    const Row rows[] = {
        {Severity::Page, 28 * 24 * (60 / 2), 28 * 24, 28 * 24 * (60 / 5), 14},
        {Severity::Page, 28 * 24 * (60 / 15), 28 * (24 / 6), 28 * 24 * (60 / 30), 7},
        {Severity::Ticket, 28 * 24, 28, 28 * (24 / 2), 2},
        {Severity::Ticket, 28 * (24 / 3), 7, 28 * (24 / 6), 1},
    };
    std::vector<AlertWindow> alerts;
    for (const Row& row : rows) {
        alerts.push_back({row.severity, pyrraWindow(period, row.shortDivisor), pyrraWindow(period, row.longDivisor),
            row.factor, pyrraWindow(period, row.forDivisor)});
    }
    return alerts;
}

} // namespace

std::vector<AlertWindow> alertWindows(Preset preset, Seconds period)
{
    return preset == Preset::Pyrra ? pyrraWindows(period) : slothWindows(period);
}

std::vector<Seconds> distinctWindows(const std::vector<AlertWindow>& alerts)
{
    std::vector<Seconds> windows;
    for (const AlertWindow& alert : alerts) {
        windows.push_back(alert.shortWindow);
        windows.push_back(alert.longWindow);
    }
    std::sort(windows.begin(), windows.end());
    windows.erase(std::unique(windows.begin(), windows.end()), windows.end());
    return windows;
}

} // namespace wk::analytics::slo
