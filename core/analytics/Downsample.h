#pragma once

#include <cstdint>
#include <span>
#include <vector>

namespace wk::analytics {

struct Point
{
    double x;
    double y;
};

// Min/max per pixel column (M4 without the first/last pair): keeps every spike visible while giving the
// chart at most about two points per horizontal pixel. NaN values break nothing: they are skipped.
// Input must be sorted by x. When the input already fits, it is returned as it is (NaN dropped).
std::vector<Point> decimateMinMax(std::span<const long long> xs, std::span<const double> ys, int columns);

} // namespace wk::analytics
