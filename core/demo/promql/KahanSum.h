#pragma once

#include <cmath>

namespace wk::demo::promql {

// Neumaier-compensated sum, as Prometheus sums for sum, avg and *_over_time, so results agree with it.
class KahanSum
{
public:
    void add(double value)
    {
        const double total = m_sum + value;
        if (std::isinf(total))
            m_compensation = 0.0;
        else if (std::abs(m_sum) >= std::abs(value))
            m_compensation += (m_sum - total) + value;
        else
            m_compensation += (value - total) + m_sum;
        m_sum = total;
    }

    double result() const { return m_sum + m_compensation; }

private:
    double m_sum = 0.0;
    double m_compensation = 0.0;
};

} // namespace wk::demo::promql
