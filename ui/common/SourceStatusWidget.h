#pragma once

#include "common/Clock.h"
#include "polling/PollScheduler.h"

#include <QLabel>

namespace wk::ui {

// Status-bar item for one source: a coloured dot, "live"/"stale"/"failing", and since when.
class SourceStatusWidget : public QLabel
{
    Q_OBJECT
public:
    SourceStatusWidget(
        const QString& source, const polling::PollScheduler& scheduler, const Clock& clock, QWidget* parent = nullptr);

    void refresh();

private:
    QString m_source;
    const polling::PollScheduler& m_scheduler;
    const Clock& m_clock;
};

} // namespace wk::ui
