#include "alerts/AlertFilterBar.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSignalBlocker>

using namespace Qt::StringLiterals;

namespace wk::ui {

using StatusFilter = alerts::AlertFilter::StatusFilter;

AlertFilterBar::AlertFilterBar(QWidget* parent)
    : QWidget(parent)
{
    m_text = new QLineEdit;
    m_text->setObjectName(u"filterEdit"_s);
    m_text->setPlaceholderText(tr("Filter alerts… (/)"));
    m_text->setClearButtonEnabled(true);
    m_text->setToolTip(tr("Words to look for in message, service, team, tags, owner, alias or id (/ or Ctrl+F)"));
    auto* leave = new QAction(m_text);
    leave->setShortcut(QKeySequence(Qt::Key_Escape));
    leave->setShortcutContext(Qt::WidgetShortcut);
    m_text->addAction(leave);
    connect(leave, &QAction::triggered, this, [this] {
        m_text->clear();
        Q_EMIT done();
    });
    connect(m_text, &QLineEdit::returnPressed, this, &AlertFilterBar::done);

    m_priority = new QComboBox;
    m_priority->setObjectName(u"priorityCombo"_s);
    m_priority->addItem(tr("All priorities"), 0);
    m_priority->addItem(tr("P1 only"), 1);
    m_priority->addItem(tr("P1–P2"), 2);
    m_priority->addItem(tr("P1–P3"), 3);

    m_team = new QComboBox;
    m_team->setObjectName(u"teamCombo"_s);
    m_team->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_team->addItem(tr("All teams"), QString());

    m_status = new QComboBox;
    m_status->setObjectName(u"statusCombo"_s);
    m_status->addItem(tr("Active"), int(StatusFilter::Active));
    m_status->setItemData(0, tr("Open, acknowledged and snoozed alerts"), Qt::ToolTipRole);
    m_status->addItem(tr("Open"), int(StatusFilter::Open));
    m_status->addItem(tr("Acknowledged"), int(StatusFilter::Acknowledged));
    m_status->addItem(tr("Closed"), int(StatusFilter::Closed));
    m_status->addItem(tr("All statuses"), int(StatusFilter::All));

    connect(m_text, &QLineEdit::textChanged, this, &AlertFilterBar::filterChanged);
    for (QComboBox* combo : {m_priority, m_team, m_status})
        connect(combo, &QComboBox::currentIndexChanged, this, &AlertFilterBar::filterChanged);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_priority);
    layout->addWidget(m_team);
    layout->addWidget(m_status);
}

alerts::AlertFilter AlertFilterBar::filter() const
{
    alerts::AlertFilter filter;
    filter.text = m_text->text();
    if (const int max = m_priority->currentData().toInt(); max > 0)
        filter.maxPriority = static_cast<alerts::Priority>(max);
    filter.team = m_team->currentData().toString();
    filter.status = static_cast<StatusFilter>(m_status->currentData().toInt());
    return filter;
}

void AlertFilterBar::setTeams(const QList<alerts::Alert>& alerts)
{
    const QString current = m_team->currentData().toString();
    QStringList teams;
    for (const alerts::Alert& alert : alerts) {
        if (!alert.team.isEmpty())
            teams.append(alert.team);
    }
    // A chosen team stays in the list even when its alerts are gone, so the filter does not jump.
    if (!current.isEmpty())
        teams.append(current);
    teams.sort(Qt::CaseInsensitive);
    teams.removeDuplicates();

    QStringList shown;
    for (int i = 1; i < m_team->count(); ++i)
        shown.append(m_team->itemData(i).toString());
    if (shown == teams)
        return;

    const QSignalBlocker blocker(m_team);
    while (m_team->count() > 1)
        m_team->removeItem(m_team->count() - 1);
    for (const QString& team : std::as_const(teams))
        m_team->addItem(team, team);
    m_team->setCurrentIndex(std::max(0, m_team->findData(current)));
}

void AlertFilterBar::focusText()
{
    m_text->setFocus(Qt::ShortcutFocusReason);
    m_text->selectAll();
}

bool AlertFilterBar::clearText()
{
    if (m_text->text().isEmpty())
        return false;
    m_text->clear();
    return true;
}

} // namespace wk::ui
