#include "runbooks/RunbookText.h"

#include "common/UiText.h"

#include <QLocale>

namespace wk::ui {

QString RunbookText::time(const QDateTime& at)
{
    const QDateTime local = at.toLocalTime();
    const QLocale locale;
    if (local.date() == QDate::currentDate())
        return locale.toString(local.time(), QLocale::ShortFormat);
    return locale.toString(local, QLocale::ShortFormat);
}

QString RunbookText::seconds(std::chrono::milliseconds duration)
{
    const qint64 ms = duration.count();
    if (ms < 1000)
        return tr("%1 ms").arg(ms);
    if (ms % 1000 == 0)
        return tr("%1 s").arg(ms / 1000);
    return tr("%1 s").arg(QLocale().toString(static_cast<double>(ms) / 1000.0, 'f', 1));
}

QString RunbookText::outcome(
    const runbooks::ScriptResult& result, std::chrono::milliseconds timeout, const QString& stoppedBy)
{
    if (result.startError)
        return tr("Could not start: %1 (%2)").arg(errorText(*result.startError), result.startError->detail);
    if (result.timedOut)
        return tr("Timed out after %1").arg(seconds(timeout));
    if (result.cancelled)
        return tr("Stopped by %1").arg(stoppedBy);
    if (result.exitCode)
        return tr("Exited with code %1").arg(*result.exitCode);
    return tr("Ended by a signal");
}

QString RunbookText::lastRun(const runbooks::RunbookProgress::ScriptRunState& run)
{
    if (run.timedOut)
        return tr("script timed out");
    if (run.cancelled)
        return tr("script stopped");
    if (run.exitCode)
        return tr("script exited with %1").arg(*run.exitCode);
    return tr("script did not finish");
}

} // namespace wk::ui
