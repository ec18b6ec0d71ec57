#pragma once

#include <QCoreApplication>

namespace wk::reports {

// The report's words: translated where a translator is installed (the console), English elsewhere (the CLI).
class ReportText
{
    Q_DECLARE_TR_FUNCTIONS(ReportText)
};

} // namespace wk::reports
