#pragma once

#include <chrono>
#include <optional>
#include <vector>

namespace wk::analytics::slo {

using Seconds = std::chrono::seconds;

enum class Preset { Sloth, Pyrra };
enum class Severity { Page, Ticket };

// One multi-window alert: it fires when the burn rate over both windows is above `factor`.
struct AlertWindow
{
    Severity severity = Severity::Page;
    Seconds shortWindow{0};
    Seconds longWindow{0};
    double factor = 0.0;
};

// The four alert windows of a preset for an SLO period. Sloth: the Google SRE workbook table (2/5/10/10 % of
// the budget over 1h/6h/1d/3d, short windows 5m/30m/2h/6h), factor = budget% x period hours / 100 / long hours,
// so 14.4/6/3/1 for 30 days. Pyrra: factors 14/7/2/1 over 5m&1h, 30m&6h, 2h&1d, 6h&4d for 28 days, the windows
// scaled to the period and rounded to the minute as Pyrra's Windows() does.
std::vector<AlertWindow> alertWindows(Preset preset, Seconds period);

// The distinct windows the alerts use, shortest first (8 for both presets).
std::vector<Seconds> distinctWindows(const std::vector<AlertWindow>& alerts);

// The error ratio measured over one window; nullopt when nothing was served in it (no traffic is not an error).
struct WindowRatio
{
    Seconds window{0};
    std::optional<double> errorRatio;
};

struct WindowBurn
{
    Seconds window{0};
    std::optional<double> errorRatio;
    std::optional<double> burnRate; // errorRatio / (1 - objective)
};

struct AlertState
{
    AlertWindow alert;
    std::optional<double> shortBurn;
    std::optional<double> longBurn;
    bool firing = false; // both burn rates known and strictly above the factor
};

struct SloSpec
{
    double objective = 0.999; // in (0, 1)
    Seconds period{30 * 24 * 3600};
    Preset preset = Preset::Sloth;
};

struct SloStatus
{
    std::vector<WindowBurn> windows; // one per distinct alert window, shortest first
    std::vector<AlertState> alerts;  // in the preset's order
    // 1 - (error ratio over the period) / (1 - objective): 1 untouched, 0 spent, negative overspent.
    std::optional<double> budgetRemaining;
    // Seconds until the remaining budget is spent at the current burn (the 1h window's burn rate); nullopt
    // when not burning (burn rate 0 or unknown); 0 when the budget is already spent.
    std::optional<double> exhaustionSeconds;
    Seconds currentBurnWindow{3600};
};

// Burn rates, alert states and budget from measured ratios. `ratios` may come in any order and may lack
// windows (their burn is then unknown and alerts needing them do not fire); `periodErrorRatio` is the error
// ratio over the whole period.
SloStatus evaluate(const SloSpec& spec, const std::vector<WindowRatio>& ratios, std::optional<double> periodErrorRatio);

} // namespace wk::analytics::slo
