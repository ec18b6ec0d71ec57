#pragma once

#include "demo/promql/Ast.h"

#include <QString>
#include <QStringView>

#include <array>

namespace wk::demo::promql {

// What the parser checks a call against.
struct FunctionInfo
{
    FunctionId id;
    QStringView name;
    std::array<ValueType, 3> argTypes;
    int minArgs = 0;
    int maxArgs = 0;
    ValueType returnType = ValueType::InstantVector;
};

// nullptr for a function the demo evaluator does not know.
const FunctionInfo* findFunction(QStringView name);

// "instant vector", "range vector", ... as Prometheus names them in errors.
QString valueTypeName(ValueType type);

} // namespace wk::demo::promql
