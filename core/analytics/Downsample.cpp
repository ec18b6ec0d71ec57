#include "analytics/Downsample.h"

#include <algorithm>
#include <cmath>

namespace wk::analytics {

std::vector<Point> decimateMinMax(std::span<const long long> xs, std::span<const double> ys, int columns)
{
    std::vector<Point> out;
    const std::size_t n = std::min(xs.size(), ys.size());
    if (n == 0 || columns <= 0)
        return out;
    if (n <= std::size_t(columns) * 2) {
        out.reserve(n);
        for (std::size_t i = 0; i < n; ++i) {
            if (!std::isnan(ys[i]))
                out.push_back({double(xs[i]), ys[i]});
        }
        return out;
    }
    out.reserve(std::size_t(columns) * 2);
    const double x0 = double(xs.front());
    const double span = std::max(1.0, double(xs[n - 1]) - x0);
    // Clamped before the conversion: an x out of order (a malformed answer) is far outside [0, columns), and an int
    // cannot hold it.
    const auto columnOf
        = [&](long long x) { return int(std::clamp((double(x) - x0) / span * columns, 0.0, double(columns - 1))); };
    std::size_t i = 0;
    while (i < n) {
        const int column = columnOf(xs[i]);
        std::size_t minAt = n;
        std::size_t maxAt = n;
        for (; i < n && columnOf(xs[i]) == column; ++i) {
            if (std::isnan(ys[i]))
                continue;
            if (minAt == n || ys[i] < ys[minAt])
                minAt = i;
            if (maxAt == n || ys[i] > ys[maxAt])
                maxAt = i;
        }
        if (minAt == n)
            continue;
        // Keep time order inside the column so the line does not fold back.
        const std::size_t first = std::min(minAt, maxAt);
        const std::size_t second = std::max(minAt, maxAt);
        out.push_back({double(xs[first]), ys[first]});
        if (second != first)
            out.push_back({double(xs[second]), ys[second]});
    }
    return out;
}

} // namespace wk::analytics
