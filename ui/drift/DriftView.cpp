#include "drift/DriftView.h"

#include "common/Greyed.h"
#include "common/Theme.h"
#include "drift/DriftHeatmap.h"
#include "drift/DriftTableModel.h"
#include "polling/DriftFetcher.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wk::ui {

DriftView::DriftView(const workspace::Panel& panel, QWidget* parent)
    : QWidget(parent)
    , m_panel(panel)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_caption = new QLabel(this);
    m_caption->setWordWrap(true);
    m_caption->setStyleSheet(u"color: %1;"_s.arg(theme::mutedText.name()));
    layout->addWidget(m_caption);

    m_model = new DriftTableModel(panel.thresholds, this);
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setObjectName(u"drift-table"_s);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    layout->addWidget(m_table);

    auto* heatmapTitle = new QLabel(
        tr("PSI per %1 window over the last %2 h")
            .arg(QString::number(panel.drift.windowMinutes) + u" min"_s, QString::number(panel.drift.heatmapHours)),
        this);
    heatmapTitle->setStyleSheet(u"color: %1;"_s.arg(theme::mutedText.name()));
    layout->addWidget(heatmapTitle);
    m_heatmap = new DriftHeatmap(panel.thresholds, this);
    layout->addWidget(m_heatmap);
    layout->addStretch(1);
    m_caption->setText(tr("Reference: %1 · current: the last %2 min")
                           .arg(tr("not read yet"), QString::number(panel.drift.windowMinutes)));
}

void DriftView::setData(const polling::PanelData& data)
{
    m_model->setReport(data.drift);
    m_heatmap->setReport(data.drift);
    if (!data.drift)
        return;
    m_caption->setText(tr("Reference: %1 · current: the last %2 min. Effect sizes only: with counts in the "
                          "thousands, any shift would be \"significant\", so no p-values.")
                           .arg(data.drift->reference, QString::number(m_panel.drift.windowMinutes)));
    // As tall as its rows (up to 12, then it scrolls), so the heatmap sits right under it.
    const int rows = std::max(m_model->rowCount(), 1);
    const int height = std::min(rows, 12) * m_table->verticalHeader()->defaultSectionSize()
        + m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->frameWidth();
    m_table->setFixedHeight(height);
}

void DriftView::setStale(bool stale)
{
    setGreyed(m_table, stale);
    setGreyed(m_heatmap, stale);
}

QString DriftView::captionText() const
{
    return m_caption->text();
}

} // namespace wk::ui
