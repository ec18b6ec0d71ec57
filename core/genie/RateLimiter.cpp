#include "genie/RateLimiter.h"

#include <algorithm>

namespace wk::genie {

namespace {
constexpr int firstBackoffSeconds = 2;
constexpr int maxBackoffSeconds = 64;
constexpr int maxRetryAfterSeconds = 300;
} // namespace

RateLimiter::RateLimiter(const Clock& clock)
    : m_clock(clock)
{ }

void RateLimiter::followClock(State& state) const
{
    // A block never lasts longer than it was set for: more left than that means the clock went back since (NTP
    // stepped it), and waiting for the old end would silence the domain for as long as the clock jumped.
    const QDateTime now = m_clock.now();
    if (state.blockedUntil.isValid() && now.secsTo(state.blockedUntil) > state.blockedFor)
        state.blockedUntil = now.addSecs(state.blockedFor);
}

std::optional<QDateTime> RateLimiter::blockedUntil(Domain domain) const
{
    State& state = m_domains[index(domain)];
    followClock(state);
    if (state.blockedUntil.isValid() && state.blockedUntil > m_clock.now())
        return state.blockedUntil;
    return std::nullopt;
}

void RateLimiter::recordThrottled(Domain domain, std::optional<std::chrono::seconds> retryAfter)
{
    State& state = m_domains[index(domain)];
    followClock(state);
    ++state.throttled;
    qint64 seconds = std::min<qint64>(qint64(firstBackoffSeconds) << std::min(state.level, 6), maxBackoffSeconds);
    if (retryAfter)
        seconds = std::clamp<qint64>(retryAfter->count(), 1, maxRetryAfterSeconds);
    ++state.level;
    const QDateTime until = m_clock.now().addSecs(seconds);
    if (!state.blockedUntil.isValid() || until > state.blockedUntil) {
        state.blockedUntil = until;
        state.blockedFor = seconds;
    }
}

void RateLimiter::recordAnswered(Domain domain)
{
    m_domains[index(domain)].level = 0;
}

void RateLimiter::recordSent(Domain domain)
{
    ++m_domains[index(domain)].requests;
}

std::optional<alerts::Throttle> RateLimiter::current() const
{
    std::optional<alerts::Throttle> latest;
    for (int i = 0; i < domainCount; ++i) {
        const auto until = blockedUntil(static_cast<Domain>(i));
        if (until && (!latest || *until > latest->until))
            latest = alerts::Throttle{*until, domainName(static_cast<Domain>(i))};
    }
    return latest;
}

} // namespace wk::genie
