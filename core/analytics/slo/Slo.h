#pragma once

#include <chrono>
#include <optional>
#include <string>
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
    // Pyrra's `for:` (how long the condition must hold before Prometheus fires); 0 for Sloth, which has none.
    // evaluate() does not apply it: `firing` says the condition holds now.
    Seconds pendingFor{0};
};

// The four alert windows of a preset for an SLO period. Sloth: the Google SRE workbook table (2/5/10/10 % of
// the budget over 1h/6h/1d/3d, short windows 5m/30m/2h/6h), factor = budget% x period hours / 100 / long hours,
// so 14.4/6/3/1 for 30 days. Pyrra: factors 14/7/2/1 over 5m&1h, 30m&6h, 2h&1d, 6h&4d for 28 days, the windows
// scaled to the period and rounded to the minute as Pyrra's Windows() does.
// Other periods: Sloth ships only 28d and 30d (same windows, factors from the formula); we keep those windows and
// take the factors from the same formula for any period. Pyrra computes every period; very short ones round
// windows down to 0 (the 5m window needs a period of at least 2.8 days), which callers should refuse.
std::vector<AlertWindow> alertWindows(Preset preset, Seconds period);

// The distinct windows the alerts use, shortest first: 7 for both presets (the page-slow long window is also the
// ticket-slow short window, 6h in both at 28 days).
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
    // Both burn rates known and strictly above the factor, compared as the rules do: ratio > factor x (1 - objective).
    bool firing = false;
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
    // Seconds until the remaining budget is spent at the current burn (the 1h window's burn rate, see
    // currentBurnWindow); nullopt when not burning (burn rate 0 or unknown) or the budget is unknown; 0 when the
    // budget is already spent, whatever the burn.
    std::optional<double> exhaustionSeconds;
    // The window whose burn rate counts as "current": the page-quick long window, 1h for Sloth at any period and
    // for Pyrra at 28 days (Pyrra scales it with the period: 64m at 30 days).
    Seconds currentBurnWindow{3600};
    std::optional<double> currentBurnRate;
};

// Burn rates, alert states and budget from measured ratios. `ratios` may come in any order and may lack
// windows (their burn is then unknown and alerts needing them do not fire); `periodErrorRatio` is the error
// ratio over the whole period.
SloStatus evaluate(const SloSpec& spec, const std::vector<WindowRatio>& ratios, std::optional<double> periodErrorRatio);

// True when any alert of that severity fires (the rules OR the two window pairs of a severity).
bool severityFiring(const SloStatus& status, Severity severity);

} // namespace wk::analytics::slo
