#include "reports/ReportFilterBar.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace wk::ui {

namespace {

constexpr int customPeriod = -1;

} // namespace

QString ReportFilters::describe() const
{
    QStringList parts;
    if (!team.isEmpty())
        parts.append(ReportFilterBar::tr("Team %1").arg(team));
    if (priority)
        parts.append(alerts::priorityName(*priority));
    if (!service.isEmpty())
        parts.append(ReportFilterBar::tr("Service %1").arg(service));
    if (!backend.isEmpty())
        parts.append(ReportFilterBar::tr("Backend %1").arg(backend));
    return parts.join(u", "_s);
}

ReportFilterBar::ReportFilterBar(const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_clock(clock)
{
    m_period = new QComboBox(this);
    for (int days : {7, 14, 30, 90, 365})
        m_period->addItem(tr("Last %n day(s)", nullptr, days), days);
    m_period->addItem(tr("From - to (UTC)"), customPeriod);
    m_period->setCurrentIndex(2); // 30 days: the month a weekly review looks back over
    m_period->setAccessibleName(tr("Period"));

    const QDate today = m_clock.now().toUTC().date();
    m_from = new QDateEdit(today.addDays(-30), this);
    m_to = new QDateEdit(today, this);
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"yyyy-MM-dd"_s);
        edit->setEnabled(false);
    }
    m_from->setAccessibleName(tr("From"));
    m_to->setAccessibleName(tr("To"));

    m_team = new QComboBox(this);
    m_priority = new QComboBox(this);
    m_service = new QComboBox(this);
    m_backend = new QComboBox(this);
    m_team->setAccessibleName(tr("Team"));
    m_priority->setAccessibleName(tr("Priority"));
    m_service->setAccessibleName(tr("Service"));
    m_backend->setAccessibleName(tr("Backend"));
    m_priority->addItem(tr("All priorities"), QString());
    for (int p = 1; p <= 5; ++p)
        m_priority->addItem(alerts::priorityName(alerts::Priority(p)), alerts::priorityName(alerts::Priority(p)));
    fill(m_team, tr("All teams"), {});
    fill(m_service, tr("All services"), {});
    fill(m_backend, tr("All backends"), {});
    for (QComboBox* combo : {m_team, m_service, m_backend})
        combo->setMinimumContentsLength(12);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_period);
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(u"–"_s, this));
    layout->addWidget(m_to);
    layout->addSpacing(12);
    layout->addWidget(m_team);
    layout->addWidget(m_priority);
    layout->addWidget(m_service);
    layout->addWidget(m_backend);
    layout->addStretch(1);

    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        const bool custom = m_period->currentData().toInt() == customPeriod;
        m_from->setEnabled(custom);
        m_to->setEnabled(custom);
        if (!custom)
            showPresetDates();
        Q_EMIT changed();
    });
    showPresetDates();
    for (QDateEdit* edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &ReportFilterBar::changed);
    for (QComboBox* combo : {m_team, m_priority, m_service, m_backend})
        connect(combo, &QComboBox::currentIndexChanged, this, &ReportFilterBar::changed);
}

ReportFilters ReportFilterBar::filters() const
{
    ReportFilters f;
    const int days = m_period->currentData().toInt();
    if (days == customPeriod) {
        f.from = QDateTime(m_from->date(), QTime(0, 0), QTimeZone::utc());
        f.to = QDateTime(m_to->date().addDays(1), QTime(0, 0), QTimeZone::utc()); // the "to" day is included
    } else {
        f.to = m_clock.now().toUTC();
        f.from = f.to.addDays(-days);
    }
    f.team = m_team->currentData().toString();
    f.priority = alerts::priorityFromName(m_priority->currentData().toString());
    f.service = m_service->currentData().toString();
    f.backend = m_backend->currentData().toString();
    return f;
}

void ReportFilterBar::showPresetDates()
{
    // The greyed dates say what "last 90 days" means today, and are where a custom range starts from.
    const ReportFilters f = filters();
    const QSignalBlocker a(m_from);
    const QSignalBlocker b(m_to);
    m_from->setDate(f.from.toUTC().date());
    m_to->setDate(f.to.toUTC().date());
}

void ReportFilterBar::fill(QComboBox* combo, const QString& all, const QStringList& values)
{
    const QString current = combo->currentData().toString();
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(all, QString());
    for (const QString& value : values)
        combo->addItem(value, value);
    if (!current.isEmpty() && combo->findData(current) < 0)
        combo->addItem(current, current); // gone from the archive's answer, still what the user asked for
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
}

void ReportFilterBar::select(QComboBox* combo, const QString& value)
{
    if (!value.isEmpty() && combo->findData(value) < 0)
        combo->addItem(value, value);
    combo->setCurrentIndex(std::max(0, combo->findData(value)));
}

void ReportFilterBar::setChoices(const QStringList& teams, const QStringList& services, const QStringList& backends)
{
    fill(m_team, tr("All teams"), teams);
    fill(m_service, tr("All services"), services);
    fill(m_backend, tr("All backends"), backends);
}

void ReportFilterBar::setLastDays(int days)
{
    const int index = m_period->findData(days);
    if (index >= 0)
        m_period->setCurrentIndex(index);
}

void ReportFilterBar::setCustomRange(QDate from, QDate to)
{
    {
        const QSignalBlocker a(m_from);
        const QSignalBlocker b(m_to);
        m_from->setDate(from);
        m_to->setDate(to);
    }
    const int index = m_period->findData(customPeriod);
    if (m_period->currentIndex() == index)
        Q_EMIT changed();
    else
        m_period->setCurrentIndex(index);
}

void ReportFilterBar::setTeam(const QString& team)
{
    select(m_team, team);
}

void ReportFilterBar::setPriority(std::optional<alerts::Priority> priority)
{
    m_priority->setCurrentIndex(priority ? int(*priority) : 0);
}

void ReportFilterBar::setService(const QString& service)
{
    select(m_service, service);
}

} // namespace wk::ui
