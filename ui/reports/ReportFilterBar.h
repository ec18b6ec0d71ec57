#pragma once

#include "alerts/Alert.h"
#include "common/Clock.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <optional>

class QComboBox;
class QDateEdit;

namespace wk::ui {

// Which alerts the report is over: created in [from, to), and the filters that are set (empty: every one).
struct ReportFilters
{
    QDateTime from;
    QDateTime to;
    QString team;
    std::optional<alerts::Priority> priority;
    QString service;
    QString backend;

    // The set filters in words, for the report's heading ("Team payments, P1"); empty when none is set.
    QString describe() const;
};

// The report's filters: a period (last 7, 14, 30 or 90 days, or from-to dates in UTC), team, priority, service and
// backend. Teams, services and backends come from the archive (setChoices); a choice that is gone stays selectable
// so a filter never silently widens.
class ReportFilterBar final : public QWidget
{
    Q_OBJECT

public:
    explicit ReportFilterBar(const Clock& clock, QWidget* parent = nullptr);

    ReportFilters filters() const;
    void setChoices(const QStringList& teams, const QStringList& services, const QStringList& backends);

    // For tests and the command line's mirror: pick a period of the last `days` days, or set a filter.
    void setLastDays(int days);
    void setCustomRange(QDate from, QDate to);
    void setTeam(const QString& team);
    void setPriority(std::optional<alerts::Priority> priority);
    void setService(const QString& service);

Q_SIGNALS:
    void changed();

private:
    void showPresetDates();
    void fill(QComboBox* combo, const QString& all, const QStringList& values);
    void select(QComboBox* combo, const QString& value);

    const Clock& m_clock;
    QComboBox* m_period = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_team = nullptr;
    QComboBox* m_priority = nullptr;
    QComboBox* m_service = nullptr;
    QComboBox* m_backend = nullptr;
};

} // namespace wk::ui
