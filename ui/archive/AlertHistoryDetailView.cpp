#include "archive/AlertHistoryDetailView.h"

#include "alerts/AlertText.h"
#include "archive/AlertHistoryEntriesModel.h"
#include "archive/ArchiveText.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wk::ui {

AlertHistoryDetailView::AlertHistoryDetailView(QWidget* parent)
    : QWidget(parent)
    , m_entries(new AlertHistoryEntriesModel(this))
{
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_factsBox = new QWidget(this);
    m_form = new QFormLayout(m_factsBox);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setLabelAlignment(Qt::AlignLeft);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto addFact = [this](const QString& name) {
        auto* value = new QLabel(m_factsBox);
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_form->addRow(name, value);
        return value;
    };
    m_id = addFact(tr("Alert id"));
    m_teams = addFact(tr("Teams"));
    m_service = addFact(tr("Service"));
    m_created = addFact(tr("Created"));
    m_began = addFact(tr("Condition began"));
    m_acknowledged = addFact(tr("Acknowledged"));
    m_closed = addFact(tr("Closed"));
    m_owner = addFact(tr("Owner"));
    m_escalated = addFact(tr("Escalated"));

    auto* facts = new QWidget(this);
    auto* factsLayout = new QVBoxLayout(facts);
    factsLayout->setContentsMargins(0, 0, 6, 0);
    factsLayout->addWidget(m_title);
    factsLayout->addWidget(m_factsBox);
    factsLayout->addStretch(1);

    m_caption = new QLabel(this);
    m_entriesView = new QTableView(this);
    m_entriesView->setModel(m_entries);
    m_entriesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_entriesView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_entriesView->setWordWrap(false);
    m_entriesView->verticalHeader()->hide();
    auto* header = m_entriesView->horizontalHeader();
    header->setStretchLastSection(true);
    for (int column : {AlertHistoryEntriesModel::TimeColumn, AlertHistoryEntriesModel::AfterColumn,
             AlertHistoryEntriesModel::WhatColumn, AlertHistoryEntriesModel::WhoColumn})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);

    m_history = new QWidget(this);
    auto* historyLayout = new QVBoxLayout(m_history);
    historyLayout->setContentsMargins(6, 0, 0, 0);
    historyLayout->addWidget(m_caption);
    historyLayout->addWidget(m_entriesView, 1);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->setChildrenCollapsible(false);
    split->addWidget(facts);
    split->addWidget(m_history);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setSizes({520, 780}); // wide enough for "2026-03-01 10:46:13 by someone, 4 min after creation" on a line
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
    clear();
}

void AlertHistoryDetailView::showAlert(const archive::ArchivedAlert& alert)
{
    m_alertId = alert.alertId;
    m_title->setText(
        tr("%1 · %2 · %3").arg(archivedIdText(alert), alerts::priorityName(alert.priority), alert.message));
    m_title->setEnabled(true);
    QFont bold = font();
    bold.setBold(true);
    m_title->setFont(bold);
    setFact(m_id, alert.alertId);
    setFact(m_teams, alert.teams.join(u", "_s));
    setFact(m_service, alert.service);
    setFact(m_created, exactTimeText(alert.createdAt));
    setFact(m_began,
        alert.occurredAt.isValid() && alert.occurredAt != alert.createdAt ? exactTimeText(alert.occurredAt)
                                                                          : QString());
    if (alert.firstAckAt.isValid()) {
        setFact(m_acknowledged,
            tr("%1 by %2, %3 after creation")
                .arg(exactTimeText(alert.firstAckAt), acknowledgedByText(alert), timeToAckText(alert)));
    } else {
        setFact(m_acknowledged, tr("never"));
    }
    if (alert.closedAt.isValid()) {
        setFact(m_closed, tr("%1, %2 after creation").arg(exactTimeText(alert.closedAt), timeToCloseText(alert)));
    } else {
        setFact(m_closed, tr("no: still open when the console last saw it"));
    }
    setFact(m_owner, alert.owner);
    setFact(m_escalated, alert.escalated ? tr("yes, beyond the primary on-call") : QString());
    m_factsBox->setVisible(true);
    m_history->setVisible(true);
    m_entries->clear();
    m_caption->setText(tr("Reading its history…"));
}

void AlertHistoryDetailView::clear()
{
    m_alertId.clear();
    m_title->setText(tr("Select an alert to see who acknowledged it, when it closed and everything in between."));
    m_title->setEnabled(false); // drawn muted: a hint, not a fact
    m_title->setFont(font());
    m_factsBox->setVisible(false);
    m_history->setVisible(false);
    m_entries->clear();
    m_caption->setText(tr("History"));
}

void AlertHistoryDetailView::setEntries(const QList<archive::HistoryEntry>& entries)
{
    m_entries->setEntries(entries);
    m_caption->setText(entries.isEmpty() ? tr("No history was recorded for this alert")
                                         : tr("History: %n entry(s), oldest first", nullptr, int(entries.size())));
}

void AlertHistoryDetailView::setEntriesFailed(const QString& reason)
{
    m_entries->clear();
    m_caption->setText(tr("Could not read its history: %1").arg(reason));
}

void AlertHistoryDetailView::setFact(QLabel* value, const QString& text)
{
    value->setText(text);
    m_form->setRowVisible(value, !text.isEmpty());
}

} // namespace wk::ui
