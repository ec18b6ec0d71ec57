#pragma once

#include "alerts/AlertBackend.h"
#include "common/Clock.h"
#include "genie/GenieEndpoint.h"

#include <QDateTime>

#include <array>
#include <chrono>
#include <optional>

namespace wk::genie {

// The console's side of the vendors' per-domain token buckets. The numbers behind the buckets are not
// published, so it does not guess them: after a 429 in a domain it stops using that domain for a while
// (Retry-After when given, else 2, 4, 8 ... up to 64 s: the buckets refill per minute), and a success
// resets the backoff. Other domains are not touched: an ack still goes out while list polling is throttled.
class RateLimiter
{
public:
    explicit RateLimiter(const Clock& clock);

    // When the domain may be used again; nullopt when it may be used now.
    std::optional<QDateTime> blockedUntil(Domain domain) const;
    void recordThrottled(Domain domain, std::optional<std::chrono::seconds> retryAfter);
    void recordAnswered(Domain domain);
    void recordSent(Domain domain);

    int requests(Domain domain) const { return m_domains[index(domain)].requests; }
    int throttled(Domain domain) const { return m_domains[index(domain)].throttled; }
    // The block that ends last, for the status bar; nullopt when nothing is blocked.
    std::optional<alerts::Throttle> current() const;

private:
    struct State
    {
        QDateTime blockedUntil;
        qint64 blockedFor = 0; // seconds, as set: the longest the block may still last
        int level = 0;         // consecutive 429s
        int requests = 0;
        int throttled = 0;
    };
    static int index(Domain domain) { return static_cast<int>(domain); }
    void followClock(State& state) const;

    const Clock& m_clock;
    mutable std::array<State, domainCount> m_domains{}; // mutable: reading a block may shorten it (followClock)
};

} // namespace wk::genie
