#include "demo/promql/Functions.h"

using namespace Qt::StringLiterals;

namespace wk::demo::promql {

namespace {

constexpr ValueType S = ValueType::Scalar;
constexpr ValueType V = ValueType::InstantVector;
constexpr ValueType M = ValueType::RangeVector;

const FunctionInfo kFunctions[] = {
    {FunctionId::Rate, u"rate", {M, S, S}, 1, 1, V},
    {FunctionId::Irate, u"irate", {M, S, S}, 1, 1, V},
    {FunctionId::Increase, u"increase", {M, S, S}, 1, 1, V},
    {FunctionId::Delta, u"delta", {M, S, S}, 1, 1, V},
    {FunctionId::AvgOverTime, u"avg_over_time", {M, S, S}, 1, 1, V},
    {FunctionId::MinOverTime, u"min_over_time", {M, S, S}, 1, 1, V},
    {FunctionId::MaxOverTime, u"max_over_time", {M, S, S}, 1, 1, V},
    {FunctionId::SumOverTime, u"sum_over_time", {M, S, S}, 1, 1, V},
    {FunctionId::CountOverTime, u"count_over_time", {M, S, S}, 1, 1, V},
    {FunctionId::LastOverTime, u"last_over_time", {M, S, S}, 1, 1, V},
    {FunctionId::HistogramQuantile, u"histogram_quantile", {S, V, S}, 2, 2, V},
    {FunctionId::Time, u"time", {S, S, S}, 0, 0, S},
    {FunctionId::Abs, u"abs", {V, S, S}, 1, 1, V},
    {FunctionId::Ceil, u"ceil", {V, S, S}, 1, 1, V},
    {FunctionId::Floor, u"floor", {V, S, S}, 1, 1, V},
    {FunctionId::Round, u"round", {V, S, S}, 1, 2, V},
    {FunctionId::Sqrt, u"sqrt", {V, S, S}, 1, 1, V},
    {FunctionId::Exp, u"exp", {V, S, S}, 1, 1, V},
    {FunctionId::Ln, u"ln", {V, S, S}, 1, 1, V},
    {FunctionId::Log2, u"log2", {V, S, S}, 1, 1, V},
    {FunctionId::Log10, u"log10", {V, S, S}, 1, 1, V},
    {FunctionId::ClampMin, u"clamp_min", {V, S, S}, 2, 2, V},
    {FunctionId::ClampMax, u"clamp_max", {V, S, S}, 2, 2, V},
    {FunctionId::Clamp, u"clamp", {V, S, S}, 3, 3, V},
    {FunctionId::Vector, u"vector", {S, S, S}, 1, 1, V},
    {FunctionId::Scalar, u"scalar", {V, S, S}, 1, 1, S},
};

} // namespace

const FunctionInfo* findFunction(QStringView name)
{
    for (const FunctionInfo& info : kFunctions) {
        if (info.name == name)
            return &info;
    }
    return nullptr;
}

QString valueTypeName(ValueType type)
{
    switch (type) {
    case ValueType::Scalar:
        return u"scalar"_s;
    case ValueType::InstantVector:
        return u"instant vector"_s;
    case ValueType::RangeVector:
        return u"range vector"_s;
    case ValueType::String:
        return u"string"_s;
    }
    return {};
}

} // namespace wk::demo::promql
