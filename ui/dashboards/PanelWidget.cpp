#include "dashboards/PanelWidget.h"

#include "common/Greyed.h"
#include "common/Theme.h"
#include "common/UiText.h"
#include "dashboards/ChartWidget.h"
#include "dashboards/StatWidget.h"
#include "drift/DriftView.h"
#include "polling/DriftFetcher.h"
#include "workspace/Variables.h"

#include <QContextMenuEvent>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wk::ui {

PanelWidget::PanelWidget(const workspace::Panel& panel, QWidget* parent)
    : QFrame(parent)
    , m_panel(panel)
{
    setObjectName(u"panel"_s);
    setStyleSheet(u"QFrame#panel { background: %1; border: 1px solid %2; border-radius: 4px; }"_s.arg(
        theme::panel.name(), theme::panelBorder.name()));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setSpacing(2);

    auto* header = new QHBoxLayout();
    m_title = new QLabel(panel.title, this);
    QFont bold = font();
    bold.setBold(true);
    m_title->setFont(bold);
    QStringList tip;
    if (!panel.description.isEmpty())
        tip.append(panel.description);
    for (const auto& t : panel.targets)
        tip.append(u"<code>"_s + t.expr.toHtmlEscaped() + u"</code>"_s);
    m_title->setToolTip(tip.join(u"<br>"_s));
    header->addWidget(m_title, 1);
    m_status = new QLabel(tr("loading…"), this);
    m_status->setStyleSheet(u"color: %1;"_s.arg(theme::mutedText.name()));
    m_status->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    header->addWidget(m_status);
    layout->addLayout(header);

    if (panel.kind == workspace::PanelKind::Stat || panel.kind == workspace::PanelKind::Gauge) {
        m_stat = new StatWidget(panel, this);
        layout->addWidget(m_stat, 1);
    } else if (panel.kind == workspace::PanelKind::Drift) {
        m_drift = new DriftView(panel, this);
        layout->addWidget(m_drift, 1);
        m_title->setToolTip(panel.description + u"<br><code>"_s + panel.drift.histogram.toHtmlEscaped() + u"</code>"_s);
    } else {
        m_chart = new ChartWidget(panel, this);
        layout->addWidget(m_chart, 1);
        connect(m_chart, &ChartWidget::firstPaintWithData, this, &PanelWidget::firstPaintWithData);
    }
    const bool chart = panel.kind == workspace::PanelKind::TimeSeries || panel.kind == workspace::PanelKind::Bar;
    setMinimumHeight(panel.kind == workspace::PanelKind::Drift ? 240 : chart ? 170 : 110);
}

void PanelWidget::setTitleVariables(const QMap<QString, QString>& variables)
{
    m_title->setText(workspace::expandVariables(m_panel.title, variables));
}

int PanelWidget::plotWidth() const
{
    return m_chart ? m_chart->plotWidth() : 1;
}

void PanelWidget::setData(const polling::PanelData& data)
{
    const QString time = QLocale().toString(data.fetchedAt.toLocalTime().time(), u"HH:mm:ss"_s);
    if (data.error && !data.hasContent()) {
        // Keep whatever was drawn, greyed, and say since when it is stale and why.
        if (!m_staleSince.isValid())
            m_staleSince = data.fetchedAt;
        const QString since = momentText(m_staleSince, data.fetchedAt);
        m_status->setText(m_lastGood.isValid() ? tr("⚠ stale since %1 — %2").arg(since, errorText(*data.error))
                                               : tr("⚠ %1").arg(errorText(*data.error)));
        const QString shown = m_lastGood.isValid()
            ? tr("Showing data from %1.").arg(momentText(m_lastGood, data.fetchedAt))
            : tr("No data yet.");
        m_status->setToolTip(describe(*data.error).toHtmlEscaped() + u"<br>"_s + shown);
        m_status->setStyleSheet(u"color: %1;"_s.arg(theme::warning.name()));
        setStale(true);
        return;
    }
    m_staleSince = {};
    setStale(false);
    if (m_chart)
        m_chart->setData(data);
    else if (m_drift)
        m_drift->setData(data);
    else
        m_stat->setData(data);
    m_lastGood = data.fetchedAt;
    if (data.error) {
        m_status->setText(tr("⚠ partly failed: %1").arg(errorText(*data.error)));
        m_status->setToolTip(describe(*data.error).toHtmlEscaped());
        m_status->setStyleSheet(u"color: %1;"_s.arg(theme::warning.name()));
    } else if (!data.hasContent() || (data.drift && data.drift->features.empty())) {
        m_status->setText(tr("no series · %1").arg(time));
        m_status->setToolTip(tr("The query answered, but returned no series."));
        m_status->setStyleSheet(u"color: %1;"_s.arg(theme::mutedText.name()));
    } else {
        m_status->setText(time);
        m_status->setToolTip(data.warnings.isEmpty() ? QString() : data.warnings.join(u'\n'));
        m_status->setStyleSheet(u"color: %1;"_s.arg(theme::mutedText.name()));
    }
}

void PanelWidget::setStale(bool stale)
{
    if (m_chart) {
        m_chart->setStale(stale);
        return;
    }
    if (m_drift) {
        m_drift->setStale(stale);
        return;
    }
    setGreyed(m_stat, stale);
}

bool PanelWidget::isStale() const
{
    return m_staleSince.isValid();
}

void PanelWidget::clearData()
{
    polling::PanelData empty;
    if (m_chart)
        m_chart->setData(empty);
    else if (m_drift)
        m_drift->setData(empty);
    else
        m_stat->setData(empty);
    m_lastGood = {};
    m_staleSince = {};
    setStale(false);
    m_status->setText(tr("loading…"));
    m_status->setToolTip({});
}

QString PanelWidget::statusText() const
{
    return m_status->text();
}

void PanelWidget::contextMenuEvent(QContextMenuEvent* event)
{
    QMenu menu(this);
    QAction* pin = menu.addAction(tr("Pin to the open incident"));
    pin->setToolTip(tr("Adds the panel as it looks now to the timeline of the open incident of this service"));
    pin->setEnabled(hasData());
    connect(pin, &QAction::triggered, this, &PanelWidget::pinRequested);
    menu.exec(event->globalPos());
}

} // namespace wk::ui
