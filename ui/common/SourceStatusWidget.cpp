#include "common/SourceStatusWidget.h"

#include "common/Theme.h"
#include "common/UiText.h"
#include "workspace/Units.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace wk::ui {

SourceStatusWidget::SourceStatusWidget(
    const QString& source, const polling::PollScheduler& scheduler, const Clock& clock, QWidget* parent)
    : QLabel(parent)
    , m_source(source)
    , m_scheduler(scheduler)
    , m_clock(clock)
{
    setTextFormat(Qt::RichText);
    setContentsMargins(8, 0, 8, 0);
    refresh();
}

void SourceStatusWidget::refresh()
{
    const QDateTime now = m_clock.now();
    const polling::SourceHealth health = m_scheduler.health(m_source);
    const polling::SourceState state = health.state(now);
    QColor color = theme::mutedText;
    QString detail;
    auto at = [&now](const QDateTime& t) { return momentText(t, now); };
    switch (state) {
    case polling::SourceState::Waiting:
        detail = tr("waiting for the first answer");
        break;
    case polling::SourceState::Live:
        color = theme::ok;
        detail = tr("updated %1").arg(at(health.lastSuccess));
        break;
    case polling::SourceState::Stale:
        color = theme::warning;
        detail = tr("no update since %1 (%2)")
                     .arg(at(health.lastSuccess), workspace::formatDuration(health.lastSuccess.secsTo(now)));
        break;
    case polling::SourceState::Failing:
        color = theme::critical;
        detail = tr("since %1: %2")
                     .arg(at(health.failingSince), health.lastError ? errorText(*health.lastError) : QString());
        if (health.lastSuccess.isValid())
            detail += tr("; showing data from %1").arg(at(health.lastSuccess));
        break;
    }
    setText(u"<span style='color:%1'>●</span> <b>%2</b>: %3 · %4"_s.arg(
        color.name(), m_source.toHtmlEscaped(), sourceStateText(state), detail.toHtmlEscaped()));
    setToolTip(health.lastError ? describe(*health.lastError) : QString());
}

} // namespace wk::ui
