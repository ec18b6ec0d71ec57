#pragma once

#include <QtGlobal>

#include <algorithm>
#include <cmath>

namespace wk::fakegenie {

// A token bucket: `capacity` tokens, refilled continuously at `refillPerSecond`. Time is passed in (a
// monotonic millisecond count) so tests can drive it.
class TokenBucket
{
public:
    TokenBucket() = default;
    TokenBucket(double capacity, double refillPerSecond)
        : m_capacity(capacity)
        , m_refillPerSecond(refillPerSecond)
        , m_tokens(capacity)
    { }

    // Refills to full and changes the shape.
    void configure(double capacity, double refillPerSecond)
    {
        m_capacity = capacity;
        m_refillPerSecond = refillPerSecond;
        m_tokens = capacity;
    }

    // Takes one token when there is one.
    bool tryTake(qint64 nowMs)
    {
        refill(nowMs);
        if (m_tokens < 1.0)
            return false;
        m_tokens -= 1.0;
        return true;
    }

    // Takes one token even when there is none (the balance goes negative) and says how long the caller must
    // wait until that token would have been there: "delay instead of reject". -1 when it never refills.
    qint64 reserve(qint64 nowMs)
    {
        refill(nowMs);
        m_tokens -= 1.0;
        if (m_tokens >= 0.0)
            return 0;
        if (m_refillPerSecond <= 0.0)
            return -1;
        return qint64(std::ceil(-m_tokens / m_refillPerSecond * 1000.0));
    }

    double tokens(qint64 nowMs)
    {
        refill(nowMs);
        return m_tokens;
    }
    double capacity() const { return m_capacity; }
    double refillPerSecond() const { return m_refillPerSecond; }

private:
    void refill(qint64 nowMs)
    {
        if (m_lastMs >= 0 && nowMs > m_lastMs)
            m_tokens = std::min(m_capacity, m_tokens + double(nowMs - m_lastMs) * m_refillPerSecond / 1000.0);
        m_lastMs = std::max(m_lastMs, nowMs);
    }

    double m_capacity = 1000.0;
    double m_refillPerSecond = 100.0;
    double m_tokens = 1000.0;
    qint64 m_lastMs = -1;
};

} // namespace wk::fakegenie
