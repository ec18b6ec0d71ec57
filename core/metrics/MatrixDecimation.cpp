#include "metrics/MatrixDecimation.h"

#include "analytics/Downsample.h"

namespace wk::metrics {

void decimateMatrix(QueryResult& result, int columns)
{
    auto* matrix = std::get_if<Matrix>(&result.data);
    if (!matrix || columns <= 0)
        return;
    for (Series& s : *matrix) {
        if (s.values.size() <= std::size_t(columns) * 2)
            continue;
        const auto points = analytics::decimateMinMax(s.timestampsMs, s.values, columns);
        s.timestampsMs.clear();
        s.values.clear();
        s.timestampsMs.reserve(points.size());
        s.values.reserve(points.size());
        for (const auto& p : points) {
            s.timestampsMs.push_back(qint64(p.x));
            s.values.push_back(p.y);
        }
    }
}

} // namespace wk::metrics
