#include "archive/AlertHistoryFilterBar.h"

#include "common/Clock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wk::ui {

namespace {

// Offers `values` after the picker's "All …" item, keeping the chosen one so the filter does not jump.
void offer(QComboBox* picker, QStringList values)
{
    const QString chosen = picker->currentData().toString();
    if (!chosen.isEmpty() && !values.contains(chosen)) {
        values.append(chosen);
        values.sort(Qt::CaseInsensitive);
    }
    QStringList offered;
    for (int i = 1; i < picker->count(); ++i)
        offered.append(picker->itemData(i).toString());
    if (offered == values)
        return;
    const QSignalBlocker blocker(picker);
    while (picker->count() > 1)
        picker->removeItem(picker->count() - 1);
    for (const QString& value : std::as_const(values))
        picker->addItem(value, value);
    picker->setCurrentIndex(std::max(0, picker->findData(chosen)));
}

QDateTime startOf(const QDate& day)
{
    return QDateTime(day, QTime(0, 0)).toUTC();
}

} // namespace

AlertHistoryFilterBar::AlertHistoryFilterBar(const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_clock(clock)
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"historySearch"_s);
    m_search->setPlaceholderText(tr("Search message, #tiny id or alert id"));
    m_search->setClearButtonEnabled(true);
    m_search->setToolTip(tr("Words in the message (any case), or an alert's tiny id or full id (Ctrl+F)"));
    m_search->setMinimumWidth(220);
    m_typing = new QTimer(this);
    m_typing->setSingleShot(true);
    m_typing->setInterval(typingPauseMs);
    connect(m_search, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_typing, &QTimer::timeout, this, &AlertHistoryFilterBar::queryChanged);
    connect(m_search, &QLineEdit::returnPressed, this, &AlertHistoryFilterBar::askNow);

    m_range = new QComboBox(this);
    m_range->setObjectName(u"historyRange"_s);
    m_range->addItem(tr("Last 7 days"), int(Range::Last7Days));
    m_range->addItem(tr("Last 30 days"), int(Range::Last30Days));
    m_range->addItem(tr("Last 90 days"), int(Range::Last90Days));
    m_range->addItem(tr("All time"), int(Range::All));
    m_range->addItem(tr("From … to …"), int(Range::Custom));
    m_range->setCurrentIndex(m_range->findData(int(Range::Last30Days)));
    m_range->setToolTip(tr("When the alerts were created"));

    const QDate today = m_clock.now().toLocalTime().date();
    m_from = new QDateEdit(today.addDays(-30), this);
    m_to = new QDateEdit(today, this);
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"yyyy-MM-dd"_s);
        edit->setVisible(false);
        connect(edit, &QDateEdit::dateChanged, this, &AlertHistoryFilterBar::queryChanged);
    }
    m_from->setToolTip(tr("The first day, included"));
    m_to->setToolTip(tr("The last day, included"));
    m_dash = new QLabel(u"–"_s, this);
    m_dash->setVisible(false);
    connect(m_range, &QComboBox::currentIndexChanged, this, &AlertHistoryFilterBar::rangeChosen);

    m_team = new QComboBox(this);
    m_team->setObjectName(u"historyTeam"_s);
    m_team->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_team->addItem(tr("All teams"), QString());

    m_priority = new QComboBox(this);
    m_priority->setObjectName(u"historyPriority"_s);
    m_priority->addItem(tr("All priorities"), 0);
    for (const auto p :
        {alerts::Priority::P1, alerts::Priority::P2, alerts::Priority::P3, alerts::Priority::P4, alerts::Priority::P5})
        m_priority->addItem(alerts::priorityName(p), int(p));

    m_service = new QComboBox(this);
    m_service->setObjectName(u"historyService"_s);
    m_service->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_service->addItem(tr("All services"), QString());

    m_resolvedOnly = new QCheckBox(tr("Resolved only"), this);
    m_resolvedOnly->setObjectName(u"historyResolvedOnly"_s);
    m_resolvedOnly->setChecked(true);
    m_resolvedOnly->setToolTip(tr("Hide alerts that were still open when the console last saw them"));

    for (QComboBox* picker : {m_team, m_priority, m_service})
        connect(picker, &QComboBox::currentIndexChanged, this, &AlertHistoryFilterBar::queryChanged);
    connect(m_resolvedOnly, &QCheckBox::toggled, this, &AlertHistoryFilterBar::queryChanged);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 1);
    layout->addWidget(m_range);
    layout->addWidget(m_from);
    layout->addWidget(m_dash);
    layout->addWidget(m_to);
    layout->addWidget(m_team);
    layout->addWidget(m_priority);
    layout->addWidget(m_service);
    layout->addWidget(m_resolvedOnly);
}

archive::ArchiveQuery AlertHistoryFilterBar::query() const
{
    archive::ArchiveQuery query;
    query.text = m_search->text().trimmed();
    // The table shows tiny ids as "#1791": the same words find the alert.
    if (query.text.size() > 1 && query.text.startsWith(u'#')
        && std::all_of(query.text.cbegin() + 1, query.text.cend(), [](QChar c) { return c.isDigit(); }))
        query.text.remove(0, 1);
    const QDateTime now = m_clock.now();
    switch (range()) {
    case Range::Last7Days:
        query.from = now.addDays(-7);
        break;
    case Range::Last30Days:
        query.from = now.addDays(-30);
        break;
    case Range::Last90Days:
        query.from = now.addDays(-90);
        break;
    case Range::All:
        break;
    case Range::Custom: {
        const QDate first = std::min(m_from->date(), m_to->date());
        const QDate last = std::max(m_from->date(), m_to->date());
        query.from = startOf(first);
        query.to = startOf(last.addDays(1));
        break;
    }
    }
    query.team = m_team->currentData().toString();
    if (const int priority = m_priority->currentData().toInt(); priority > 0)
        query.priority = alerts::Priority(priority);
    query.service = m_service->currentData().toString();
    query.closedOnly = m_resolvedOnly->isChecked();
    return query;
}

void AlertHistoryFilterBar::setValues(const archive::ArchiveValues& values)
{
    offer(m_team, values.teams);
    offer(m_service, values.services);
}

void AlertHistoryFilterBar::setRange(Range range)
{
    m_range->setCurrentIndex(m_range->findData(int(range)));
}

void AlertHistoryFilterBar::setCustomRange(const QDate& from, const QDate& to)
{
    {
        const QSignalBlocker fromBlocker(m_from);
        const QSignalBlocker toBlocker(m_to);
        m_from->setDate(from);
        m_to->setDate(to);
    }
    if (range() == Range::Custom)
        Q_EMIT queryChanged();
    else
        setRange(Range::Custom);
}

AlertHistoryFilterBar::Range AlertHistoryFilterBar::range() const
{
    return Range(m_range->currentData().toInt());
}

bool AlertHistoryFilterBar::isTyping() const
{
    return m_typing->isActive();
}

void AlertHistoryFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void AlertHistoryFilterBar::rangeChosen()
{
    const bool custom = range() == Range::Custom;
    m_from->setVisible(custom);
    m_dash->setVisible(custom);
    m_to->setVisible(custom);
    Q_EMIT queryChanged();
}

void AlertHistoryFilterBar::askNow()
{
    m_typing->stop();
    Q_EMIT queryChanged();
}

} // namespace wk::ui
